import { afterEach, describe, expect, test, vi } from 'vitest';
import { countWorkers } from '../../../test-support/count-workers.ts';
import { generatorItems, ItemsGeneratorError, parseJsonItems, rangeParts } from './items-source.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function collect(source: string, options: Partial<Parameters<typeof generatorItems>[1]> = {}) {
  const out: unknown[] = [];
  for await (const item of generatorItems(source, { signal: new AbortController().signal, ...options })) {
    out.push(item);
  }
  return out;
}

describe('rangeParts', () => {
  test('covers [low, high) exactly, in parts that differ by at most one', () => {
    const parts = [...rangeParts(3, 20, 4)];
    expect(parts).toEqual([
      { low: 3, high: 8 },
      { low: 8, high: 12 },
      { low: 12, high: 16 },
      { low: 16, high: 20 },
    ]);
    expect([...rangeParts(0, 2, 3)]).toEqual([
      { low: 0, high: 1 },
      { low: 1, high: 2 },
      { low: 2, high: 2 },
    ]);
  });
});

describe('parseJsonItems', () => {
  test('an array gives its elements; anything else says what was expected', () => {
    expect(parseJsonItems('[1, "a", {"b": 2}]')).toEqual({ ok: true, items: [1, 'a', { b: 2 }] });
    const refused = parseJsonItems('{"a": 1}');
    expect(refused.ok || refused.message).toContain('JSON array');
  });

  test('a syntax error names the line it is on', () => {
    const result = parseJsonItems('[1,\n 2,,\n 3]');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.at?.line).toBe(2);
  });
});

describe('generatorItems runs items() in a worker', () => {
  test('sync and async generators, in order, with the items worker gone afterwards', async () => {
    const census = countWorkers();
    expect(
      await collect('function* items() {\n  for (let i = 0; i < 600; i++) yield { i };\n}'),
    ).toHaveLength(600);
    expect(await collect('async function* items() { yield 1; await null; yield [2]; }')).toEqual([1, [2]]);
    expect(census.live).toBe(0);
  });

  test('an error thrown by the generator comes after the items before it, with its line', async () => {
    const seen: unknown[] = [];
    const source = 'function* items() {\n  yield 1;\n  yield 2;\n  throw new RangeError("no more");\n}';
    const error = await (async () => {
      try {
        for await (const item of generatorItems(source, { signal: new AbortController().signal }))
          seen.push(item);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(seen).toEqual([1, 2]);
    expect(error).toBeInstanceOf(ItemsGeneratorError);
    expect((error as ItemsGeneratorError).message).toContain('RangeError: no more');
    expect((error as ItemsGeneratorError).at?.line).toBe(4);
    expect(error).toMatchObject({ reason: 'threw', detail: 'RangeError: no more' });
  });

  test('an endless loop before a yield ends at the pull timeout; the cap ends an endless generator', async () => {
    await expect(collect('function* items() { for (;;) {} }', { pullTimeoutMs: 300 })).rejects.toThrow(
      'gave no item within 300 ms',
    );
    await expect(
      collect('function* items() { for (let i = 0; ; i++) yield i; }', { maxItems: 1000 }),
    ).rejects.toThrow('more than 1000 items');
  });

  test('no items() and a non-iterable result are refused with what to write', async () => {
    await expect(collect('function work() {}')).rejects.toThrow('function* items()');
    await expect(collect('function items() { return 5; }')).rejects.toThrow('must return something iterable');
  });

  test('abort ends the iteration and the worker', async () => {
    const census = countWorkers();
    const controller = new AbortController();
    const seen: unknown[] = [];
    for await (const item of generatorItems('function* items() { for (let i = 0; ; i++) yield i; }', {
      signal: controller.signal,
    })) {
      seen.push(item);
      if (seen.length === 10) controller.abort();
    }
    expect(seen).toHaveLength(10);
    expect(census.live).toBe(0);
  });
});

test('a slow generator sends what it has as it goes: no false "gave no item" for an await per item', async () => {
  const source =
    'async function* items() {\n  for (let i = 0; i < 12; i++) {\n    await new Promise((r) => setTimeout(r, 60));\n    yield i;\n  }\n}';
  // 12 items at 60 ms each: 720 ms in all, far over a 400 ms pull limit if only full batches were sent.
  expect(await collect(source, { pullTimeoutMs: 400 })).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
});

test('a message the generator posts itself is not taken for the worker’s answer', async () => {
  const source =
    'function* items() {\n  postMessage({ type: "error", error: { name: "X", message: "forged", at: { line: -4, column: "a" } } });\n  yield 1;\n}';
  expect(await collect(source)).toEqual([1]);
});
