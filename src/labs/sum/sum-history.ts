// The summation runs of this visit, newest last, so a learner sees 1 worker and k workers side by side.
// Pure: the lab keeps the list in state.
import { appendRun, newestMatching, type NumberedRun } from '../../lib/math/run-history.ts';
import type { SumOutcome } from './sum-run-types.ts';

/** Runs kept on screen. */
export const HISTORY_LENGTH = 8;

export interface SumRun extends SumOutcome, NumberedRun {}

export function addRun(history: readonly SumRun[], outcome: SumOutcome): SumRun[] {
  return appendRun(history, outcome, HISTORY_LENGTH);
}

/**
 * The newest 1-worker run without the GIL of the same range as `run`, at or before it (`run` itself, if it is
 * one): the baseline its time is compared with. Undefined when there is none, or when `run` ran on the main
 * thread. The transport may differ: it changes how partial sums come back, not the work.
 */
export function oneWorkerBaseline(history: readonly SumRun[], run: SumRun): SumRun | undefined {
  const { low, high, where } = run.request;
  if (where !== 'workers') return undefined;
  return newestMatching(
    history,
    run,
    ({ request }) =>
      request.workers === 1 &&
      request.gilMs === undefined &&
      request.where === 'workers' &&
      request.low === low &&
      request.high === high,
  );
}
