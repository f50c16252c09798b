// Two of the article's pitfalls replayed on a run of two calls at once (two-calls.ts): what the article's
// code would have done with the same items and the same log lines, beside what the pool did. A replay of
// the Python logic, not a run of Python. Pure.
import type { TwoCallsRun } from './two-calls.ts';

export interface TwoCallsReplay {
  /**
   * Items of each call; ok outcomes whose value is the other call's function's (0 when correct); and
   * outcomes that were not ok (an error, a timeout), which say nothing of which function ran.
   */
  readonly aItems: number;
  readonly bItems: number;
  readonly crossed: number;
  readonly failed: number;
  /**
   * `global wrapped_work_func`: when call B assigns it after call A did and before A starts its threads,
   * every thread of A runs B's wrapped function, so A's caller gets B's function applied to A's items.
   * What A's caller should get and would get, item by item, from this run's outcomes.
   */
  readonly aShouldGet: readonly unknown[];
  readonly aWouldGet: readonly unknown[];
  /** The call that ended first; its stop_logging_with_thread_info() resets the one root handler. */
  readonly firstEnded: 'a' | 'b';
  /** Log lines the other call's tasks wrote after that, which would print without their thread id. */
  readonly untagged: number;
  /** Log lines of the other call in all. */
  readonly otherLines: number;
  /** Lines the pool tagged with a worker, and lines in all. */
  readonly tagged: number;
  readonly lines: number;
}

export function replayTwoCalls(run: TwoCallsRun): TwoCallsReplay {
  const crossedA = run.a.filter((o) => o.status === 'ok' && o.value !== o.item).length;
  const crossedB = run.b.filter((o) => o.status === 'ok' && o.value !== o.item.length).length;
  const failed = [...run.a, ...run.b].filter((o) => o.status !== 'ok').length;
  // In input order: the pool's outcomes come so, and the Python caller would want them so.
  const aItems = [...run.a].sort((x, y) => x.index - y.index).map((o) => o.item);
  const firstEnded = run.aEndMs <= run.bEndMs ? 'a' : 'b';
  const firstEnd = Math.min(run.aEndMs, run.bEndMs);
  const other = run.logs.filter((line) => line.call !== firstEnded);
  return {
    aItems: run.a.length,
    bItems: run.b.length,
    crossed: crossedA + crossedB,
    failed,
    aShouldGet: aItems,
    // url_length on call A's URLs: the other call's function on this call's items.
    aWouldGet: aItems.map((url) => url.length),
    firstEnded,
    untagged: other.filter((line) => line.t > firstEnd).length,
    otherLines: other.length,
    tagged: run.logs.filter((line) => Number.isInteger(line.workerId)).length,
    lines: run.logs.length,
  };
}
