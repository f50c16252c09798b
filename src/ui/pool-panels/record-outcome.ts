// From the pool's outcomes to a ResultsStore, as every lab that shows the pool's panels records them. Pure:
// no DOM, no React.
import type { Outcome } from '../../lib/pool/index.ts';
import type { ResultsStore } from './results-store.ts';

/**
 * Records `outcome` in `store`, its times in ms since `t0` (the run's start, performance.now()). `error` is
 * the text the table shows for an error outcome; default `Name: message`.
 */
export function recordOutcome(
  store: ResultsStore,
  outcome: Outcome<unknown, unknown>,
  t0: number,
  error?: string,
): void {
  const { startMs, endMs } = outcome;
  store.record({
    index: outcome.index,
    status: outcome.status,
    workerId: outcome.workerId,
    startMs: startMs === undefined ? Number.NaN : startMs - t0,
    durationMs: startMs === undefined || endMs === undefined ? Number.NaN : endMs - startMs,
    ...(outcome.status === 'ok' ? { value: outcome.value } : {}),
    ...(outcome.status === 'error'
      ? { error: error ?? `${outcome.error.name}: ${outcome.error.message}` }
      : {}),
  });
}

/**
 * Marks every item still pending as cancelled: after a cancel or a failure, items the pool never pulled have
 * no outcome. `slicer` (yieldToPage's timeSlicer) keeps a million such items from being one long task.
 */
export async function cancelPending(
  store: ResultsStore,
  slicer: { due(): boolean; yield(): Promise<void> },
): Promise<void> {
  for (let i = 0; i < store.size; i++) {
    if (store.statusOf(i) !== 'pending') continue;
    if (slicer.due()) await slicer.yield();
    store.record({
      index: i,
      status: 'cancelled',
      workerId: null,
      startMs: Number.NaN,
      durationMs: Number.NaN,
    });
  }
}
