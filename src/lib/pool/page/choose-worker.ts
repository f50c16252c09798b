// Which worker gets the next batch: the one expected to be through its queue first, among those with room.
// Pure.
import type { DispatchPlan } from './batch-sizing.ts';

/** An item running longer than this (ms), and than 4x its batch's estimate, stalls its worker's queue. */
export const STALL_MS = 8;

/** What the choice looks at in a worker. */
export interface WorkerLoad {
  readonly state: 'starting' | 'ready' | 'stopping' | 'dead';
  /** Messages sent and not fully reported. */
  readonly batchesInFlight: number;
  /** Items sent and not reported. */
  readonly inFlight: { readonly length: number };
}

export interface Candidate<W extends WorkerLoad> {
  readonly worker: W;
  /** ms the worker has been on its current item; 0 when idle. */
  readonly elapsed: number;
}

/**
 * The worker for the next batch of a task that takes `msPerItem` (undefined: not measured yet), or
 * undefined when none has room. `alone`: the batch carries Transferables and goes only to an idle worker.
 * A worker stuck on an item far longer than the task usually takes gets nothing queued behind it: that
 * queue would wait for the outlier while other workers idle.
 */
export function chooseWorker<W extends WorkerLoad>(
  candidates: readonly Candidate<W>[],
  plan: DispatchPlan,
  msPerItem: number | undefined,
  alone: boolean,
): W | undefined {
  const est = msPerItem ?? 0;
  const stalled = Math.max(STALL_MS, 4 * est * plan.batch);
  let best: W | undefined;
  let bestFree = Infinity;
  for (const { worker, elapsed } of candidates) {
    if (worker.state !== 'ready' || worker.batchesInFlight >= (alone ? 1 : plan.depth)) continue;
    if (elapsed > stalled && worker.batchesInFlight > 0) continue;
    // Expected ms until the worker is through its queue; an item already past its estimate is assumed to
    // need as long again. Fewer messages in flight break ties.
    const free =
      Math.max(est - elapsed, elapsed) + worker.inFlight.length * est + worker.batchesInFlight * 1e-6;
    if (free < bestFree) {
      best = worker;
      bestFree = free;
    }
  }
  return best;
}
