import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { binCounts, countTicks, histogramChart } from './histogram-chart.ts';

const text = {
  xAxis: 'final count',
  yAxis: 'runs',
  expected: 'expected',
  bin: (low: number, high: number, count: number) => `${low}-${high}: ${count}`,
};

describe('binCounts', () => {
  test('puts every value in exactly one bin of whole-number width, at most 20 bins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 200 }),
        (values) => {
          const bins = binCounts(values);
          expect(bins.length).toBeLessThanOrEqual(20);
          expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(values.length);
          for (const v of values) {
            expect(bins.filter((b) => v >= b.x1 && v < b.x2)).toHaveLength(1);
          }
          for (const b of bins) expect(Number.isInteger(b.x2 - b.x1)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('one value, or none', () => {
    expect(binCounts([5, 5, 5])).toEqual([{ x1: 5, x2: 6, count: 3 }]);
    expect(binCounts([])).toEqual([]);
  });
});

describe('countTicks', () => {
  test('whole numbers from 0 up to or past the largest count, at most 8 of them', () => {
    for (const max of [0, 1, 2, 5, 7, 13, 20, 99, 200]) {
      const ticks = countTicks(max);
      expect(ticks[0]).toBe(0);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks.length).toBeLessThanOrEqual(8);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
    }
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(8)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
  });
});

describe('histogramChart', () => {
  test('labels the count axis with whole numbers only, and draws a bar per occupied bin', () => {
    const svg = histogramChart([24_265, 22_312, 30_001, 28_500, 22_312], 40_000, text);
    const labels = [...svg.querySelectorAll('[aria-label="y-axis tick label"] text')].map(
      (t) => t.textContent,
    );
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(label).toMatch(/^\d+$/);
    expect(svg.querySelectorAll('.bins rect').length).toBe(4);
    // Each bar names the values it holds and its count; the counts add up to the runs.
    const titles = [...svg.querySelectorAll('.bins rect title')].map((t) => t.textContent);
    expect(titles).toHaveLength(4);
    const counts = titles.map((t) => Number(/: (\d+)$/.exec(t ?? '')?.[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
    expect(titles.find((t) => t?.startsWith('22312-'))).toMatch(/: 2$/);
  });
});
