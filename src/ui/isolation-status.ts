// Whether this page can use shared memory and, if not, why: not cross-origin isolated (and why not), or
// isolated in a browser that still lacks SharedArrayBuffer or Atomics.waitAsync. Labs read it to disable
// shared-memory features with the reason; the shell shows it in one line. Pure: the facts are passed in.
import {
  sharedMemorySupport,
  type SharedMemoryFacts,
  type SharedMemoryGap,
} from '../lib/atomics/shared-memory.ts';

export type NotIsolatedReason =
  /** http:// on an address that is not localhost: browsers give isolation to secure contexts only. */
  | 'insecure-context'
  /** Inside an iframe whose parent page did not grant isolation. */
  | 'embedded'
  /** The server sent no COOP/COEP headers and the browser has no service workers to add them. */
  | 'no-headers'
  /** The service-worker fallback could not be registered (blocked, private mode, or an error). */
  | 'service-worker-failed'
  /** The fallback service worker is in place but the page is still not isolated. */
  | 'service-worker-no-effect';

/** Why shared memory is off: one of the reasons the page is not isolated, or a feature it lacks. */
export type NoSharedMemoryReason = NotIsolatedReason | Exclude<SharedMemoryGap, 'not-isolated'>;

export type IsolationStatus =
  | { readonly sharedMemory: true }
  | {
      readonly sharedMemory: false;
      /** Whether the page itself is cross-origin isolated (it may be, and still lack a feature). */
      readonly isolated: boolean;
      readonly reason: NoSharedMemoryReason;
    };

export interface IsolationFacts extends SharedMemoryFacts {
  readonly isSecureContext: boolean;
  readonly inIframe: boolean;
  readonly hasServiceWorker: boolean;
  /** What the service-worker fallback did on this load, if anything. */
  readonly fallback: 'not-tried' | 'failed' | 'reloaded-without-effect';
}

function notIsolatedReason(facts: IsolationFacts): NotIsolatedReason {
  if (!facts.isSecureContext) return 'insecure-context';
  if (facts.inIframe) return 'embedded';
  if (facts.fallback === 'failed') return 'service-worker-failed';
  if (facts.fallback === 'reloaded-without-effect') return 'service-worker-no-effect';
  return 'no-headers';
}

export function isolationStatus(facts: IsolationFacts): IsolationStatus {
  const support = sharedMemorySupport(facts);
  if (support.available) return { sharedMemory: true };
  if (support.gap === 'not-isolated')
    return { sharedMemory: false, isolated: false, reason: notIsolatedReason(facts) };
  return { sharedMemory: false, isolated: true, reason: support.gap };
}
