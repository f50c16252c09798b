// Comparator for the bench: raw postMessage, one chunk per worker (the article's split). Not used by the app.
import { splitRange } from '../../src/lib/sum/kernels/split-range.ts';
import { rejectOnAbort } from '../../src/lib/sum/abort.ts';
import { PEER_WARM_UP, type PeerRun } from './peer-run.ts';

/** One message, one reply: a chunk's partial, or the warm-up's total. */
function ask(worker: Worker, job: { low: number; high: number } | typeof PEER_WARM_UP): Promise<bigint> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<bigint>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(`postMessage peer worker failed: ${event.message}`));
    worker.postMessage(job);
  });
}

/**
 * Sums [low, high) on `workers` fresh workers, one chunk each; terminates them when done or aborted.
 * Each worker first runs the summation workers' warm-up, untimed, which starts it and compiles its loop.
 */
export async function postMessageSum(
  low: number,
  high: number,
  workers: number,
  signal: AbortSignal,
): Promise<PeerRun> {
  signal.throwIfAborted();
  const aborted = rejectOnAbort(signal);
  const spawnedAt = performance.now();
  const crew = Array.from(
    { length: workers },
    () => new Worker(new URL('./post-message-sum.worker.ts', import.meta.url), { type: 'module' }),
  );
  try {
    await Promise.race([Promise.all(crew.map((worker) => ask(worker, PEER_WARM_UP))), aborted.promise]);
    const startupMs = performance.now() - spawnedAt;
    const startedAt = performance.now();
    const chunks = splitRange(low, high, workers);
    const partials = await Promise.race([
      Promise.all(crew.map((worker, i) => ask(worker, chunks[i]!))),
      aborted.promise,
    ]);
    const ms = performance.now() - startedAt;
    return { total: partials.reduce((sum, partial) => sum + partial, 0n), ms, startupMs };
  } finally {
    aborted.dispose();
    for (const worker of crew) worker.terminate();
  }
}
