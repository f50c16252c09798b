// The pool lab's simulated GIL between real workers: the task's lock (run-work-item.ts) read through the
// page's side (pool-gil.ts). Each worker here runs the task rebuilt from its source text, as the pool
// ships it, one item per message, so the test decides which worker runs what and when.
import { afterEach, expect, test } from 'vitest';
import { createPoolGil, freeGilHeldBy, gilFigures, type PoolGil } from './pool-gil.ts';
import { runWorkItem } from './run-work-item.ts';
import type { WorkItem } from './work-items.ts';

interface Done {
  readonly value: unknown;
  /** Wall-clock ms (performance.timeOrigin + now), comparable across threads. */
  readonly end: number;
}

const started: Worker[] = [];
afterEach(() => {
  for (const worker of started.splice(0)) worker.terminate();
});

/** A worker that runs each item it is sent through the task and answers with the value and the end time. */
function taskWorker(): (item: WorkItem) => Promise<Done> {
  const source = `const task = (${runWorkItem.toString()});
onmessage = (e) => postMessage({ value: task(e.data), end: performance.timeOrigin + performance.now() });`;
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  started.push(worker);
  return (item) =>
    new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<Done>) => resolve(e.data);
      worker.onerror = (e) => reject(new Error(e.message));
      worker.postMessage(item);
    });
}

const cpu = (i: number, amount: number, gil: PoolGil): WorkItem => ({
  i,
  kind: 'cpu',
  amount,
  fail: null,
  log: false,
  gil,
});

async function untilTurns(gil: PoolGil, turns: number): Promise<void> {
  while (gilFigures(gil).turns < turns) await new Promise((resolve) => setTimeout(resolve, 2));
}

test('two workers computing at once never hold the GIL together, and hand it over', async () => {
  const gil = createPoolGil(2);
  const [a, b] = [taskWorker(), taskWorker()];
  const run = async (send: (item: WorkItem) => Promise<Done>, first: number) => {
    const values: unknown[] = [];
    // Each item counts primes below 300,000: several switch intervals of work.
    for (let k = 0; k < 4; k++) values.push((await send(cpu(first + k, 300_000, gil))).value);
    return values;
  };
  const [fromA, fromB] = await Promise.all([run(a, 0), run(b, 10)]);
  expect([...fromA, ...fromB]).toEqual(Array.from({ length: 8 }, () => 25_997));
  const figures = gilFigures(gil);
  expect(figures.mostHolding).toBe(1);
  // 8 items took it once each at least; with both computing, holders handed it over at switch intervals.
  expect(figures.turns).toBeGreaterThan(8);
  expect(figures.holder).toBe(0);
});

test('a simulated I/O wait releases the GIL: another worker computes meanwhile', async () => {
  const gil = createPoolGil();
  const [a, b] = [taskWorker(), taskWorker()];
  const io = a({ i: 0, kind: 'io', amount: 600, fail: null, log: false, gil });
  // The I/O item has taken the GIL once (before its wait): from now on, if the wait held it, b would block.
  await untilTurns(gil, 1);
  const computed = await b(cpu(1, 50_000, gil));
  const waited = await io;
  expect(computed.value).toBe(5133);
  expect(waited.value).toBe(600);
  expect(computed.end).toBeLessThan(waited.end - 200);
});

test('the page frees the GIL of a worker stopped while holding it', async () => {
  const gil = createPoolGil();
  const [a, b] = [taskWorker(), taskWorker()];
  void a({ i: 7, kind: 'cpu', amount: 1000, fail: 'hang', log: false, gil });
  await untilTurns(gil, 1);
  expect(gilFigures(gil).holder).toBe(8);
  started[0]!.terminate();
  expect(freeGilHeldBy(gil, 3)).toBe(false);
  expect(freeGilHeldBy(gil, 7)).toBe(true);
  expect(gilFigures(gil).holder).toBe(0);
  expect((await b(cpu(1, 100, gil))).value).toBe(25);
  expect(gilFigures(gil).mostHolding).toBe(1);
});
