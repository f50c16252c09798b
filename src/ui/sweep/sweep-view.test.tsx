import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, test, vi } from 'vitest';
import type { Sweep } from '../../lib/math/sweep.ts';
import { sweepOf } from '../../test-support/sweep-points.ts';
import { LangContext } from '../i18n-context.tsx';
import type { Lang } from '../lang.ts';
import { SweepView } from './sweep-view.tsx';

// React's act() needs this flag outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let host: HTMLDivElement | undefined;

function render(node: ReactNode, lang: Lang = 'en'): HTMLDivElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<LangContext.Provider value={lang}>{node}</LangContext.Provider>));
  return host;
}

afterEach(() => {
  if (root) act(() => root!.unmount());
  host?.remove();
  root = undefined;
  host = undefined;
});

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
  const exports = view.querySelector('[role="group"]')!;
  expect(exports.getAttribute('aria-label')).toBe('Export');
  expect(texts(exports.querySelectorAll('button'))).toEqual(['CSV', 'JSON', 'SVG', 'PNG']);
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
    const [csv, json] = view.querySelectorAll<HTMLButtonElement>('[role="group"] button');
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
  expect(view.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('导出');
});
