// The page's side of "start together": wait, without blocking the page's thread, until `count` workers
// have checked in on a shared word, and give up at once when one of them fails or the signal aborts.
// Without the failure, a worker whose script never loaded would leave the page waiting forever.
// Page realm (Atomics.waitAsync), no DOM.

/** How often the wait looks at the signal and the failure even without a change to the word, ms. */
const POLL_MS = 100;

export interface WaitUntilCountOptions {
  readonly signal: AbortSignal;
  /** Rejects when a worker fails; the wait then rejects with its error. Never needs to resolve. */
  readonly failure: Promise<unknown>;
}

/** Resolves once `Atomics.load(cells, index) >= count`. Needs Atomics.waitAsync. */
export async function waitUntilCount(
  cells: Int32Array,
  index: number,
  count: number,
  { signal, failure }: WaitUntilCountOptions,
): Promise<void> {
  let failed: { readonly error: unknown } | undefined;
  // Only noticed, never thrown from here: a rejection the caller also awaits elsewhere is not "unhandled".
  const noticed = failure.then(
    () => undefined,
    (error: unknown) => {
      failed = { error };
    },
  );
  for (;;) {
    if (failed) throw failed.error;
    signal.throwIfAborted();
    const seen = Atomics.load(cells, index);
    if (seen >= count) return;
    const waited = Atomics.waitAsync(cells, index, seen, POLL_MS);
    if (waited.async) await Promise.race([waited.value, noticed]);
  }
}
