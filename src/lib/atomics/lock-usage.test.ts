import { describe, expect, it } from 'vitest';
import { coalesceSpans, gapsWithin, summariseLockUsage, type LockLane } from './lock-usage.ts';

const hold = (startMs: number, endMs: number, lock = 0) => ({ kind: 'hold' as const, startMs, endMs, lock });
const wait = (startMs: number, endMs: number, lock = 0) => ({ kind: 'wait' as const, startMs, endMs, lock });

describe('summariseLockUsage', () => {
  it('counts a hand-off each time the next hold belongs to another thread', () => {
    const lanes: LockLane[] = [
      { thread: 1, spans: [hold(0, 10), hold(20, 30), hold(30, 40)] },
      { thread: 2, spans: [wait(0, 10), hold(10, 20), wait(20, 40), hold(40, 50)] },
    ];
    const usage = summariseLockUsage(lanes, 50);
    // 1 -> 2 at 10, 2 -> 1 at 20, 1 -> 1 at 30 (no), 1 -> 2 at 40.
    expect(usage.handoffs).toBe(3);
    expect(usage.handoffsPerSecond).toBeCloseTo(60);
    expect(usage.waitShare).toBeCloseTo(30 / 100);
    expect(usage.heldShare).toBeCloseTo(1);
  });

  it('counts hand-offs per lock, and an idle run as all zeros', () => {
    const lanes: LockLane[] = [
      { thread: 1, spans: [hold(0, 5, 0), hold(0, 5, 1)] },
      { thread: 2, spans: [hold(5, 8, 1)] },
    ];
    expect(summariseLockUsage(lanes, 10).handoffs).toBe(1);
    expect(summariseLockUsage([], 0)).toEqual({
      waitShare: 0,
      handoffs: 0,
      handoffsPerSecond: 0,
      heldShare: 0,
    });
  });
});

describe('coalesceSpans', () => {
  it('joins close neighbours of the same kind and lock only', () => {
    const spans = [hold(0, 1), hold(1.05, 2), wait(2, 3), hold(3, 4), hold(10, 11), hold(1.5, 2.5, 1)];
    expect(coalesceSpans(spans, 0.1)).toEqual([
      hold(0, 2),
      hold(1.5, 2.5, 1),
      wait(2, 3),
      hold(3, 4),
      hold(10, 11),
    ]);
    expect(coalesceSpans(spans, 7)).toEqual([hold(0, 11), hold(1.5, 2.5, 1), wait(2, 3)]);
  });

  it('keeps a wait that gave up apart from one that got the lock', () => {
    const gaveUp = { ...wait(1, 2), gaveUp: true };
    expect(coalesceSpans([wait(0, 1), gaveUp], 1)).toHaveLength(2);
  });
});

describe('gapsWithin', () => {
  it('returns the parts of each outer interval that no inner interval covers', () => {
    expect(
      gapsWithin(
        [
          [0, 10],
          [20, 30],
        ],
        [
          [2, 4],
          [3, 6],
          [9, 22],
          [25, 26],
        ],
      ),
    ).toEqual([
      [0, 2],
      [6, 9],
      [22, 25],
      [26, 30],
    ]);
    expect(gapsWithin([[0, 5]], [])).toEqual([[0, 5]]);
    expect(gapsWithin([[0, 5]], [[0, 5]])).toEqual([]);
  });
});
