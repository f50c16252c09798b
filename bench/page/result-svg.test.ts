import { expect, test } from 'vitest';
import type { BenchResult } from './bench-types.ts';
import { resultSvg, sweepFromPoints } from './result-svg.ts';

const env = { userAgent: 'test', hardwareConcurrency: 2, crossOriginIsolated: true };

test('a worker-count result becomes the speedup chart, peers overlaid', () => {
  const result: BenchResult = {
    env,
    workload: { name: 'sum', params: {} },
    points: [
      { workers: 1, ms: [100, 102, 98], medianMs: 100 },
      { workers: 2, ms: [51, 50, 52], medianMs: 51 },
    ],
    peers: {
      workerpool: {
        points: [
          { workers: 1, ms: [120] },
          { workers: 2, ms: [90] },
        ],
      },
    },
    table: { columns: [], rows: [] },
  };
  const svg = resultSvg(result);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(doc.querySelectorAll('.median path, .median circle').length).toBe(4);
  expect(svg).toContain('ideal');
});

test('a result without worker counts is refused with the reason', () => {
  const result: BenchResult = {
    env,
    workload: { name: 'transfer', params: {} },
    points: [{ bytes: 1, ms: [1] }],
    table: { columns: [], rows: [] },
  };
  expect(() => resultSvg(result)).toThrow(/no worker-count points/);
});

test('speedups are against the sweep’s own 1-worker median', () => {
  const sweep = sweepFromPoints(
    'x',
    'x',
    [
      { workers: 2, ms: [25] },
      { workers: 1, ms: [50] },
    ],
    2,
  );
  expect(sweep?.points.map((p) => p.speedup)).toEqual([1, 2]);
});
