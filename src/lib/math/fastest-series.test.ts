import { expect, test } from 'vitest';
import { fastestByWorkers, ratioToFastest } from './fastest-series.ts';

const series = (id: string, ms: readonly number[]) => ({
  id,
  points: ms.map((medianMs, i) => ({ workers: i + 1, medianMs })),
});

test('the fastest series is found per worker count, not overall', () => {
  const fastest = fastestByWorkers([series('queue', [1000, 520, 500]), series('split', [980, 530, 510])]);
  expect(fastest.get(1)).toEqual({ id: 'split', medianMs: 980 });
  expect(fastest.get(2)).toEqual({ id: 'queue', medianMs: 520 });
  expect(fastest.get(3)).toEqual({ id: 'queue', medianMs: 500 });
});

test('ratios: 1 for the fastest, above 1 for slower points; NaN where nothing was measured', () => {
  const a = series('a', [1000, 500]);
  const b = series('b', [1100, 400, 300]);
  const fastest = fastestByWorkers([a, b]);
  expect(ratioToFastest(a.points[0]!, fastest)).toBe(1);
  expect(ratioToFastest(b.points[0]!, fastest)).toBeCloseTo(1.1);
  expect(ratioToFastest(a.points[1]!, fastest)).toBeCloseTo(1.25);
  expect(ratioToFastest({ workers: 9, medianMs: 10 }, fastest)).toBeNaN();
});

test('ties go to the first series; points without a median are ignored', () => {
  const fastest = fastestByWorkers([series('first', [100, Number.NaN]), series('second', [100, 0])]);
  expect(fastest.get(1)?.id).toBe('first');
  expect(fastest.has(2)).toBe(false);
});
