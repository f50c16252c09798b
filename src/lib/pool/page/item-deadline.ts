// When an item runs past its timeout. Every item's timeout is its own, counted from its own start in its
// worker, whatever else shares that worker. Pure.

/** The item a worker is on, as the watchdog sees it: since when (page clock, ms) and its call's timeout. */
export interface TimedItem {
  readonly startMs: number;
  /** ms; undefined: no timeout. */
  readonly timeoutMs: number | undefined;
}

/** When `running` passes its timeout (page clock, ms); undefined when nothing runs or it has no timeout. */
export function deadlineOf(running: TimedItem | undefined): number | undefined {
  if (running?.timeoutMs === undefined || Number.isNaN(running.startMs)) return undefined;
  return running.startMs + running.timeoutMs;
}

/** Whether `running` has run for its whole timeout by `now` (page clock, ms). */
export function isPastDeadline(running: TimedItem | undefined, now: number): boolean {
  const deadline = deadlineOf(running);
  return deadline !== undefined && now >= deadline;
}

/** How long to wait (ms, at least 1) before looking at `running` again; undefined: no need to look. */
export function watchdogDelay(running: TimedItem | undefined, now: number): number | undefined {
  const deadline = deadlineOf(running);
  return deadline === undefined ? undefined : Math.max(1, deadline - now);
}
