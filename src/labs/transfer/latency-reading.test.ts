import { expect, test } from 'vitest';
import type { LatencyResult } from './engine/measure-latency.ts';
import { readLatency, shownMicros, tailOf } from './latency-reading.ts';

const result = (mode: LatencyResult['mode'], medianMicros: number, p99Micros: number): LatencyResult => ({
  mode,
  medianMicros,
  p99Micros,
  samples: 1000,
  block: 20,
});

const names = { message: 'postMessage', atomics: 'Atomics.wait / notify' } as const;
const modeName = (mode: LatencyResult['mode']) => names[mode];

test('the tail: how far the p99 sits above the median', () => {
  expect(tailOf({ medianMicros: 40, p99Micros: 55 })).toBe('tight');
  expect(tailOf({ medianMicros: 40, p99Micros: 100 })).toBe('some');
  expect(tailOf({ medianMicros: 40, p99Micros: 130 })).toBe('long');
});

test('the tail is judged by the ratio as the reading shows it, to one decimal', () => {
  // 1.46 reads 1.5×, 1.44 reads 1.4×; 2.97 reads 3.0×, 2.94 reads 2.9×.
  expect(tailOf({ medianMicros: 100, p99Micros: 146 })).toBe('some');
  expect(tailOf({ medianMicros: 100, p99Micros: 144 })).toBe('tight');
  expect(tailOf({ medianMicros: 100, p99Micros: 297 })).toBe('long');
  expect(tailOf({ medianMicros: 100, p99Micros: 294 })).toBe('some');
  const [modest, long] = readLatency(
    [result('message', 100, 146), result('atomics', 100, 297)],
    modeName,
    'en',
  );
  expect(modest).toMatch(/1\.5× the median: a modest tail/);
  expect(long).toMatch(/3\.0× the median: a long tail/);
});

test('times as the table shows them, with milliseconds from 1 ms on', () => {
  expect(shownMicros(42.345, 'en')).toBe('42.3 µs');
  expect(shownMicros(1523.4, 'en')).toBe('1523.4 µs (1.52 ms)');
  expect(shownMicros(1523.4, 'zh')).toBe('1523.4 微秒（1.52 毫秒）');
});

test('the reading quotes each median and p99, compares the signals, and says what a sample is', () => {
  const sentences = readLatency(
    [result('message', 42.31, 160.2), result('atomics', 8.04, 11.1)],
    modeName,
    'en',
  );
  expect(sentences).toEqual([
    'postMessage: half the samples took at most 42.3 µs per round trip (the median), and 99% at most 160.2 µs (p99), 3.8× the median: a long tail, the slowest 1% were held up by something the median never sees, such as garbage collection, a timer, or another program taking the core.',
    'Atomics.wait / notify: half the samples took at most 8.0 µs per round trip (the median), and 99% at most 11.1 µs (p99), 1.4× the median: a tight spread, nearly every round trip cost the same.',
    expect.stringContaining(
      'In the median, a postMessage round trip took 5.3× as long as one through Atomics.wait / notify, which wakes',
    ),
    expect.stringContaining('Each sample is the mean of 20 round trips'),
  ]);
  const slower = readLatency([result('message', 20, 40), result('atomics', 50, 60)], modeName, 'zh');
  expect(slower[0]).toBe(
    'postMessage：一半样本的每次往返不超过 20.0 微秒（中位数），99% 的样本不超过 40.0 微秒（p99），是中位数的 2.0 倍：有一条不长的尾巴，偶尔会有一次往返明显更慢。',
  );
  expect(slower[2]).toContain('这一次 Atomics.wait / notify 的往返中位数反而是 postMessage 的 2.5 倍');
  // A second signal with the same kind of tail says so briefly.
  expect(readLatency([result('message', 20, 90), result('atomics', 2, 40)], modeName, 'en')[1]).toMatch(
    /20\.0× the median: a long tail too\.$/,
  );
  // Without shared memory only postMessage is measured: nothing to compare it with.
  expect(readLatency([result('message', 20, 25)], modeName, 'en')).toHaveLength(2);
  expect(readLatency([], modeName, 'en')).toEqual([]);
});
