import { expect, test } from 'vitest';
import { readHistogram, summariseHistogram } from './histogram-reading.ts';

test('the figures: runs that lost updates, the fewest and most lost, the median loss', () => {
  expect(summariseHistogram([], 100)).toBeUndefined();
  expect(summariseHistogram([90, 100, 70, 80], 100)).toEqual({
    runs: 4,
    lossy: 3,
    minFinal: 70,
    maxFinal: 100,
    minLost: 0,
    maxLost: 30,
    medianLost: 15,
  });
});

test('a plain race that lost every time reads as a race on every run, with its range and median', () => {
  const sentences = readHistogram([61_234, 88_100, 75_000], 100_000, 'plain', 'en');
  expect(sentences).toEqual([
    'All 3 runs lost updates.',
    'The counter ended between 61,234 and 88,100 of 100,000: 11,900 to 38,766 updates lost in a run, 25,000 (25.0%) in the median run.',
    expect.stringContaining('the race happens every time'),
  ]);
  expect(readHistogram([61_234, 88_100, 75_000], 100_000, 'plain', 'zh')[1]).toBe(
    '计数器最终停在 61,234 到 88,100 之间（期望值 100,000）：每次运行丢失 11,900 到 38,766 次更新，中位数为 25,000 次（25.0%）。',
  );
});

test('runs that lost nothing are read as timing, not safety; the fixes as what they promise', () => {
  expect(readHistogram([100_000, 99_000], 100_000, 'plain', 'en')[2]).toContain('Some runs lost nothing');
  expect(readHistogram([100_000, 100_000], 100_000, 'plain', 'en')).toEqual([
    'None of the 2 runs lost an update.',
    expect.stringContaining('The race is still there'),
  ]);
  expect(readHistogram([100_000, 100_000], 100_000, 'atomic', 'en')[1]).toContain(
    'That is what Atomics.add promises',
  );
  expect(readHistogram([100_000], 100_000, 'mutex', 'zh')).toEqual([
    '这次运行没有丢失更新。',
    expect.stringContaining('这正是互斥锁所保证的'),
  ]);
  expect(readHistogram([99_990, 99_990], 100_000, 'plain', 'en').slice(1)).toEqual([
    'The counter ended at 99,990 of 100,000: 10 updates (0.01%) lost.',
    expect.stringContaining('repeated runs show how much that changes'),
  ]);
});
