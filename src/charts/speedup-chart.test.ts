import { expect, test } from 'vitest';
import { amdahlSpeedup, efficiencyChart, speedupChart, type ChartText } from './speedup-chart.ts';
import { sweepsToCsv, csvToSweepRows, standaloneSvg } from './chart-export.ts';
import type { Sweep } from '../lib/math/sweep.ts';

const text: ChartText = {
  workersAxis: 'workers',
  speedupAxis: 'speedup',
  efficiencyAxis: 'efficiency',
  ideal: 'ideal',
  cores: (n) => `${n} cores`,
  amdahl: (s) => `serial ${s}`,
};

/** A sweep that follows Amdahl's law with serial fraction 0.1 exactly, base 1000 ms. */
function amdahlSweep(k: number): Sweep {
  const points = Array.from({ length: k }, (_, i) => {
    const workers = i + 1;
    const medianMs = 1000 / amdahlSpeedup(0.1, workers);
    const speedup = 1000 / medianMs;
    return {
      workers,
      ms: [medianMs * 0.98, medianMs, medianMs * 1.03],
      medianMs,
      speedup,
      efficiency: speedup / workers,
      minSpeedup: 1000 / (medianMs * 1.03),
      maxSpeedup: 1000 / (medianMs * 0.98),
    };
  });
  return { id: 'a', label: 'sum, 8 chunks/worker', points, serialFraction: 0.1 };
}

test('the speedup chart has one median point and one spread bar per worker count, the ideal line and the fit', () => {
  const svg = speedupChart({ sweeps: [amdahlSweep(4)], cores: 2, text });
  document.body.append(svg);
  try {
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.querySelectorAll('.median path, .median circle').length).toBe(4);
    expect(svg.querySelectorAll('.spread line').length).toBe(4);
    expect(svg.querySelectorAll('.amdahl-fit path').length).toBe(1);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('ideal');
    expect(texts).toContain('2 cores');
    expect(texts.some((t) => t?.includes('serial 0.1'))).toBe(true);
  } finally {
    svg.remove();
  }
});

test('two sweeps overlay: twice the points, one fit each', () => {
  const second = { ...amdahlSweep(3), id: 'b', label: 'GIL', serialFraction: 0.9 };
  const svg = speedupChart({ sweeps: [amdahlSweep(4), second], cores: 2, text });
  expect(svg.querySelectorAll('.median path, .median circle').length).toBe(7);
  expect(svg.querySelectorAll('.amdahl-fit path').length).toBe(2);
});

test('the efficiency chart has one point per worker count', () => {
  const svg = efficiencyChart({ sweeps: [amdahlSweep(5)], cores: 2, text });
  expect(svg.querySelectorAll('.efficiency path, .efficiency circle').length).toBe(5);
});

test('CSV has a header and one row per point, and reads back', () => {
  const sweeps = [amdahlSweep(3), { ...amdahlSweep(2), id: 'b', label: 'label, with "quotes"' }];
  const csv = sweepsToCsv(sweeps);
  const lines = csv.trim().split('\n');
  expect(lines[0]).toBe(
    'sweep,workers,median_ms,speedup,efficiency,min_speedup,max_speedup,serial_fraction,ms',
  );
  expect(lines).toHaveLength(6);
  const rows = csvToSweepRows(csv);
  expect(rows.map((r) => r.workers)).toEqual([1, 2, 3, 1, 2]);
  expect(rows[3]?.label).toBe('label, with "quotes"');
  expect(rows[1]?.medianMs).toBeCloseTo(sweeps[0]!.points[1]!.medianMs, 3);
  expect(rows[1]?.ms).toHaveLength(3);
});

test('a standalone SVG declares its namespace and carries the theme colour instead of currentColor', () => {
  const svg = speedupChart({ sweeps: [amdahlSweep(2)], cores: 2, text });
  const source = standaloneSvg(svg, 'rgb(10, 20, 30)', 'rgb(250, 250, 250)');
  expect(source).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(source).not.toContain('currentColor');
  expect(source).toContain('rgb(10, 20, 30)');
  expect(new DOMParser().parseFromString(source, 'image/svg+xml').querySelector('parsererror')).toBeNull();
});
