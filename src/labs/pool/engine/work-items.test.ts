import { expect, test } from 'vitest';
import { runWorkItem } from './run-work-item.ts';
import { makeItem, workItems, type ItemSettings } from './work-items.ts';

const settings: ItemSettings = {
  n: 10_000,
  kind: 'mixed',
  throwPct: 10,
  hangPct: 5,
  falsyPct: 10,
  ioMinMs: 0,
  ioMaxMs: 2,
  cpuAmount: 1000,
  seed: 7,
  preset: 'custom',
};

test('failure shares follow the chosen rates and the same seed gives the same items', () => {
  const items = [...workItems(settings)];
  const share = (fail: string) => items.filter((item) => item.fail === fail).length / items.length;
  expect(share('throw')).toBeCloseTo(0.1, 1);
  expect(share('hang')).toBeCloseTo(0.05, 1);
  expect(share('falsy')).toBeCloseTo(0.1, 1);
  expect(makeItem(123, settings)).toEqual(makeItem(123, settings));
  expect(items.filter((item) => item.log).length).toBeLessThanOrEqual(2000);
});

test('the task computes, returns falsy values, and throws, with nothing but its argument', async () => {
  expect(runWorkItem({ i: 1, kind: 'cpu', amount: 100, fail: null, log: false })).toBe(25);
  expect(runWorkItem({ i: 4, kind: 'cpu', amount: 100, fail: 'falsy', log: false })).toBe(0);
  expect(() => runWorkItem({ i: 2, kind: 'cpu', amount: 100, fail: 'throw', log: false })).toThrow(
    'item 2 failed on purpose',
  );
  // Self-contained: it still works when rebuilt from its source text, as the pool ships it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- rebuilding from source text is what the pool does
  const rebuilt = new Function(`return (${runWorkItem.toString()})`)() as typeof runWorkItem;
  expect(rebuilt({ i: 1, kind: 'cpu', amount: 100, fail: null, log: false })).toBe(25);
  expect(await Promise.resolve(rebuilt({ i: 3, kind: 'io', amount: 1, fail: null, log: false }))).toBe(1);
});

test('the process_url preset makes simulated I/O items with URLs, and returns the URL as the article does', async () => {
  const item = makeItem(0, {
    ...settings,
    preset: 'process_url',
    ioMinMs: 1,
    ioMaxMs: 1,
    falsyPct: 0,
    throwPct: 0,
    hangPct: 0,
  });
  expect(item.kind).toBe('io');
  expect(item.url).toBe('https://example.com/articles/1');
  expect(await Promise.resolve(runWorkItem(item))).toBe('https://example.com/articles/1');
});
