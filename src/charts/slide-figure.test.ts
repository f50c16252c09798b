import { expect, test } from 'vitest';
import type { Sweep } from '../lib/math/sweep.ts';
import { sweepOf } from '../test-support/sweep-points.ts';
import { histogramChart } from './histogram-chart.ts';
import { SLIDE_COLOURS, slidePng, slideSvg, wrapCaption } from './slide-figure.ts';
import { efficiencyChart, speedupChart, type ChartText } from './speedup-chart.ts';
import { transferChart } from './transfer-chart.ts';

const text: ChartText = {
  workersAxis: 'workers →',
  speedupAxis: '↑ speedup',
  efficiencyAxis: '↑ efficiency',
  ideal: 'ideal',
  cores: (n) => `${n} cores`,
  amdahl: (s) => `serial ${s}`,
};

const sweeps: readonly Sweep[] = [
  { ...sweepOf([1, 1.8, 2.4, 2.9], 0.1), id: 'a', label: 'sum, 4 chunks/worker' },
  { ...sweepOf([1, 1.5, 1.7, 1.8], 0.4), id: 'b', label: 'sum, 1 chunks/worker' },
];

const WHAT =
  'Speedup of the chunked summation, 0..200,000,000, 4 chunks per worker, message passing; 3 repeats';
const MACHINE = '2 logical cores reported, Chromium 156, 2026-12-07';

const parse = (source: string) => {
  const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc.documentElement as unknown as SVGSVGElement;
};

const captionLines = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('text.slide-caption')].map((t) => t.textContent);

test('a slide is 1920 x 1080 with its viewBox, on white, with the caption of inputs and machine at the bottom', async () => {
  const source = await slideSvg((size) => speedupChart({ sweeps, cores: 2, text, ...size }), [WHAT, MACHINE]);
  const svg = parse(source);
  expect(svg.getAttribute('width')).toBe('1920');
  expect(svg.getAttribute('height')).toBe('1080');
  expect(svg.getAttribute('viewBox')).toBe('0 0 1920 1080');
  expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
  expect(svg.querySelector(':scope > rect')?.getAttribute('fill')).toBe(SLIDE_COLOURS.background);
  // Each paragraph on lines of its own, the whole text there, at a size a projector shows.
  const lines = captionLines(svg);
  expect(lines.join(' ')).toBe(`${WHAT} ${MACHINE}`);
  expect(lines.at(-1)).toBe(MACHINE);
  for (const caption of svg.querySelectorAll('text.slide-caption')) {
    expect(Number(caption.getAttribute('font-size'))).toBeGreaterThanOrEqual(28);
    expect(Number(caption.getAttribute('y'))).toBeGreaterThan(900);
    expect(Number(caption.getAttribute('y'))).toBeLessThan(1080);
  }
  // The chart, its median points and its legend inside, scaled so its 12 px text reads at 30 px.
  const chart = svg.querySelector(':scope > g')!;
  expect(chart.getAttribute('transform')).toMatch(/scale\(2\.5\)$/);
  expect(chart.getAttribute('style')).toContain('font-size: 12px');
  expect(chart.querySelectorAll('.median path, .median circle')).toHaveLength(8);
  const chartTexts = [...chart.querySelectorAll('text')].map((t) => t.textContent);
  expect(chartTexts.some((t) => t.startsWith('sum, 1 chunks/worker'))).toBe(true);
  // Colours written in: no currentColor, no page variable.
  expect(source).not.toMatch(/currentColor/i);
  expect(source).not.toContain('var(--');
});

test('the chart fills the slide above the caption: it spans the width and ends just above the caption', async () => {
  const source = await slideSvg((size) => speedupChart({ sweeps, cores: 2, text, ...size }), [WHAT, MACHINE]);
  const host = document.createElement('div');
  host.innerHTML = source;
  document.body.append(host);
  try {
    const svg = host.querySelector('svg')!;
    const chart = svg.querySelector(':scope > g')!.getBoundingClientRect();
    const slide = svg.getBoundingClientRect();
    const caption = svg.querySelector('text.slide-caption')!.getBoundingClientRect();
    expect(chart.width / slide.width).toBeGreaterThan(0.9);
    expect(chart.bottom).toBeLessThanOrEqual(caption.top);
    expect(caption.top - chart.bottom).toBeLessThan(80);
    expect(chart.top - slide.top).toBeLessThan(60);
  } finally {
    host.remove();
  }
});

