// A lab's runs of this visit, numbered from 1 and bounded, and the search each lab's history compares a run
// by (the summation and pool labs keep one each). Pure: the lab keeps the list in state.

export interface NumberedRun {
  /** 1 for the visit's first run. */
  readonly id: number;
}

/** `history` with `run` appended, numbered after the newest, keeping the newest `keep` runs. */
export function appendRun<T extends object>(
  history: readonly (T & NumberedRun)[],
  run: T,
  keep: number,
): (T & NumberedRun)[] {
  const id = (history.at(-1)?.id ?? 0) + 1;
  return [...history.slice(-(keep - 1)), { ...run, id }];
}

/** The newest run at or before `run` (`run` itself included) that `matches`, if any. */
export function newestMatching<T extends NumberedRun>(
  history: readonly T[],
  run: T,
  matches: (other: T) => boolean,
): T | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const other = history[i]!;
    if (other.id <= run.id && matches(other)) return other;
  }
  return undefined;
}
