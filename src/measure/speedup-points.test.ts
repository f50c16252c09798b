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

test('the oversubscription ratio is the worst median past the core count over the median at it', () => {
  expect(oversubscribedRatio(speedupPoints(sweep), 2)).toBeCloseTo(600 / 500);
  expect(oversubscribedRatio(speedupPoints(sweep), 4)).toBeUndefined();
});

test('without a 1-worker point, speedup is NaN rather than invented', () => {
  expect(speedupPoints(new Map([[2, [500]]]))[0]?.speedup).toBeNaN();
});
