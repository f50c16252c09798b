// Comparator for the bench: the workerpool package (a devDependency), one chunk per worker (the article's
// split). Not used by the app.
import { pool as createWorkerpool } from 'workerpool';
import { splitRange } from '../../src/lib/sum/kernels/split-range.ts';
import { rejectOnAbort } from '../../src/lib/sum/abort.ts';
import { PEER_WARM_UP, type PeerRun } from './peer-run.ts';
// The bundled worker's URL: workerpool starts its workers itself, from a URL, as module workers.
import workerUrl from './workerpool-sum.worker.ts?worker&url';

/**
 * Sums [low, high) on a fresh pool of `workers` workers, one chunk each; terminates the pool when done or
 * aborted. Each worker first runs the summation workers' warm-up, untimed, which starts it and compiles its
 * loop.
 */
export async function workerpoolSum(
  low: number,
  high: number,
  workers: number,
  signal: AbortSignal,
): Promise<PeerRun> {
  signal.throwIfAborted();
  const aborted = rejectOnAbort(signal);
  const spawnedAt = performance.now();
  const pool = createWorkerpool(workerUrl, {
    minWorkers: workers,
    maxWorkers: workers,
    workerType: 'web',
    workerOpts: { type: 'module' },
  });
  const run = (range: { low: number; high: number }) =>
    pool.exec('sumRange', [range.low, range.high]) as unknown as Promise<string>;
  try {
    // One warm-up task per worker, all at once: workerpool gives each to a different idle worker.
    await Promise.race([
      Promise.all(
        Array.from({ length: workers }, () => pool.exec(PEER_WARM_UP, []) as unknown as Promise<string>),
      ),
      aborted.promise,
    ]);
    const startupMs = performance.now() - spawnedAt;
    const startedAt = performance.now();
    const partials = await Promise.race([
      Promise.all(splitRange(low, high, workers).map(run)),
      aborted.promise,
    ]);
    const ms = performance.now() - startedAt;
    return { total: partials.reduce((sum, partial) => sum + BigInt(partial), 0n), ms, startupMs };
  } finally {
    aborted.dispose();
    void pool.terminate(true);
  }
}
