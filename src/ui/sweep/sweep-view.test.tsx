import { downloadsDuring } from '../../test-support/downloads.ts';
import { act } from 'react';
import { afterEach, expect, test, vi } from 'vitest';
import type { Sweep } from '../../lib/math/sweep.ts';
import { sweepOf } from '../../test-support/sweep-points.ts';
import { mountInLang, unmountAll } from '../mount-for-test.tsx';
import { SweepView } from './sweep-view.tsx';

const render = mountInLang;

afterEach(unmountAll);

/** Two sweeps of the same problem: the tables compare them point by point. */
const two: readonly Sweep[] = [
  { ...sweepOf([1, 1.9, 1.92], 0.04), id: 'a', label: 'first', problem: 'p' },
  { ...sweepOf([1, 1.5, 1.6], 0.3), id: 'b', label: 'second', problem: 'p' },
];

const texts = (nodes: Iterable<Element>) => [...nodes].map((n) => n.textContent.trim());

test('nothing is drawn without a sweep', () => {
  const view = render(<SweepView sweeps={[]} cores={2} fileName="x" />);
  expect(view.childElementCount).toBe(0);
});

test('the legend, both charts with their readings, the exports and a table per sweep, in that order', async () => {
  const view = render(
    <SweepView sweeps={two} cores={2} fileName="x">
      <p id="follow-up">after the exports</p>
    </SweepView>,
  );
  const legend = view.querySelector('ul.legend')!;
  expect(legend.getAttribute('aria-label')).toBe('Sweeps');
  expect(texts(legend.querySelectorAll('li'))).toEqual(['first', 'second']);
  // Without onRemove the entries have no remove button.
  expect(legend.querySelectorAll('button')).toHaveLength(0);
  expect(texts(view.querySelectorAll('h4'))).toEqual([
    'Speedup against workers',
    'Efficiency (speedup / workers)',
  ]);
  // The readings are of the last sweep.
  expect(view.querySelector('[data-testid="speedup-reading"]')?.textContent).toContain('1.50×');
  expect(view.querySelector('[data-testid="amdahl"]')?.textContent).toContain('serial fraction of 30.0%');
  expect(view.querySelector('[data-testid="efficiency-reading"]')?.textContent).toContain('75% with 2');
  const exports = view.querySelector('[role="group"][aria-label="Export"]')!;
  // The data, then the speedup chart as drawn and as a slide.
  expect(texts(exports.querySelectorAll('button'))).toEqual([
    'CSV',
    'JSON',
    'SVG',
    'PNG',
    'Slide SVG',
    'Slide PNG',
  ]);
  expect(exports.textContent).toContain('Speedup chart:');
  // The efficiency chart's own row, between it and its reading.
  const efficiencyRow = view.querySelector(
    '[aria-label="Export the chart “Efficiency (speedup / workers)”"]',
  )!;
  expect(efficiencyRow.textContent).toMatch(/^Efficiency chart:/);
  expect(texts(efficiencyRow.querySelectorAll('button'))).toEqual(['SVG', 'PNG', 'Slide SVG', 'Slide PNG']);
  const efficiencyReading = view.querySelector('[data-testid="efficiency-reading"]')!;
  expect(
    efficiencyRow.compareDocumentPosition(efficiencyReading) & Node.DOCUMENT_POSITION_FOLLOWING,
  ).toBeTruthy();
  const tables = view.querySelectorAll('table');
  expect(texts(view.querySelectorAll('caption'))).toEqual(['Data: first', 'Data: second']);
  expect(tables[0]!.querySelector('thead')?.textContent).toContain('Time vs the fastest sweep');
  expect(view.querySelectorAll('[data-testid="versus-fastest"]')).toHaveLength(2);
  // The lab's own content goes between the exports and the tables.
  const followUp = view.querySelector('#follow-up')!;
  expect(exports.compareDocumentPosition(followUp) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(followUp.compareDocumentPosition(tables[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  // The charts load their module on first draw.
  await vi.waitFor(() => {
    expect(view.querySelector('svg[aria-label="Speedup against workers"]')).not.toBeNull();
    expect(view.querySelector('svg[aria-label="Efficiency (speedup / workers)"]')).not.toBeNull();
  });
});

test('remove buttons call back with the id, except on the sweep being measured; the permalink is opt-in', () => {
  const removed: string[] = [];
  const view = render(
    <SweepView
      sweeps={two}
      cores={2}
      fileName="x"
      permalink
      onRemove={(id) => removed.push(id)}
      measuring="b"
    />,
  );
  const buttons = [...view.querySelectorAll<HTMLButtonElement>('ul.legend button')];
  expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(['Remove first', 'Remove second']);
  expect(buttons.map((b) => b.disabled)).toEqual([false, true]);
  act(() => buttons[0]!.click());
  expect(removed).toEqual(['a']);
  expect(texts(view.querySelectorAll('[role="group"] button'))).toContain('Copy permalink');
});

test('exported files are named from fileName', () => {
  const names: string[] = [];
  const keep = (event: MouseEvent) => {
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      names.push(event.target.download);
      event.preventDefault();
    }
  };
  document.addEventListener('click', keep, true);
  try {
    const view = render(<SweepView sweeps={two} cores={2} fileName="code-sweep" />);
    const [csv, json] = view.querySelectorAll<HTMLButtonElement>('[aria-label="Export"] button');
    act(() => csv!.click());
    act(() => json!.click());
  } finally {
    document.removeEventListener('click', keep, true);
  }
  expect(names).toHaveLength(2);
  expect(names[0]).toMatch(/^code-sweep-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.csv$/);
  expect(names[1]).toMatch(/^code-sweep-.*\.json$/);
});

test('in 简体中文', () => {
  const view = render(<SweepView sweeps={two} cores={2} fileName="x" />, 'zh');
  expect(view.querySelector('ul.legend')?.getAttribute('aria-label')).toBe('扫描结果');
  expect(texts(view.querySelectorAll('caption'))).toEqual(['数据：first', '数据：second']);
  expect(view.querySelector('[role="group"][aria-label="导出"]')).not.toBeNull();
  expect(texts(view.querySelectorAll('[aria-label="导出"] button'))).toEqual([
    'CSV',
    'JSON',
    'SVG',
    'PNG',
    '幻灯片 SVG',
    '幻灯片 PNG',
  ]);
  expect(view.querySelector('[aria-label="导出图表“效率（加速比 / Worker 数量）”"]')?.textContent).toMatch(
    /^效率图：/,
  );
});

const button = (view: HTMLElement, group: string, name: string) =>
  [...view.querySelectorAll<HTMLButtonElement>(`[aria-label="${group}"] button`)].find(
    (b) => b.textContent === name,
  )!;

test('the speedup chart as a slide: 1920 x 1080, the caption with each sweep as the lab describes it, and the machine', async () => {
  const view = render(
    <SweepView
      sweeps={two}
      cores={2}
      fileName="speedup"
      describeSweep={(sweep) =>
        `the chunked summation, 0..200,000,000, ${sweep.label} setting, message passing`
      }
    />,
  );
  const [slide] = await downloadsDuring(() => act(() => button(view, 'Export', 'Slide SVG').click()), 1);
  expect(slide!.name).toMatch(/^speedup-slide-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.svg$/);
  const svg = new DOMParser().parseFromString(await slide!.blob.text(), 'image/svg+xml').documentElement;
  expect(svg.getAttribute('width')).toBe('1920');
  expect(svg.getAttribute('height')).toBe('1080');
  expect(svg.getAttribute('viewBox')).toBe('0 0 1920 1080');
  const caption = [...svg.querySelectorAll('text.slide-caption')].map((t) => t.textContent).join(' ');
  expect(caption).toContain(
    'Speedup of the chunked summation, 0..200,000,000, first setting, message passing, 1 repeat per point; the chunked summation, 0..200,000,000, second setting, message passing, 1 repeat per point',
  );
  const browser = /Chrome\/(\d+)/.exec(navigator.userAgent)?.[1];
  const cores = navigator.hardwareConcurrency;
  expect(caption).toMatch(
    new RegExp(`${cores} logical cores? reported, Chromium ${browser}, \\d{4}-\\d\\d-\\d\\d$`),
  );
  // The chart on it is the speedup chart, with both sweeps.
  expect(svg.querySelectorAll('.median path, .median circle')).toHaveLength(6);
});

test('the efficiency chart as a slide PNG: 1920 x 1080 pixels, named after the view', async () => {
  const view = render(<SweepView sweeps={two} cores={2} fileName="code-speedup" />);
  const row = 'Export the chart “Efficiency (speedup / workers)”';
  const [png] = await downloadsDuring(() => act(() => button(view, row, 'Slide PNG').click()), 1);
  expect(png!.name).toMatch(/^code-speedup-efficiency-slide-.*\.png$/);
  const bitmap = await createImageBitmap(png!.blob);
  expect([bitmap.width, bitmap.height]).toEqual([1920, 1080]);
});

test('in 简体中文 the slide caption and the machine line are Chinese; without a description, the sweep labels', async () => {
  const view = render(<SweepView sweeps={two} cores={2} fileName="x" />, 'zh');
  const [slide] = await downloadsDuring(() => act(() => button(view, '导出', '幻灯片 SVG').click()), 1);
  const svg = new DOMParser().parseFromString(await slide!.blob.text(), 'image/svg+xml').documentElement;
  const lines = [...svg.querySelectorAll('text.slide-caption')].map((t) => t.textContent);
  expect(lines.join('')).toContain('加速比：first，每个点重复 1 次；second，每个点重复 1 次');
  expect(lines.at(-1)).toMatch(/^浏览器报告 \d+ 个逻辑核心，Chromium \d+，\d{4}-\d\d-\d\d$/);
});
