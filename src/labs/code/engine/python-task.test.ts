// Python programs run in real pool workers through Pyodide, served by the dev server as the site serves it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPool,
  taskFromSource,
  type Outcome,
  type Pool,
  type PoolEvent,
} from '../../../lib/pool/index.ts';
import { generatorItems, ItemsGeneratorError, rangeParts } from './items-source.ts';
import {
  PYTHON_FILE,
  pyodideIndexUrl,
  pythonErrorPosition,
  pythonItemsSource,
  pythonTaskExpression,
  pythonWarmExpression,
} from './python-task.ts';
import type { CallShape } from './code-files.ts';
import { findFreeIdentifiers } from '../../../lib/pool/task-source/free-identifiers.ts';
import { isWorkerGlobal } from '../../../lib/pool/task-source/worker-globals.ts';

/** Starting CPython in a worker takes seconds on a slow machine; every test below shares the workers. */
const START_MS = 120_000;

let pool: Pool;
const logs: string[] = [];

beforeAll(async () => {
  pool = createPool({
    size: 2,
    idleTimeoutMs: Infinity,
    onEvent: (event: PoolEvent) => {
      if (event.type === 'log') logs.push(event.message);
    },
  });
  // Both workers start Pyodide before the tests' clocks.
  const warm = await run('def work(item):\n    return item\n', [1, 2, 3, 4]);
  expect(warm.map((o) => o.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
}, START_MS);

afterAll(async () => {
  await pool.terminate();
});

const indexUrl = () => pyodideIndexUrl(import.meta.env.BASE_URL, document.baseURI);

async function run(source: string, items: readonly unknown[], shape: CallShape = 'item') {
  const task = taskFromSource(pythonTaskExpression(source, indexUrl(), shape));
  const outcomes: Outcome<unknown, unknown>[] = [];
  for await (const outcome of pool.map(items, task)) outcomes.push(outcome);
  return outcomes;
}

function values(outcomes: readonly Outcome<unknown, unknown>[]): unknown[] {
  return outcomes.map((o) => (o.status === 'ok' ? o.value : `${o.status}`));
}

describe('Python tasks', () => {
  it('pyodideIndexUrl is absolute and ends in pyodide/, for a relative and a root base', () => {
    expect(pyodideIndexUrl('./', 'https://example.org/course/index.html?lab=code')).toBe(
      'https://example.org/course/pyodide/',
    );
    expect(pyodideIndexUrl('/', 'http://127.0.0.1:5173/?lab=code')).toBe('http://127.0.0.1:5173/pyodide/');
  });

  it("sums each part of a range with the learner's work(item): items arrive as dicts", async () => {
    const parts = [...rangeParts(0, 1_000_000, 8)];
    const outcomes = await run('def work(item):\n    return sum(range(item["low"], item["high"]))\n', parts);
    expect(values(outcomes)).toEqual(
      parts.map((p) => ((p.high - 1) * p.high) / 2 - ((p.low - 1) * p.low) / 2),
    );
    expect(new Set(outcomes.map((o) => o.workerId)).size).toBe(2);
  });

  it('gives dicts back as objects, lists as arrays, None as undefined and big ints as bigints', async () => {
    const source = [
      'def work(item):',
      '    if item == 0: return {"n": 1, "xs": [1, 2]}',
      '    if item == 1: return None',
      '    return 2 ** 70',
      '',
    ].join('\n');
    expect(values(await run(source, [0, 1, 2]))).toEqual([{ n: 1, xs: [1, 2] }, undefined, 2n ** 70n]);
  });

  it('keeps top-level state once per worker, and a second program does not see the first one’s names', async () => {
    const counting = 'calls = 0\n\ndef work(item):\n    global calls\n    calls += 1\n    return calls\n';
    const outcomes = await run(counting, [0, 1, 2, 3, 4, 5]);
    const perWorker = new Map<number | null, number>();
    for (const o of outcomes) perWorker.set(o.workerId, (perWorker.get(o.workerId) ?? 0) + 1);
    // Each worker counted its own items: the largest count a worker reports is how many it ran.
    for (const [workerId, count] of perWorker) {
      const seen = outcomes
        .filter((o) => o.workerId === workerId)
        .map((o) => (o.status === 'ok' ? o.value : 0));
      expect(Math.max(...(seen as number[]))).toBe(count);
    }
    const other = await run('def work(item):\n    return "calls" in globals()\n', [0, 1]);
    expect(values(other)).toEqual([false, false]);
  });

  it('turns a Python exception into an error named by its type, at the learner’s line', async () => {
    const source = 'def helper(x):\n    return 10 / x\n\ndef work(item):\n    return helper(item)\n';
    const [ok, failed] = await run(source, [5, 0]);
    expect(ok).toMatchObject({ status: 'ok', value: 2 });
    expect(failed?.status).toBe('error');
    if (failed?.status !== 'error') return;
    expect(failed.error.name).toBe('ZeroDivisionError');
    expect(failed.error.message).toBe('division by zero');
    // The innermost of the learner's frames: helper's line 2, not work's line 5.
    expect(pythonErrorPosition(failed.error.stack, PYTHON_FILE)).toEqual({ line: 2, column: 0 });
    expect(failed.error.stack).toContain('Traceback');
  });

  it('reports a syntax error at its line, and a program without work, on every item', async () => {
    const broken = await run('def work(item):\n    return item +\n', [1, 2]);
    for (const outcome of broken) {
      expect(outcome.status).toBe('error');
      if (outcome.status !== 'error') continue;
      expect(outcome.error.name).toBe('SyntaxError');
      expect(pythonErrorPosition(outcome.error.stack, PYTHON_FILE)?.line).toBe(2);
    }
    const missing = await run('def other(item):\n    return item\n', [1]);
    expect(missing[0]).toMatchObject({
      status: 'error',
      error: { name: 'TypeError', message: 'your code must define a function work(item)' },
    });
  });

  it('awaits async def work, and print() arrives as a log event', async () => {
    const source = [
      'import asyncio',
      '',
      'async def work(item):',
      '    await asyncio.sleep(0.01)',
      '    print("item", item)',
      '    return item * 2',
      '',
    ].join('\n');
    expect(values(await run(source, [1, 2, 3]))).toEqual([2, 4, 6]);
    expect(logs).toEqual(expect.arrayContaining(['item 1', 'item 2', 'item 3']));
  });

  it('hands work(item, shared) the run’s shared Int32Array, which Python writes in place', async () => {
    const shared = new Int32Array(new SharedArrayBuffer(4));
    const source =
      'from js import Atomics\n\ndef work(item, shared):\n    Atomics.add(shared, 0, item)\n    return item\n';
    const items = [1, 2, 3, 4, 5].map((item) => ({ item, shared }));
    expect(values(await run(source, items, 'shared'))).toEqual([1, 2, 3, 4, 5]);
    expect(shared[0]).toBe(15);
  });
});

describe('what the worker compiles', () => {
  it('uses no name from the page: each text compiles alone in a worker, as built', () => {
    const url = 'https://example.org/pyodide/';
    for (const text of [
      pythonTaskExpression('def work(item):\n    return item\n', url, 'item'),
      pythonTaskExpression('def work(item, shared):\n    return item\n', url, 'shared'),
      pythonWarmExpression(url),
    ]) {
      expect(findFreeIdentifiers(text).filter((name) => !isWorkerGlobal(name))).toEqual([]);
    }
    // The items source declares `items` for the items worker's wrapper; nothing else is free.
    const items = pythonItemsSource('def items():\n    yield 1\n', url);
    expect(
      findFreeIdentifiers(`(() => { ${items} return items; })()`).filter((n) => !isWorkerGlobal(n)),
    ).toEqual([]);
  });
});

describe('the Python warm-up task', () => {
  it(
    'starts Python in a fresh worker: it is there after the warm-up and not before',
    async () => {
      const fresh = createPool({ size: 1 });
      try {
        const started = (): boolean => '__playgroundPyodide' in self;
        const ask = async () => {
          for await (const o of fresh.map([0], started)) return o.status === 'ok' ? o.value : o.status;
          return undefined;
        };
        expect(await ask()).toBe(false);
        const warm = taskFromSource<number, unknown>(pythonWarmExpression(indexUrl()));
        for await (const o of fresh.map([1], warm)) expect(o.status).toBe('ok');
        expect(await ask()).toBe(true);
      } finally {
        await fresh.terminate();
      }
    },
    START_MS,
  );

  it('starts Python and holds its worker for its item (ms)', async () => {
    const warm = taskFromSource<number, unknown>(pythonWarmExpression(indexUrl()));
    const outcomes: Outcome<number, unknown>[] = [];
    for await (const outcome of pool.map([60], warm)) outcomes.push(outcome);
    const [held] = outcomes;
    expect(held?.status).toBe('ok');
    if (held?.status !== 'ok') return;
    expect((held.endMs ?? 0) - (held.startMs ?? 0)).toBeGreaterThanOrEqual(50);
  });
});

describe('Python items generators', () => {
  /** Every item, or the generator's error after the items made before it. */
  async function collect(source: string) {
    const items: unknown[] = [];
    const signal = new AbortController().signal;
    try {
      for await (const item of generatorItems(pythonItemsSource(source, indexUrl()), {
        signal,
        pullTimeoutMs: START_MS,
        batch: 2,
      }))
        items.push(item);
    } catch (error) {
      return { items, error };
    }
    return { items, error: undefined };
  }

  it(
    'gives what the generator yields, made plain, in order and across pulls',
    async () => {
      const { items, error } = await collect(
        'def items():\n    for i in range(5):\n        yield {"id": i, "tags": ["a"] * i}\n',
      );
      expect(error).toBeUndefined();
      expect(items).toEqual([0, 1, 2, 3, 4].map((id) => ({ id, tags: Array<string>(id).fill('a') })));
    },
    START_MS,
  );

  it(
    'an exception ends the items after those made before it, at its line',
    async () => {
      const { items, error } = await collect('def items():\n    yield 1\n    yield 2\n    yield 1 / 0\n');
      expect(items).toEqual([1, 2]);
      expect(error).toBeInstanceOf(ItemsGeneratorError);
      const failure = error as ItemsGeneratorError;
      expect(failure.reason).toBe('threw');
      expect(failure.detail).toBe('ZeroDivisionError: division by zero');
      expect(failure.at).toEqual({ line: 4, column: 0 });
    },
    START_MS,
  );

  it(
    'a program without items(), or whose items() is not a generator, says what it must be',
    async () => {
      const missing = await collect('def other():\n    yield 1\n');
      expect((missing.error as ItemsGeneratorError).detail).toBe(
        'TypeError: your items code must define a generator: def items()',
      );
      const plain = await collect('def items():\n    return 5\n');
      expect((plain.error as ItemsGeneratorError).detail).toMatch(
        /^TypeError: items\(\) must return something iterable/,
      );
    },
    START_MS,
  );
});
