// Who held a lock and who waited for it, as intervals per thread, and the figures a learner reads from
// them: the share of time spent waiting and how often the lock changed hands. Pure; realm-neutral.

/** `hold`: the thread held the lock; `wait`: it was blocked asking for it. */
export type LockSpanKind = 'hold' | 'wait';

export interface LockSpan {
  readonly kind: LockSpanKind;
  /** ms from the start of the run. */
  readonly startMs: number;
  readonly endMs: number;
  /** Which lock, for runs with several (0 when there is one). */
  readonly lock: number;
  /** A wait that ended at its timeout, without the lock. */
  readonly gaveUp?: boolean;
  /**
   * Holds: the order of this hold among all holds of its lock, when the recorder knows it exactly (the
   * mutex's hand-off count); otherwise holds are ordered by start time.
   */
  readonly turn?: number;
}

export interface LockLane {
  /** The thread's id as the run names it (worker 1, 2, ...). */
  readonly thread: number;
  readonly spans: readonly LockSpan[];
}

export interface LockUsage {
  /** Sum over threads of ms spent waiting, over threads × run length: 0 = never waited, 1 = always. */
  readonly waitShare: number;
  /** Times a lock was taken by a different thread than its previous holder. */
  readonly handoffs: number;
  /** Hand-offs per second of run time. */
  readonly handoffsPerSecond: number;
  /** Share of the run during which some thread held lock 0. */
  readonly heldShare: number;
}

const duration = (span: LockSpan) => Math.max(0, span.endMs - span.startMs);

/**
 * The contention figures of a run `runMs` long. Hold spans are expected to be whole holding runs (a thread
 * that unlocks and relocks with nobody in between keeps one span), so a change of thread between one hold
 * and the next, in start order, is one hand-off.
 */
export function summariseLockUsage(lanes: readonly LockLane[], runMs: number): LockUsage {
  const threadMs = lanes.length * runMs;
  let waitMs = 0;
  const holdsByLock = new Map<number, { start: number; end: number; order: number; thread: number }[]>();
  for (const lane of lanes) {
    for (const span of lane.spans) {
      if (span.kind === 'wait') {
        waitMs += duration(span);
        continue;
      }
      const list = holdsByLock.get(span.lock) ?? [];
      list.push({
        start: span.startMs,
        end: span.endMs,
        order: span.turn ?? span.startMs,
        thread: lane.thread,
      });
      holdsByLock.set(span.lock, list);
    }
  }
  let handoffs = 0;
  for (const holds of holdsByLock.values()) {
    holds.sort((a, b) => a.order - b.order);
    for (let i = 1; i < holds.length; i++) if (holds[i]!.thread !== holds[i - 1]!.thread) handoffs++;
  }
  const heldMs = (holdsByLock.get(0) ?? []).reduce((sum, h) => sum + Math.max(0, h.end - h.start), 0);
  return {
    waitShare: threadMs > 0 ? Math.min(1, waitMs / threadMs) : 0,
    handoffs,
    handoffsPerSecond: runMs > 0 ? handoffs / (runMs / 1000) : 0,
    heldShare: runMs > 0 ? Math.min(1, heldMs / runMs) : 0,
  };
}

/**
 * Fewer spans for drawing: neighbours of the same kind, lock and outcome whose gap is under `minGapMs`
 * become one. A run with 100k hand-offs then draws as at most a few bars per pixel column.
 */
export function coalesceSpans(spans: readonly LockSpan[], minGapMs: number): LockSpan[] {
  const sorted = [...spans].sort((a, b) => a.startMs - b.startMs);
  const out: LockSpan[] = [];
  const lastOf = new Map<string, number>();
  for (const span of sorted) {
    const key = `${span.kind}/${span.lock}/${span.gaveUp === true}`;
    // A merged span no longer has one turn.
    const { turn: _turn, ...plain } = span;
    const at = lastOf.get(key);
    const last = at === undefined ? undefined : out[at];
    if (last && span.startMs - last.endMs < minGapMs) {
      out[at!] = { ...last, endMs: Math.max(last.endMs, span.endMs) };
    } else {
      lastOf.set(key, out.length);
      out.push(plain);
    }
  }
  return out;
}

/**
 * The parts of each `outer` interval not covered by `inner` intervals: e.g. a worker's chunks minus its
 * GIL holds are the time it waited for the GIL. Both lists are [start, end] pairs in ms.
 */
export function gapsWithin(
  outer: readonly (readonly [number, number])[],
  inner: readonly (readonly [number, number])[],
): [number, number][] {
  const holes = [...inner].sort((a, b) => a[0] - b[0]);
  const gaps: [number, number][] = [];
  for (const [start, end] of outer) {
    let cursor = start;
    for (const [holeStart, holeEnd] of holes) {
      if (holeEnd <= cursor || holeStart >= end) continue;
      if (holeStart > cursor) gaps.push([cursor, holeStart]);
      cursor = Math.max(cursor, holeEnd);
    }
    if (cursor < end) gaps.push([cursor, end]);
  }
  return gaps;
}
