// Cancellation plumbing for the page's side of a run. Realm-neutral.

/**
 * What an aborted run rejects with: the signal's reason when it is an Error (by default an AbortError
 * DOMException), else an AbortError.
 */
export function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new DOMException('The summation was cancelled.', 'AbortError');
}

/**
 * A promise that rejects when `signal` aborts (never, without a signal), to race against a run's steps,
 * and `dispose` to drop the listener once the run is over.
 */
export function rejectOnAbort(signal: AbortSignal | undefined): { promise: Promise<never>; dispose(): void } {
  let dispose = () => {};
  const promise = new Promise<never>((_, reject) => {
    if (!signal) return;
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    dispose = () => signal.removeEventListener('abort', onAbort);
  });
  promise.catch(() => undefined);
  return { promise, dispose };
}
