// Whether this realm can use shared memory, found by feature detection rather than by one flag. Being
// cross-origin isolated is necessary but not enough: WebKitGTK leaves `SharedArrayBuffer` undefined on an
// isolated page unless its JavaScriptCore option `useSharedArrayBuffer` is on, and a browser can have
// SharedArrayBuffer without `Atomics.waitAsync`, which the page's own waits need (the main thread may
// not block). Realm-neutral, no DOM: works on the page and in workers.

/** Why shared memory is unavailable, most basic cause first. */
export type SharedMemoryGap =
  /** `crossOriginIsolated` is false: browsers give SharedArrayBuffer only to isolated pages. */
  | 'not-isolated'
  /** Isolated, but the engine defines no `SharedArrayBuffer` (WebKitGTK without its JSC option). */
  | 'no-shared-array-buffer'
  /** `SharedArrayBuffer` exists but `Atomics` or `Atomics.waitAsync` does not. */
  | 'no-wait-async';

export type SharedMemorySupport =
  { readonly available: true } | { readonly available: false; readonly gap: SharedMemoryGap };

/** The facts the verdict is made from, so it can be tested without changing the realm. */
export interface SharedMemoryFacts {
  readonly crossOriginIsolated: boolean;
  readonly hasSharedArrayBuffer: boolean;
  readonly hasWaitAsync: boolean;
}

export function sharedMemoryFacts(scope: typeof globalThis = globalThis): SharedMemoryFacts {
  const atomics = (scope as { Atomics?: typeof Atomics }).Atomics;
  return {
    crossOriginIsolated: (scope as { crossOriginIsolated?: boolean }).crossOriginIsolated === true,
    hasSharedArrayBuffer: typeof (scope as { SharedArrayBuffer?: unknown }).SharedArrayBuffer === 'function',
    hasWaitAsync: typeof atomics?.waitAsync === 'function',
  };
}

export function sharedMemorySupport(facts: SharedMemoryFacts = sharedMemoryFacts()): SharedMemorySupport {
  if (!facts.crossOriginIsolated) return { available: false, gap: 'not-isolated' };
  if (!facts.hasSharedArrayBuffer) return { available: false, gap: 'no-shared-array-buffer' };
  if (!facts.hasWaitAsync) return { available: false, gap: 'no-wait-async' };
  return { available: true };
}

/** True when this realm can create, share and wait on SharedArrayBuffers. */
export function hasSharedMemory(): boolean {
  return sharedMemorySupport().available;
}

/** One sentence for errors thrown by library calls that need shared memory. `needs`: what asked for it. */
export function sharedMemoryMissing(needs: string, gap: SharedMemoryGap): string {
  switch (gap) {
    case 'not-isolated':
      return `${needs} needs SharedArrayBuffer, which this page does not have: it is not cross-origin isolated (served without COOP/COEP headers, or embedded without allow="cross-origin-isolated").`;
    case 'no-shared-array-buffer':
      return `${needs} needs SharedArrayBuffer, which this browser does not provide even though the page is cross-origin isolated.`;
    case 'no-wait-async':
      return `${needs} needs Atomics.waitAsync, which this browser does not provide.`;
  }
}
