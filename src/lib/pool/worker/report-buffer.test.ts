import { describe, expect, test } from 'vitest';
import { ENDED_ERROR, ENDED_OK, ENDED_SKIPPED } from '../protocol/pool-protocol.ts';
import { PACKED_MIN } from '../protocol/packed-numbers.ts';
import { ReportBuffer, reportTransfer } from './report-buffer.ts';

describe('ReportBuffer', () => {
  test('numbers travel packed, exactly (-0 and NaN too), with times and endings per item', () => {
    const buffer = new ReportBuffer();
    const values = [1.5, -0, Number.NaN, 4, 5, 6, 7, 8, 9];
    values.forEach((value, k) => buffer.add(100 + k, k, k + 0.5, value, ENDED_OK));
    const report = buffer.take(-1, 0);
    expect(report.firstSeq).toBe(100);
    expect(report.values).toBeInstanceOf(Float64Array);
    expect(Object.is((report.values as Float64Array)[1], -0)).toBe(true);
    expect(Number.isNaN((report.values as Float64Array)[2])).toBe(true);
    expect(Array.from(report.times.subarray(0, 4))).toEqual([0, 0.5, 1, 1.5]);
    expect(report.endings).toHaveLength(values.length);
    // Each column is the report's own buffer, sized to it, and is transferred.
    expect(report.times.buffer.byteLength).toBe(2 * values.length * 8);
    expect(reportTransfer(report)).toContain((report.values as Float64Array).buffer);
  });

  test('fewer numbers than the packing rule asks travel as an array', () => {
    const buffer = new ReportBuffer();
    for (let k = 0; k < PACKED_MIN - 1; k++) buffer.add(k, 0, 0, k, ENDED_OK);
    expect(buffer.take(-1, 0).values).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  test('one value that is not a number turns the whole report into a list, in order', () => {
    const buffer = new ReportBuffer();
    for (let k = 0; k < 20; k++) buffer.add(k, 0, 0, k, ENDED_OK);
    const error = { name: 'Error', message: 'x' };
    buffer.add(20, 0, 0, error, ENDED_ERROR);
    buffer.add(21, 0, 0, undefined, ENDED_SKIPPED);
    buffer.add(22, 0, 0, 'text', ENDED_OK);
    const report = buffer.take(22, 3);
    expect(report.values).toEqual([...Array.from({ length: 20 }, (_, k) => k), error, undefined, 'text']);
    expect(Array.from(report.endings.subarray(19))).toEqual([ENDED_OK, ENDED_ERROR, ENDED_SKIPPED, ENDED_OK]);
    expect(report.runningSeq).toBe(22);
  });

  test('grows past its first capacity, retimes in place, and starts empty after take()', () => {
    const buffer = new ReportBuffer();
    const n = 5_000;
    for (let k = 0; k < n; k++) buffer.add(k, 0, 0, k * 2, ENDED_OK);
    buffer.retime(4_990, 10, 50, 0.25);
    buffer.log(1, 'log', 'hello');
    expect(buffer.count).toBe(n);
    const report = buffer.take(-1, 0);
    expect((report.values as Float64Array)[n - 1]).toBe(2 * (n - 1));
    expect(report.times[2 * 4_990]).toBe(50);
    expect(report.times[2 * 4_999 + 1]).toBe(52.5);
    expect(report.logs).toEqual([{ t: 1, level: 'log', message: 'hello' }]);
    expect(buffer.isEmpty).toBe(true);
    buffer.add(7, 1, 2, 3, ENDED_OK);
    const next = buffer.take(-1, 0);
    expect(next.firstSeq).toBe(7);
    expect(next.values).toEqual([3]);
    expect(next.logs).toEqual([]);
  });
});
