import { expect, test } from 'vitest';
import { oversubscribedRatio, speedupPoints } from './speedup-points.ts';

const sweep = new Map([
  [1, [1000, 1100, 900]],
  [2, [520, 500, 480]],
  [3, [600, 610, 590]],
  [4, [550, 560, 540]],
]);

test('speedup, efficiency and spread against the 1-worker median', () => {
  const [one, two] = speedupPoints(sweep);
  expect(one).toMatchObject({ workers: 1, medianMs: 1000, speedup: 1, efficiency: 1 });
  expect(one?.spread).toBeCloseTo(1100 / 900);
  expect(two).toMatchObject({ workers: 2, medianMs: 500, speedup: 2, efficiency: 1 });
});

test('minima and the speedup from minima, against the 1-worker minimum', () => {
  const [one, two] = speedupPoints(sweep);
  expect(one).toMatchObject({ minMs: 900, speedupFromMin: 1, efficiencyFromMin: 1 });
  expect(two?.minMs).toBe(480);
  expect(two?.speedupFromMin).toBeCloseTo(900 / 480);
  expect(two?.efficiencyFromMin).toBeCloseTo(900 / 480 / 2);
});

test('the oversubscription ratio is the worst median past the core count over the median at it', () => {
  expect(oversubscribedRatio(speedupPoints(sweep), 2)).toBeCloseTo(600 / 500);
  expect(oversubscribedRatio(speedupPoints(sweep), 4)).toBeUndefined();
});

test('the oversubscription ratio from minima compares the fastest repeats', () => {
  expect(oversubscribedRatio(speedupPoints(sweep), 2, 'minMs')).toBeCloseTo(590 / 480);
});

test('without a 1-worker point, speedup is NaN rather than invented', () => {
  const [two] = speedupPoints(new Map([[2, [500]]]));
  expect(two?.speedup).toBeNaN();
  expect(two?.speedupFromMin).toBeNaN();
});
