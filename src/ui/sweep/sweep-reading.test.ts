import { expect, test } from 'vitest';
import { sweepOf as sweep, sweepPoint as point } from '../../test-support/sweep-points.ts';
import { pastCoresShape, readSweep } from './sweep-reading.ts';

test('the curve past the cores: rising, flat or falling against the point at the cores', () => {
  expect(pastCoresShape(point(2, 1.9), point(4, 1.92))).toBe('flattens');
  expect(pastCoresShape(point(2, 1.9), point(4, 3.5))).toBe('rises');
  expect(pastCoresShape(point(2, 1.9), point(4, 1.5))).toBe('falls');
});

test('the reading quotes the table’s speedups and efficiencies and says what the serial fraction stands for', () => {
  const { curve, fit } = readSweep(sweep([1, 1.93, 1.9, 1.91], 0.037), 2, 'en');
  expect(curve).toEqual([
    'With 2 workers, one per core, the speedup was 1.93× (efficiency 97%).',
    'Past the 2 cores, 3 and 4 workers gave 1.90 and 1.91×: the extra workers take turns on the same cores, so the curve flattens there.',
  ]);
  expect(fit[0]).toBe(
    'Fitted to 1 to 2 workers, Amdahl’s law finds a serial fraction of 3.7%: a share of the run that more workers do not shorten, which would cap the speedup at 27.0×.',
  );
  expect(fit[1]).toContain('has no serial part: the 3.7% stands for');
  expect(fit[2]).toContain('4 workers would do 3.89× the work');
  const zh = readSweep(sweep([1, 1.93, 1.9, 1.91], 0.037), 2, 'zh');
  expect(zh.curve[1]).toContain('3 和 4 个 Worker 的加速比分别为 1.90 和 1.91：');
  expect(readSweep(sweep([1, 2], 0.001), 2, 'en').fit[0]).toContain(
    'finds a serial fraction of 0.1%, no serial part to speak of',
  );
  expect(readSweep(sweep([1]), 2, 'en')).toEqual({ curve: [], fit: [] });
});

test('a fit whose cap is below a measured speedup is read as not describing the sweep, with no Gustafson figure', () => {
  // 2 workers slower than 1 (a noisy point) fits a serial fraction of 100%, a cap of 1.0×, yet 4 reached 1.53×.
  const { fit } = readSweep(sweep([1, 0.95, 1.46, 1.53], 1), 2, 'en');
  expect(fit).toHaveLength(1);
  expect(fit[0]).toContain('would cap the speedup at 1.0×; yet 4 workers reached 1.53×');
  expect(fit[0]).toContain('does not describe this sweep');
  expect(fit.join(' ')).not.toContain('Gustafson');
  const zh = readSweep(sweep([1, 0.95, 1.46, 1.53], 1), 2, 'zh').fit;
  expect(zh[0]).toContain('4 个 Worker 实际达到了 1.53');
  // A cap the measurements stay under is read as before.
  expect(readSweep(sweep([1, 1.5, 1.6, 1.62], 0.3), 2, 'en').fit[0]).toContain('cap the speedup at 3.3×');
});

test('for anyone’s code the serial fraction may be the code’s own: the reading does not call it overhead', () => {
  const { fit } = readSweep(sweep([1, 1.7], 0.16), 2, 'en', 'code');
  expect(fit[1]).toContain('serial parts of the code, items of unequal size');
  expect(fit.join(' ')).not.toContain('has no serial part');
  expect(readSweep(sweep([1, 1.7], 0.16), 2, 'zh', 'code').fit[1]).toContain('代码中的串行部分');
});
