import { describe, expect, test } from 'vitest';
import { GroupClock, GROW_BELOW_MS, MAX_GROUP, SHRINK_AT_MS, type Retimable } from './group-clock.ts';

/** A buffer of `n` items' [start, end] times, as the report buffer keeps them. */
function timesBuffer(n: number): Retimable & { times: number[][] } {
  const times = Array.from({ length: n }, () => [Number.NaN, Number.NaN]);
  return {
    times,
    retime(first, count, startMs, stepMs) {
      for (let j = 0; j < count; j++) times[first + j] = [startMs + j * stepMs, startMs + (j + 1) * stepMs];
    },
  };
}

describe('GroupClock', () => {
  test("a group's span is spread over its items in equal slots that add up to it", () => {
    const clock = new GroupClock();
    const buffer = timesBuffer(6);
    // Let the size grow to 4 first: three fast groups of 1, 2 (still under 4 items).
    clock.open(0, 0);
    clock.add();
    clock.close(0, buffer);
    expect(clock.size).toBe(2);
    clock.open(10, 2);
    for (let k = 0; k < 4; k++) clock.add();
    clock.close(10.02, buffer);
    const slots = buffer.times.slice(2, 6);
    expect(slots[0]![0]).toBe(10);
    expect(slots[3]![1]).toBeCloseTo(10.02, 12);
    for (let j = 1; j < 4; j++) expect(slots[j]![0]).toBeCloseTo(slots[j - 1]![1]!, 12);
    const total = slots.reduce((sum, [start, end]) => sum + end! - start!, 0);
    expect(total).toBeCloseTo(0.02, 12);
    // Only the group's own entries were written.
    expect(buffer.times[1]).toEqual([Number.NaN, Number.NaN]);
  });

  test('the size doubles after fast groups up to MAX_GROUP, and drops to 1 after a slow one', () => {
    const clock = new GroupClock();
    const buffer = timesBuffer(MAX_GROUP);
    let t = 0;
    const group = (perItemMs: number) => {
      const n = clock.size;
      clock.open(t, 0);
      for (let k = 0; k < n; k++) clock.add();
      t += n * perItemMs;
      clock.close(t, buffer);
    };
    const sizes: number[] = [];
    for (let k = 0; k < 8; k++) {
      group(GROW_BELOW_MS / 2);
      sizes.push(clock.size);
    }
    expect(sizes).toEqual([2, 4, 8, 16, 32, 32, 32, 32]);
    // Between the two thresholds: the size stays.
    group((GROW_BELOW_MS + SHRINK_AT_MS) / 2);
    expect(clock.size).toBe(MAX_GROUP);
    group(SHRINK_AT_MS);
    expect(clock.size).toBe(1);
  });

  test('an async item that began in the group gets the slot after its items, and is not retimed', () => {
    const clock = new GroupClock();
    const buffer = timesBuffer(2);
    clock.open(100, 0);
    clock.add();
    clock.add();
    // Two items ended, a third returned a promise: three slots of 1 ms.
    expect(clock.close(103, buffer, 1)).toBe(102);
    expect(buffer.times).toEqual([
      [100, 101],
      [101, 102],
    ]);
    expect(clock.isOpen).toBe(false);
  });

  test('closing with no group open, or an empty group, changes nothing', () => {
    const clock = new GroupClock();
    const buffer = timesBuffer(1);
    expect(clock.close(5, buffer)).toBe(5);
    clock.open(5, 0);
    expect(clock.close(9, buffer)).toBe(9);
    expect(clock.size).toBe(1);
    expect(buffer.times[0]).toEqual([Number.NaN, Number.NaN]);
  });
});
