import { describe, expect, test } from 'vitest';
import { amdahlTime, fitAmdahl, type TimedPoint } from './amdahl.ts';

/** Repeats at k = 1..8 with a fixed ±2 % pattern of noise, so the fit has something to average out. */
function synthetic(s: number, t1 = 1500): TimedPoint[] {
  const noise = [0.98, 1.02, 1.0, 1.01, 0.99];
  return [1, 2, 3, 4, 6, 8].flatMap((workers) =>
    noise.map((_, i) => ({ workers, ms: amdahlTime(t1, s, workers) * noise[(i + workers) % noise.length]! })),
  );
}

describe('fitAmdahl', () => {
  test.each([0, 0.1, 0.5])('recovers a serial fraction of %s within 0.01', (s) => {
    const fit = fitAmdahl(synthetic(s));
    expect(Math.abs(fit.serialFraction - s)).toBeLessThan(0.01);
    expect(fit.t1Ms).toBeCloseTo(1500, 0);
  });

  test('is exact on noiseless data and reports no residual', () => {
    const points = [1, 2, 4].map((workers) => ({ workers, ms: amdahlTime(1000, 0.25, workers) }));
    const fit = fitAmdahl(points);
    expect(fit.serialFraction).toBeCloseTo(0.25, 12);
    expect(fit.rmsResidualMs).toBeCloseTo(0, 9);
  });

  test('clamps to [0, 1]: superlinear speedup gives 0, a slowdown gives 1', () => {
    expect(
      fitAmdahl([
        { workers: 1, ms: 1000 },
        { workers: 2, ms: 400 },
      ]).serialFraction,
    ).toBe(0);
    expect(
      fitAmdahl([
        { workers: 1, ms: 1000 },
        { workers: 2, ms: 1300 },
      ]).serialFraction,
    ).toBe(1);
  });

  test('needs a 1-worker point and a point above 1 worker', () => {
    expect(() => fitAmdahl([{ workers: 2, ms: 500 }])).toThrow(/workers = 1/);
    expect(() => fitAmdahl([{ workers: 1, ms: 500 }])).toThrow(/workers > 1/);
    expect(() =>
      fitAmdahl([
        { workers: 1, ms: 500 },
        { workers: 0.5, ms: 1 },
      ]),
    ).toThrow(RangeError);
  });
});