test('the PNG is 1920 x 1080 pixels, white where the slide has nothing', async () => {
  const source = await slideSvg((size) => speedupChart({ sweeps, cores: 2, text, ...size }), [WHAT, MACHINE]);
  const png = await slidePng(source);
  expect(png.type).toBe('image/png');
  const bitmap = await createImageBitmap(png);
  expect([bitmap.width, bitmap.height]).toEqual([1920, 1080]);
  const canvas = new OffscreenCanvas(1920, 1080);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  expect([...context.getImageData(4, 4, 1, 1).data]).toEqual([255, 255, 255, 255]);
  // Some of the chart and the caption are drawn: dark pixels in the caption's band.
  const band = context.getImageData(0, 960, 1920, 100).data;
  let dark = 0;
  for (let i = 0; i < band.length; i += 4) if (band[i]! < 100) dark++;
  expect(dark).toBeGreaterThan(1000);
});

test('a caption too long for a line wraps between words (English) and between characters (Chinese)', () => {
  const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
  const lines = wrapCaption(long, 600, 30);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join(' ')).toBe(long);
  const zh = '分块求和的加速比，区间 0..200,000,000，每个 Worker 4 块，消息传递；每个点重复 3 次。'.repeat(3);
  const zhLines = wrapCaption(zh, 600, 30);
  expect(zhLines.length).toBeGreaterThan(2);
  // Spaces at a break are dropped; nothing else is.
  const squeeze = (t: string) => t.replace(/\s/g, '');
  expect(squeeze(zhLines.join(''))).toBe(squeeze(zh));
  // A full-width comma never starts a line.
  for (const line of zhLines) expect(line).not.toMatch(/^[，。；]/);
});

test('a very long caption shrinks to fit four lines, never below 22 px', async () => {
  const long = `${WHAT} · ${WHAT} · ${WHAT} · ${WHAT}`;
  const svg = parse(
    await slideSvg((size) => speedupChart({ sweeps, cores: 2, text, ...size }), [long, MACHINE]),
  );
  const sizes = [...svg.querySelectorAll('text.slide-caption')].map((t) =>
    Number(t.getAttribute('font-size')),
  );
  expect(sizes.length).toBeLessThanOrEqual(4);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(22);
  expect(captionLines(svg).join(' ')).toBe(`${long} ${MACHINE}`);
});

test('charts named by a legend beside them on the page carry it on a slide: efficiency, transfer', async () => {
  const efficiency = parse(
    await slideSvg((size) => efficiencyChart({ sweeps, cores: 2, text, ...size }), [WHAT, MACHINE]),
  );
  const labels = (svg: SVGSVGElement) =>
    [...svg.querySelectorAll('.legend-label text')].map((t) => t.textContent);
  expect(labels(efficiency)).toEqual(['sum, 4 chunks/worker', 'sum, 1 chunks/worker']);
  // On the page the efficiency chart has no legend of its own.
  expect(efficiencyChart({ sweeps, cores: 2, text }).querySelectorAll('.legend-label')).toHaveLength(0);

  const points = ['clone', 'transfer'].flatMap((series) =>
    [1024, 4096, 16384].map((bytes) => ({ series, bytes, medianMs: bytes / 1e5, bytesPerSecond: 2e9 })),
  );
  const transfer = parse(
    await slideSvg(
      (size) =>
        transferChart(
          points,
          'time',
          ['clone', 'shared', 'transfer'],
          { sizeAxis: 'size', timeAxis: 'ms', throughputAxis: 'GB/s', seriesName: (s) => `name of ${s}` },
          size,
        ),
      [WHAT, MACHINE],
    ),
  );
  // Only the series measured, in the order that gives their colours.
  expect(labels(transfer)).toEqual(['name of clone', 'name of transfer']);
});

test('the histogram fills a slide too', async () => {
  const svg = parse(
    await slideSvg(
      (size) =>
        histogramChart(
          [10, 12, 12, 15, 20],
          20,
          {
            xAxis: 'final count',
            yAxis: 'runs',
            expected: 'expected',
            bin: (low, high, count) => `${low}-${high}: ${count}`,
          },
          size,
        ),
      [WHAT, MACHINE],
    ),
  );
  expect(svg.querySelectorAll(':scope > g .bins rect').length).toBeGreaterThan(0);
  expect(captionLines(svg).at(-1)).toBe(MACHINE);
});
