import { expect, test } from 'vitest';
import { sweepOf as sweep, sweepPoint as point } from '../../test-support/sweep-points.ts';
import { firstBelow, oversubscription, readEfficiency } from './efficiency-reading.ts';

test('the first count below 90% efficiency, if any', () => {
  expect(firstBelow(sweep([1, 1.94, 2.9]))?.workers).toBeUndefined();
  expect(firstBelow(sweep([1, 1.94, 1.92]))?.workers).toBe(3);
  expect(firstBelow(sweep([1, 1.5]))?.workers).toBe(2);
});

test('efficiency is compared with 90% as the table shows it, in whole percent', () => {
  // 1.794 / 2 = 0.897 shows as 90%: not below. 1.788 / 2 = 0.894 shows as 89%: below.
  expect(firstBelow(sweep([1, 1.794]))).toBeUndefined();
  expect(firstBelow(sweep([1, 1.788]))?.workers).toBe(2);
  expect(readEfficiency(sweep([1, 1.794]), 2, 'en').slice(0, 2)).toEqual([
    'Efficiency, the speedup divided by the workers, was 100% with 1 and 90% with 2.',
    'It stayed at 90% or more at every count measured, up to 2 workers: each worker paid off almost in full.',
  ]);
  expect(readEfficiency(sweep([1, 1.788]), 4, 'en')[1]).toMatch(
    /^It fell below 90% already at 2 workers \(89%\)/,
  );
});

test('past the cores: taking turns, costing more, or above what the reported cores allow', () => {
  const atCores = point(2, 1.94);
  expect(oversubscription(atCores, point(4, 1.9), 2)).toBe('turns');
  expect(oversubscription(atCores, point(4, 1.4), 2)).toBe('costly');
  expect(oversubscription(atCores, point(4, 3.6), 2)).toBe('above');
  // At the cores 1.06× (53%), then 1.38× with 3 workers (46%): above the 35% turns alone would leave, so
  // the point at the cores was the slow one; it is not read as 'added no speed'.
  expect(oversubscription(point(2, 1.06), point(3, 1.38), 2)).toBe('better');
  expect(oversubscription(point(2, 1.06), point(3, 1.07), 2)).toBe('turns');
});

test('the reading quotes each efficiency as the table shows it, where it fell, and the ceiling past the cores', () => {
  expect(readEfficiency(sweep([1, 1.94, 1.92, 1.9]), 2, 'en')).toEqual([
    'Efficiency, the speedup divided by the workers, was 100% with 1, 97% with 2, 64% with 3 and 48% with 4.',
    'It stayed at 90% or more up to 2 workers and first fell below at 3 (64%), past the 2 cores.',
    'Past the 2 cores the workers outnumber the cores and take turns on them: at most 2 run at any moment, so efficiency can be at most cores ÷ workers, 67% and 50% at 3 and 4 workers. The sweep measured 64% and 48%: about what taking turns alone leaves (the ceiling times the efficiency at the cores), so the extra workers added no speed and cost little.',
  ]);
  const zh = readEfficiency(sweep([1, 1.94, 1.92]), 2, 'zh');
  expect(zh[0]).toBe(
    '效率即加速比除以 Worker 数：1 个 Worker 时为 100%，2 个 Worker 时为 97%，3 个 Worker 时为 64%。',
  );
  expect(zh[2]).toContain('在 3 个 Worker 时为 67%。这次扫描测得 64%：');
});

test('a fall within the cores, a sweep that never fell, one that stopped at the cores, and a long sweep', () => {
  expect(readEfficiency(sweep([1, 1.5, 2.1, 2.2]), 4, 'en')[1]).toBe(
    'It fell below 90% already at 2 workers (75%), within the 4 cores: costs that do not shrink with more workers, such as starting them and handing out and collecting the work, weigh more as each worker’s share gets smaller.',
  );
  expect(readEfficiency(sweep([1, 1.96]), 2, 'en').slice(1)).toEqual([
    'It stayed at 90% or more at every count measured, up to 2 workers: each worker paid off almost in full.',
    'The sweep did not go past the 2 cores: a sweep to more workers than cores shows what oversubscription does.',
  ]);
  expect(readEfficiency(sweep([1]), 2, 'en')).toEqual([]);
  // 12 points on 4 cores: quoted at 1, the cores (4), the first fall (5) and the end (12).
  const long = readEfficiency(sweep([1, 2, 3, 3.9, 4, 4, 4, 4, 4, 4, 4, 4]), 4, 'en');
  expect(long[0]).toBe(
    'Efficiency, the speedup divided by the workers, was 100% with 1, 98% with 4, 80% with 5 and 33% with 12.',
  );
  expect(long[2]).toContain('80% and 33% at 5 and 12 workers. The sweep measured 80% and 33%');
});
