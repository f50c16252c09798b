// Long tasks (> 50 ms) and long animation frames on a page's main thread, recorded from the page's first
// moment with PerformanceObserver (`longtask`, and `long-animation-frame` for which script ran), so a
// driver can ask afterwards what happened between two moments of a run.

/**
 * @typedef {{ startMs: number, durationMs: number }} LongTask
 * @typedef {{ invoker: string, type: string, durationMs: number, source: string }} FrameScript
 * @typedef {{ startMs: number, durationMs: number, blockingMs: number, renderMs: number, scripts: FrameScript[] }} LongFrame
 * @typedef {{ tasks: LongTask[], frames: LongFrame[] }} LongTaskRecord
 */

/**
 * Runs in the page before any of its scripts (pass it to `page.addInitScript`): it must stay
 * self-contained. Entries go to `window.longTaskRecord`, times in ms of the page's `performance.now()`.
 */
export function installLongTaskWatch() {
  /** @type {LongTaskRecord} */
  const record = { tasks: [], frames: [] };
  /** @type {Window & { longTaskRecord?: LongTaskRecord }} */ (window).longTaskRecord = record;
  const supported = PerformanceObserver.supportedEntryTypes;
  if (supported.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        record.tasks.push({ startMs: entry.startTime, durationMs: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  }
  if (supported.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const frame =
          /** @type {PerformanceEntry & { blockingDuration: number, renderStart: number, scripts: readonly { invoker: string, invokerType: string, duration: number, sourceURL: string, sourceFunctionName: string, sourceCharPosition: number }[] }} */ (
            entry
          );
        record.frames.push({
          startMs: frame.startTime,
          durationMs: frame.duration,
          blockingMs: frame.blockingDuration,
          renderMs: frame.renderStart > 0 ? frame.startTime + frame.duration - frame.renderStart : 0,
          scripts: frame.scripts.map((script) => ({
            invoker: script.invoker,
            type: script.invokerType,
            durationMs: script.duration,
            source: `${script.sourceURL.replace(/^.*\//, '')}:${script.sourceCharPosition} ${script.sourceFunctionName}`,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
}

/**
 * The long tasks and long frames (> 50 ms) that started in [fromMs, toMs] of the page's clock, with
 * times made relative to fromMs.
 * @param {import('playwright').Page} page
 * @param {number} fromMs
 * @param {number} toMs
 * @returns {Promise<LongTaskRecord>}
 */
export function readLongTasks(page, fromMs, toMs) {
  return page.evaluate(([from, to]) => {
    const record = /** @type {Window & { longTaskRecord?: LongTaskRecord }} */ (window).longTaskRecord;
    if (!record) throw new Error('the long-task watch was not installed before the page loaded');
    /** @type {<T extends { startMs: number }>(list: T[]) => T[]} */
    const within = (list) =>
      list
        .filter((e) => e.startMs >= from && e.startMs <= to)
        .map((e) => ({ ...e, startMs: e.startMs - from }));
    return { tasks: within(record.tasks), frames: within(record.frames).filter((f) => f.durationMs > 50) };
  }, /** @type {const} */ ([fromMs, toMs]));
}
