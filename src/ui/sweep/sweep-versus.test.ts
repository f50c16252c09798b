import { expect, test } from 'vitest';
import type { Sweep } from '../../lib/math/sweep.ts';
import { summariseVersus, versusFor } from './sweep-versus.ts';

const sweep = (id: string, problem: string, ms: readonly number[]): Sweep => ({
  id,
  label: `label ${id}`,
  problem,
  points: ms.map((medianMs, i) => ({
    workers: i + 1,
    ms: [medianMs],
    medianMs,
    speedup: ms[0]! / medianMs,
    efficiency: ms[0]! / medianMs / (i + 1),
    minSpeedup: 1,
    maxSpeedup: 1,
  })),
});

test('a sweep is compared only with sweeps of the same problem', () => {
  const a = sweep('a', 'sum:400', [1000, 520, 540]);
  const b = sweep('b', 'sum:400', [950, 500, 560]);
  const other = sweep('c', 'sum:800', [10, 5, 5]);
  expect(versusFor(other, [a, b, other])).toBeUndefined();
  const versus = versusFor(a, [a, b, other])!;
  expect(versus.fastest.get(1)).toEqual({ id: 'b', medianMs: 950 });
  expect(versus.labels.has('c')).toBe(false);
  // a: slower at 1 (1000 / 950) and 2 (520 / 500), fastest at 3.
  const summary = summariseVersus(a, versus)!;
  expect(summary.counts).toBe(3);
  expect(summary.fastestAt).toBe(1);
  expect(summary.worstRatio).toBeCloseTo(1000 / 950);
  expect(summary.worstWorkers).toBe(1);
});

test('a sweep alone, or one of a different problem, has nothing to be compared with', () => {
  const a = sweep('a', 'sum:400', [1000, 520]);
  expect(versusFor(a, [a])).toBeUndefined();
  expect(versusFor({ ...a, problem: undefined }, [a, a])).toBeUndefined();
});

test('a sweep fastest everywhere has a worst ratio of 1', () => {
  const a = sweep('a', 'tiny:10', [100, 60]);
  const b = sweep('b', 'tiny:10', [120, 70, 80]);
  const summary = summariseVersus(a, versusFor(a, [a, b])!)!;
  expect(summary).toEqual({ counts: 2, fastestAt: 2, worstRatio: 1, worstWorkers: 0 });
});
