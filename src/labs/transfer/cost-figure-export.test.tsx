import { downloadsDuring } from '../../test-support/downloads.ts';
import { act } from 'react';
import { afterEach, expect, test } from 'vitest';
import { mountInLang, unmountAll } from '../../ui/mount-for-test.tsx';
import type { Lang } from '../../ui/lang.ts';
import { CostResults } from './cost-section.tsx';
import type { CopyReferencePoint, TransferPoint } from './engine/measure-transfers.ts';
import type { Transport } from './engine/transfer-protocol.ts';

afterEach(unmountAll);

const SIZES = [1024, 2048, 4096];

/** A sweep of 1 KB to 4 KB, 3 round trips per point, clone and transfer, with the copy reference. */
const points: TransferPoint[] = (['clone', 'transfer'] as Transport[]).flatMap((transport) =>
  SIZES.map((bytes) => ({
    transport,
    bytes,
    ms: [0.1, 0.12, 0.11],
    medianMs: 0.11,
    bytesPerSecond: (2 * bytes) / 0.00011,
    pageSendMs: 0.01,
    pageReadMs: 0.01,
    workerReadMs: 0.01,
  })),
);
const references: CopyReferencePoint[] = SIZES.map((bytes) => ({
  bytes,
  medianMs: 0.001,
  bytesPerSecond: bytes / 0.000001,
}));

const render = (lang: Lang) => mountInLang(<CostResults points={points} references={references} />, lang);

/** The slide SVG the row's "Slide SVG" button downloads, parsed. */
async function slideOf(row: Element): Promise<{ name: string; svg: Document }> {
  const [file] = await downloadsDuring(() => act(() => row.querySelectorAll('button')[2]!.click()), 1);
  const text = await file!.blob.text();
  return { name: file!.name, svg: new DOMParser().parseFromString(text, 'image/svg+xml') };
}

const caption = (svg: Document, join = ' ') =>
  [...svg.querySelectorAll('text.slide-caption')].map((t) => t.textContent).join(join);

test('both transfer charts have SVG, PNG and slide exports; each slide names the sweep and carries the legend', async () => {
  const view = render('en');
  const time = view.querySelector('[aria-label="Export the chart “Round-trip time against payload size”"]')!;
  const throughput = view.querySelector('[aria-label="Export the chart “Throughput against payload size”"]')!;
  for (const row of [time, throughput]) {
    expect([...row.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'SVG',
      'PNG',
      'Slide SVG',
      'Slide PNG',
    ]);
  }
  const timeSlide = await slideOf(time);
  expect(timeSlide.name).toMatch(/^transfer-time-slide-.*\.svg$/);
  expect(timeSlide.svg.documentElement.getAttribute('width')).toBe('1920');
  expect(caption(timeSlide.svg)).toContain(
    'Round trip, page to worker and back, against payload size: 1 KB to 4 KB, doubling; median of 3 round trips per point; the in-page memory copy as reference',
  );
  expect(caption(timeSlide.svg)).toMatch(/logical cores? reported, Chromium \d+, \d{4}-\d\d-\d\d$/);
  // On the page the legend is beside the chart; on the slide it is on it.
  expect([...timeSlide.svg.querySelectorAll('.legend-label text')].map((t) => t.textContent)).toEqual([
    'clone (typed array, copied)',
    'transfer (ArrayBuffer moved)',
    'memory copy in the page (reference)',
  ]);
  const throughputSlide = await slideOf(throughput);
  expect(throughputSlide.name).toMatch(/^transfer-throughput-slide-.*\.svg$/);
  expect(caption(throughputSlide.svg)).toContain(
    'Throughput (2 × payload per round trip) against payload size',
  );
});

test('in 简体中文', async () => {
  const view = render('zh');
  const row = view.querySelector('[aria-label="导出图表“往返时间与数据大小”"]')!;
  expect([...row.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
    'SVG',
    'PNG',
    '幻灯片 SVG',
    '幻灯片 PNG',
  ]);
  const { svg } = await slideOf(row);
  expect(caption(svg, '')).toContain('1 KB 至 4 KB，逐次翻倍；每个点取 3 次往返的中位数');
  expect(caption(svg, '')).toMatch(/浏览器报告 \d+ 个逻辑核心，Chromium \d+，\d{4}-\d\d-\d\d$/);
});
