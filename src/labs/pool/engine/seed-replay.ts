// What the article's Python `do_threaded_work` would have returned for the same run, following its own
// logic (its pitfalls: docs/pool.md, "The article's pitfalls"): a replay of the Python code's logic on these
// outcomes, not a run of Python. Pure.

/**
 * What the replay reads of a run's outcomes: the ResultsStore of src/ui/pool-panels, which an engine may not
 * import, has all of it.
 */
export interface ReplayedOutcomes {
  /** Items in the run. */
  readonly size: number;
  /** Outcomes recorded so far, and their items in the order they arrived. */
  readonly completed: number;
  readonly completion: ArrayLike<number>;
  readonly counts: { readonly error: number; readonly timeout: number };
  /** Falsy ok values. */
  readonly falsyValues: number;
  statusOf(i: number): string;
  valueOf(i: number): unknown;
  /** ms since the run started. */
  startOf(i: number): number;
  durationOf(i: number): number;
}

export interface SeedReplay {
  /** `preserve_result_ordering`, set as the lab's "preserve input order". */
  readonly preserveOrdering: boolean;
  /** How many results the Python caller would get back (from the items that finished). */
  readonly returned: number;
  /**
   * Falsy results (0, '', None, False). With `preserve_result_ordering=False`, `if result:` drops them; with
   * True each result is an `(index, result)` tuple, which is always true, so they are kept.
   */
  readonly falsy: number;
  /** Items whose exception was logged and whose result vanished. */
  readonly vanishedErrors: number;
  /** Items past the per-task timeout: the Python library has none, so `join()` would wait for them. */
  readonly hung: number;
  /**
   * With `preserve_result_ordering=True`: results that finished before an item earlier in the input, so
   * they come first although the caller asked for input order. 0 when ordering is off.
   */
  readonly outOfOrder: number;
  /** Threads `num_threads=len(work_items)` would start. */
  readonly defaultThreads: number;
  /** The first indices of the Python caller's list, in its order (the order items finished). */
  readonly firstIndices: readonly number[];
}

/** Indices of the first results shown. */
const FIRST_SHOWN = 12;

/**
 * Follows the run outcome by outcome, O(1) each, so the replay of a million items costs nothing at render
 * time. Its result queue fills in the order tasks finish, whatever `preserve_result_ordering` says, so the
 * order is judged by end times, not by the order this pool delivered outcomes in.
 */
export class SeedReplayer {
  readonly #store: ReplayedOutcomes;
  readonly #preserveOrdering: boolean;
  #returned = 0;
  #outOfOrder = 0;
  /** The latest end among returned results of earlier items (ordered runs deliver in input order). */
  #latestEnd = -Infinity;
  /** The FIRST_SHOWN smallest (end, index) pairs so far, by end. */
  readonly #first: [number, number][] = [];

  constructor(store: ReplayedOutcomes, preserveOrdering: boolean) {
    this.#store = store;
    this.#preserveOrdering = preserveOrdering;
  }

  /** Takes in item `i`, just recorded in the store. */
  add(i: number): void {
    const store = this.#store;
    if (store.statusOf(i) !== 'ok') return;
    // `if result:` drops falsy results, unless each is wrapped in an (index, result) tuple; failed items
    // were logged and never reached the result queue.
    if (!this.#preserveOrdering && !store.valueOf(i)) return;
    this.#returned++;
    const end = store.startOf(i) + store.durationOf(i);
    if (this.#preserveOrdering) {
      // Outcomes of an ordered run arrive in input order: an end before the latest end of an earlier item
      // means this result reached the Python result queue before that earlier one.
      if (end < this.#latestEnd) this.#outOfOrder++;
      this.#latestEnd = Math.max(this.#latestEnd, end);
    }
    const first = this.#first;
    if (first.length === FIRST_SHOWN && end >= first[first.length - 1]![0]) return;
    first.push([end, i]);
    first.sort((a, b) => a[0] - b[0]);
    if (first.length > FIRST_SHOWN) first.pop();
  }

  snapshot(): SeedReplay {
    const store = this.#store;
    return {
      preserveOrdering: this.#preserveOrdering,
      returned: this.#returned,
      falsy: store.falsyValues,
      vanishedErrors: store.counts.error,
      hung: store.counts.timeout,
      outOfOrder: this.#outOfOrder,
      defaultThreads: store.size,
      firstIndices: this.#first.map(([, index]) => index),
    };
  }
}

/** The replay of everything recorded in `store` so far, outcomes taken in completion order. */
export function replaySeed(store: ReplayedOutcomes, preserveOrdering: boolean): SeedReplay {
  const replayer = new SeedReplayer(store, preserveOrdering);
  for (let k = 0; k < store.completed; k++) replayer.add(store.completion[k]!);
  return replayer.snapshot();
}
