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
onmessage = (e) => postMessage(e.data === 'ping' ? 'pong' : { value: task(e.data), end: performance.timeOrigin + performance.now() });`;
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  started.push(worker);
  return (item) =>
    new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<Done>) => resolve(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        reject(new Error(e.message));
      };
      worker.postMessage(item);
    });
}

/** Resolves once every worker has started and answered a ping, so none is still loading when work begins. */
async function ready(...workers: ((item: WorkItem) => Promise<Done>)[]): Promise<void> {
  await Promise.all(workers.map((send) => send('ping' as unknown as WorkItem)));
}

const cpu = (i: number, amount: number, gil: PoolGil): WorkItem => ({
  i,
  kind: 'cpu',
  amount,
  fail: null,
  log: false,
  gil,
});

const hang = (i: number, gil: PoolGil): WorkItem => ({
  i,
  kind: 'cpu',
  amount: 1000,
  fail: 'hang',
  log: false,
  gil,
});

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 2));
}

const untilTurns = (gil: PoolGil, turns: number) => until(() => gilFigures(gil).turns >= turns);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('two workers computing at once never hold the GIL together, and hand it over', async () => {
  const gil = createPoolGil(2, 16);
  const [a, b] = [taskWorker(), taskWorker()];
  await ready(a, b);
  // a computes until it is stopped, holding the GIL first: b's items surely overlap it.
  void a(hang(0, gil)).catch(() => undefined);
  await untilTurns(gil, 1);
  const values: unknown[] = [];
  // Each item counts primes below 300,000: several switch intervals of work.
  for (let k = 0; k < 4; k++) values.push((await b(cpu(10 + k, 300_000, gil))).value);
  expect(values).toEqual(Array.from({ length: 4 }, () => 25_997));
  const figures = gilFigures(gil);
  expect(figures.mostHolding).toBe(1);
  // b could take the GIL only when a handed it over, and a, waiting meanwhile, took it back within each of
  // b's items (each lasts several intervals): 1 + 4 * 2 turns at least.
  expect(figures.turns).toBeGreaterThanOrEqual(9);
  started[0]!.terminate();
  freeGilHeldBy(gil, 0);
  expect(gilFigures(gil).holder).toBe(0);
});

test('a simulated I/O wait releases the GIL: another worker computes meanwhile', async () => {
  const gil = createPoolGil();
  const [a, b] = [taskWorker(), taskWorker()];
  await ready(a, b);
  let waitEnded = false;
  const io = a({ i: 0, kind: 'io', amount: 1500, fail: null, log: false, gil }).then((done) => {
    waitEnded = true;
    return done;
  });
  // The I/O item has taken the GIL once (before its wait): from now on, if the wait held it, b would block.
  await untilTurns(gil, 1);
  const computed = await b(cpu(1, 50_000, gil));
  // b computed in a few ms of the 1.5 s wait, not after it.
  expect(waitEnded).toBe(false);
  const waited = await io;
  expect(computed.value).toBe(5133);
  expect(waited.value).toBe(1500);
  expect(computed.end).toBeLessThan(waited.end);
});

test('an I/O item where the thread cannot block releases the GIL before its timer', async () => {
  // The page's thread may not Atomics.wait: the task waits on a timer there, as in a worker without shared memory.
  const gil = createPoolGil();
  const pending = runWorkItem({ i: 2, kind: 'io', amount: 20, fail: null, log: false, gil });
  expect(gilFigures(gil)).toMatchObject({ turns: 1, holder: 0 });
  expect(await pending).toBe(20);
  expect(gilFigures(gil).holder).toBe(0);
});

test('the page frees the GIL of a worker stopped while holding it', async () => {
  const gil = createPoolGil();
  const [a, b] = [taskWorker(), taskWorker()];
  void a(hang(7, gil)).catch(() => undefined);
  await untilTurns(gil, 1);
  expect(gilFigures(gil).holder).toBe(8);
  started[0]!.terminate();
  expect(freeGilHeldBy(gil, 3)).toBe(false);
  expect(freeGilHeldBy(gil, 7)).toBe(true);
  expect(gilFigures(gil).holder).toBe(0);
  expect((await b(cpu(1, 100, gil))).value).toBe(25);
  expect(gilFigures(gil).mostHolding).toBe(1);
});

test('a worker stopped while waiting for the GIL does not slow the holders after it', async () => {
  const gil = createPoolGil(2, 16);
  const [a, b, c] = [taskWorker(), taskWorker(), taskWorker()];
  await ready(a, b, c);
  void a(hang(0, gil)).catch(() => undefined);
  await untilTurns(gil, 1);
  void b(cpu(1, 300_000, gil)).catch(() => undefined);
  // b takes turns with a; stop it once it is waiting (a holds the GIL and the lock word says so).
  await until(() => {
    const figures = gilFigures(gil);
    return figures.waiting && figures.holder === 1;
  });
  started[1]!.terminate();
  freeGilHeldBy(gil, 1);
  // a alone now: it may hand the GIL over once more to the stopped waiter's mark, then never again.
  await pause(50);
  const before = gilFigures(gil).turns;
  await pause(100);
  expect(gilFigures(gil).turns - before).toBeLessThanOrEqual(1);
  started[0]!.terminate();
  freeGilHeldBy(gil, 0);
  expect(gilFigures(gil)).toMatchObject({ holder: 0, waiting: false });
  // c computes alone: it takes the GIL once and never hands it over.
  const turns = gilFigures(gil).turns;
  expect((await c(cpu(2, 300_000, gil))).value).toBe(25_997);
  expect(gilFigures(gil).turns - turns).toBe(1);
});

test('a stopped item that wins the GIL again releases it at once', async () => {
  const gil = createPoolGil(2, 64);
  const [a, b] = [taskWorker(), taskWorker()];
  await ready(a, b);
  // The pool stopped the worker of item 40 while it waited: the page marks the item revoked.
  expect(freeGilHeldBy(gil, 40)).toBe(false);
  await expect(a(cpu(40, 300_000, gil))).rejects.toThrow(/item 40 was stopped/);
  expect(gilFigures(gil)).toMatchObject({ holder: 0, mostHolding: 0 });
  expect((await b(cpu(41, 100, gil))).value).toBe(25);
});
