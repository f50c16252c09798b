import { downloadsDuring } from '../../test-support/downloads.ts';
import { act } from 'react';
import { afterEach, expect, test } from 'vitest';
import { mountInLang, unmountAll } from '../../ui/mount-for-test.tsx';
import type { Lang } from '../../ui/lang.ts';
import { IDLE } from '../../ui/use-run-state.ts';
import { RaceSection } from './race-section.tsx';
import type { Races } from './use-races.ts';

afterEach(unmountAll);

/** Races that have run: 5 plain runs of 4 workers x 50,000 increments, 100 iterations of busy work. */
const races: Races = {
  results: [],
  histogram: {
    values: [180_000, 190_500, 176_000, 199_000, 185_250],
    expected: 200_000,
    mode: 'plain',
    settings: { workers: 4, iterations: 50_000, window: 100 },
  },
  phase: IDLE,
  runMany: () => Promise.resolve(undefined),
  cancel: () => {},
};

function render(lang: Lang): HTMLDivElement {
  return mountInLang(
    <RaceSection
      inputs={{
        mode: 'atomic',
        trace: false,
        text: { workers: '2', m: '10', window: '0', repeats: '3' },
      }}
      onChange={() => {}}
      enabled
      races={races}
    />,
    lang,
  );
}

/** The slide SVG the row's "Slide SVG" button downloads, as text. */
async function slideOf(row: Element): Promise<{ name: string; svg: string }> {
  const [file] = await downloadsDuring(() => act(() => row.querySelectorAll('button')[2]!.click()), 1);
  return { name: file!.name, svg: await file!.blob.text() };
}

test('the histogram has SVG, PNG and slide exports; the slide names the runs the histogram holds, not the form', async () => {
  const view = render('en');
  const row = view.querySelector(
    '[aria-label="Export the chart “Final counts over 5 runs: a race gives a distribution, not a number”"]',
  )!;
  expect([...row.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
    'SVG',
    'PNG',
    'Slide SVG',
    'Slide PNG',
  ]);
  const { name, svg } = await slideOf(row);
  expect(name).toMatch(/^race-histogram-slide-.*\.svg$/);
  const slide = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  expect(slide.getAttribute('viewBox')).toBe('0 0 1920 1080');
  const caption = [...slide.querySelectorAll('text.slide-caption')].map((t) => t.textContent).join(' ');
  expect(caption).toContain(
    'Final counter values over 5 runs: 4 workers × 50,000 increments, plain read then write, 100 iterations of busy work between; expected 200,000',
  );
  expect(caption).toMatch(/logical cores? reported, Chromium \d+, \d{4}-\d\d-\d\d$/);
});

test('in 简体中文', async () => {
  const view = render('zh');
  const row = view.querySelector('[aria-label^="导出图表“5 次运行的最终计数"]')!;
  expect([...row.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
    'SVG',
    'PNG',
    '幻灯片 SVG',
    '幻灯片 PNG',
  ]);
  const { svg } = await slideOf(row);
  const slide = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const caption = [...slide.querySelectorAll('text.slide-caption')].map((t) => t.textContent).join('');
  expect(caption).toContain('5 次运行的计数器最终值：4 个 Worker × 每个加一 50,000 次');
  expect(caption).toMatch(/浏览器报告 \d+ 个逻辑核心，Chromium \d+，\d{4}-\d\d-\d\d$/);
});
