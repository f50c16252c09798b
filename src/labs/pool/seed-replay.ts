// What the article's Python `do_threaded_work` would have returned for the same run, following its own
// logic (DESIGN section 1, "The seed's own pitfalls"): a replay of the Python code's logic on these
// outcomes, not a run of Python. Pure.
import type { ResultsStore } from './results-store.ts';

export interface SeedReplay {
  /** How many results the Python caller would get back. */
  readonly returned: number;
  /** Items whose results `if result:` dropped (0, '', None, []). */
  readonly droppedFalsy: number;
  /** Items whose exception was logged and whose result vanished. */
  readonly vanishedErrors: number;
  /** Items that never finish: with no per-task timeout, `join()` would wait for them forever. */
  readonly hung: number;
  /** Results out of input order although `preserve_result_ordering=True`: they come in completion order. */
  readonly outOfOrder: number;
  /** Threads `num_threads=len(work_items)` would start. */
  readonly defaultThreads: number;
  /** The first indices the Python caller would see, in its order. */
  readonly firstIndices: readonly number[];
}

/** Keeps the `size` smallest (end, index) pairs seen: the first results a caller would see. */
function earliest(pairs: [number, number][], end: number, index: number, size: number): void {
  if (pairs.length === size && end >= pairs[pairs.length - 1]![0]) return;
  pairs.push([end, index]);
  pairs.sort((a, b) => a[0] - b[0]);
  if (pairs.length > size) pairs.pop();
}

/**
 * Replays the Python library's logic over the outcomes recorded so far. Its result queue fills in the
 * order tasks finish, whatever `preserve_result_ordering` says, so order is judged by end times here,
 * not by the order this pool delivered outcomes in. O(items): fine for a million.
 */
export function replaySeed(store: ResultsStore): SeedReplay {
  let returned = 0;
  let outOfOrder = 0;
  let latestEnd = -Infinity;
  const first: [number, number][] = [];
  for (let i = 0; i < store.size; i++) {
    // `if result:` keeps truthy results only; failed items were logged and dropped.
    if (store.statusOf(i) !== 'ok' || !store.valueOf(i)) continue;
    returned++;
    const end = store.startOf(i) + store.durationOf(i);
    // Finished before an item that came earlier in the input: the Python caller sees it first.
    if (end < latestEnd) outOfOrder++;
    latestEnd = Math.max(latestEnd, end);
    earliest(first, end, i, 12);
  }
  return {
    returned,
    droppedFalsy: store.falsyValues,
    vanishedErrors: store.counts.error,
    hung: store.counts.timeout,
    outOfOrder,
    defaultThreads: store.size,
    firstIndices: first.map(([, index]) => index),
  };
}
