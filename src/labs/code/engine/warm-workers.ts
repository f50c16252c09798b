// Every worker of a pool started before a clock or an item's timeout counts: rounds of short items, one per
// worker, until each worker has run one (a worker still starting when a round ends gets its item in the
// next). With Python, a worker starts its interpreter as it starts (the pool's prepareWorker): seconds.
import type { Pool } from '../../../lib/pool/index.ts';

/** ms each warm-up item holds its worker, and rounds of them at most, before the caller goes on anyway. */
export const WARM_UP_MS = 25;
const WARM_UP_ROUNDS = 8;

/** Runs in a worker: holds it `ms`. */
export function holdFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A worker could not start what the run needs (Python, say): the run ends with this message. */
export class WarmUpError extends Error {
  override readonly name = 'WarmUpError';
}

/**
 * Runs `task` (its item: ms to hold the worker) on each of the pool's `workers` workers. The first item that
 * fails throws a WarmUpError with its error's name and message; an abort ends it early, without error.
 */
export async function warmEveryWorker(
  pool: Pool,
  workers: number,
  task: (ms: number) => unknown,
  signal: AbortSignal,
): Promise<void> {
  const warm = Array.from({ length: workers }, () => WARM_UP_MS);
  const seen = new Set<number>();
  for (let round = 0; round < WARM_UP_ROUNDS && seen.size < workers && !signal.aborted; round++) {
    for await (const outcome of pool.map(warm, task, { signal, ordered: false })) {
      if (outcome.status === 'error') {
        throw new WarmUpError(`${outcome.error.name}: ${outcome.error.message}`);
      }
      if (outcome.status === 'ok' && outcome.workerId !== null) seen.add(outcome.workerId);
    }
  }
}
