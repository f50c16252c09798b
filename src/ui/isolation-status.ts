// Whether this page is cross-origin isolated and, if not, why. Labs read it to disable shared-memory
// features with the reason; the shell shows it in one line. Pure: the facts are passed in.

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

export type IsolationStatus =
  { readonly isolated: true } | { readonly isolated: false; readonly reason: NotIsolatedReason };

export interface IsolationFacts {
  readonly crossOriginIsolated: boolean;
  readonly isSecureContext: boolean;
  readonly inIframe: boolean;
  readonly hasServiceWorker: boolean;
  /** What the service-worker fallback did on this load, if anything. */
  readonly fallback: 'not-tried' | 'failed' | 'reloaded-without-effect';
}

export function isolationStatus(facts: IsolationFacts): IsolationStatus {
  if (facts.crossOriginIsolated) return { isolated: true };
  if (!facts.isSecureContext) return { isolated: false, reason: 'insecure-context' };
  if (facts.inIframe) return { isolated: false, reason: 'embedded' };
  if (facts.fallback === 'failed') return { isolated: false, reason: 'service-worker-failed' };
  if (facts.fallback === 'reloaded-without-effect')
    return { isolated: false, reason: 'service-worker-no-effect' };
  return { isolated: false, reason: 'no-headers' };
}
