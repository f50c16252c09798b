// The pool runs of this visit, newest last, so a learner sees the same items on 1 worker and on k side by
// side (with and without the simulated GIL). Pure: the lab keeps the list in state.
import { appendRun, newestMatching } from '../../../lib/math/run-history.ts';
import type { ItemSettings, WorkKind } from './work-items.ts';

/** Runs kept on screen. */
export const HISTORY_LENGTH = 8;

export interface PoolRunSummary {
  /** 1 for the visit's first run. */
  readonly id: number;
  readonly items: ItemSettings;
  readonly workers: number;
  readonly gil: boolean;
  /** The pool's per-item timeout (ms, 0 = none), batch size (0 = auto) and ordering: a baseline shares them. */
  readonly timeoutMs: number;
  readonly batchSize: number;
  readonly ordered: boolean;
  /** ms from the run's start to its last outcome, workers' start-up included. */
  readonly ms: number;
  /** Items that ended (ok, error or timeout). */
  readonly ended: number;
}

export function addRun(
  history: readonly PoolRunSummary[],
  run: Omit<PoolRunSummary, 'id'>,
): PoolRunSummary[] {
  return appendRun(history, run, HISTORY_LENGTH);
}

/** Whether two runs ran the same items (same inputs and seed: the same work, failures and waits). */
function sameItems(a: ItemSettings, b: ItemSettings): boolean {
  return (Object.keys(a) as (keyof ItemSettings)[]).every((key) => a[key] === b[key]);
}

/**
 * The newest 1-worker run of the same items and the same GIL setting, timeout, batch size and ordering as
 * `run` (what else changes its time), at or before it (`run`
 * itself, if it is one): the baseline its time is compared with. Undefined when there is none.
 */
export function oneWorkerBaseline(
  history: readonly PoolRunSummary[],
  run: PoolRunSummary,
): PoolRunSummary | undefined {
  return newestMatching(
    history,
    run,
    (other) =>
      other.workers === 1 &&
      other.gil === run.gil &&
      other.timeoutMs === run.timeoutMs &&
      other.batchSize === run.batchSize &&
      other.ordered === run.ordered &&
      sameItems(other.items, run.items),
  );
}

/** What a run's items were, for the history's Items column: their kind as the form names it. */
export function runKind(items: ItemSettings): WorkKind | 'process_url' {
  return items.preset === 'process_url' ? 'process_url' : items.kind;
}
