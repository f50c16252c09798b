// The worker's side of the protocol, driven in the page realm through a stand-in scope: when reports leave,
// what a skip does, that a raised skip word holds every start until its message is read, and that the
// runtime keeps postMessage to itself and heeds only events the browser dispatched.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { FLUSH_ITEMS, startPoolWorker, type PoolWorkerScope } from './pool-worker-runtime.ts';
import {
  ENDED_OK,
  ENDED_SKIPPED,
  type PageToWorker,
  type ReportMessage,
  type WorkerToPage,
} from '../protocol/pool-protocol.ts';
import { WorkerStatus } from '../protocol/worker-status.ts';
import { MAX_GROUP } from './group-clock.ts';
import { RESERVED_POST_MESSAGE } from './reserve-post-message.ts';
import { eventually, sleep } from '../../../test-support/pool-helpers.ts';

// The runtime takes over console.* to forward task output; the test runner needs its own back.
const saved = { ...console };
let posted: WorkerToPage[];
let send: (message: PageToWorker) => void;

let listeners: Map<string, (event: Event) => void>;

/**
 * A stand-in for a worker's global scope: like one, it has postMessage on its prototype, and a class of its
 * own (the runtime reserves postMessage on the prototype too, once per worker).
 */
function standInScope(): PoolWorkerScope {
  class StandInScope implements PoolWorkerScope {
    postMessage(message: WorkerToPage): void {
      posted.push(message);
    }
    close(): void {}
    addEventListener(type: string, listener: (event: Event) => void): void {
      listeners.set(type, listener);
    }
  }
  return new StandInScope();
}

/** What the browser dispatches for a message from the page: an event a script cannot make (isTrusted). */
const fromPage = (message: PageToWorker) => ({ isTrusted: true, data: message }) as unknown as MessageEvent;

function start(status: WorkerStatus | null, prepare: string | null = null): PoolWorkerScope {
  listeners = new Map();
  const scope = standInScope();
  startPoolWorker(scope);
  send = (message) => listeners.get('message')!(fromPage(message));
  send({ type: 'init', lockName: null, status: status?.buffer ?? null, prepare });
  return scope;
}

const reports = () => posted.filter((m): m is ReportMessage => m.type === 'report');
const endedSeqs = () => reports().flatMap((r) => Array.from(r.endings, (_, k) => r.firstSeq + k));
/** Waits (on a loaded machine too) until `n` items are reported and the worker has said it is idle. */
const idleAfter = async (n: number) => {
  await eventually(() => endedSeqs().length >= n && reports().at(-1)?.runningSeq === -1);
};

beforeEach(() => {
  posted = [];
});
afterEach(() => {
  vi.restoreAllMocks();
  Object.assign(console, saved);
});

test('without prepareWorker the worker is ready at once; with it, only once it has settled', async () => {
  start(null);
  expect(posted.map((m) => m.type)).toEqual(['ready']);
  posted = [];
  start(null, '() => new Promise((resolve) => setTimeout(() => { self.__prepared = true; resolve(); }, 40))');
  await sleep(10);
  expect(posted).toEqual([]);
  await eventually(() => posted.length > 0);
  expect(posted.map((m) => m.type)).toEqual(['ready']);
  expect((globalThis as { __prepared?: boolean }).__prepared).toBe(true);
  delete (globalThis as { __prepared?: boolean }).__prepared;
});

test('a prepareWorker that throws, rejects or does not compile says so instead of ready', async () => {
  for (const [source, name, message] of [
    ['() => { throw new RangeError("no interpreter"); }', 'RangeError', 'no interpreter'],
    ['async () => { throw new TypeError("later"); }', 'TypeError', 'later'],
    ['() => {', 'SyntaxError', undefined],
  ] as const) {
    posted = [];
    start(null, source);
    await eventually(() => posted.length > 0);
    expect(posted).toHaveLength(1);
    const [failed] = posted;
    expect(failed).toMatchObject({ type: 'prepare-failed', error: { name } });
    if (message && failed?.type === 'prepare-failed') expect(failed.error.message).toBe(message);
  }
});

test('unbuffered: what ended leaves before the next item starts, and each start is reported', async () => {
  start(null);
  send({
    type: 'batch',
    taskId: 1,
    firstSeq: 0,
    args: [1, 2, 3],
    source: '(x) => x * 10',
    reportStarts: true,
  });
  await sleep(20);
  const r = reports();
  // Before item 0, 1, 2 start, then once idle.
  expect(r.map((m) => [m.firstSeq, m.endings.length, m.runningSeq])).toEqual([
    [-1, 0, 0],
    [0, 1, 1],
    [1, 1, 2],
    [2, 1, -1],
  ]);
  expect(r.flatMap((m) => m.values)).toEqual([10, 20, 30]);
});

test('buffered: tiny items share reports, and every one is reported once idle', async () => {
  start(null);
  const args = Array.from({ length: 500 }, (_, i) => i);
  send({ type: 'batch', taskId: 1, firstSeq: 0, args, source: '(x) => x', buffered: 7 });
  await idleAfter(500);
  expect(endedSeqs()).toEqual(args);
  expect(reports().length).toBeLessThan(50);
});

test('buffered results leave before an item of another call, or of an unbuffered batch, starts', async () => {
  start(null);
  // The items reported before `seq` started: in the reports up to the one announcing its start, or, when no
  // report announced it (what ended before had already left, say by an idle flush), before the report that
  // carries its own outcome. Every item ended before `seq` must be among them.
  const endedBefore = (seq: number) => {
    const r = reports();
    const at = r.findIndex(
      (m) => m.runningSeq === seq || (seq >= m.firstSeq && seq < m.firstSeq + m.endings.length),
    );
    const upTo = r[at]?.runningSeq === seq ? at + 1 : at;
    return r.slice(0, upTo).flatMap((m) => Array.from(m.endings, (_, k) => m.firstSeq + k));
  };
  send({ type: 'batch', taskId: 1, firstSeq: 0, args: [1, 2], source: '(x) => x', buffered: 7 });
  send({ type: 'batch', taskId: 1, firstSeq: 2, args: [3], buffered: 8 });
  send({ type: 'batch', taskId: 1, firstSeq: 3, args: [4] });
  await idleAfter(4);
  expect(endedBefore(2)).toEqual([0, 1]);
  expect(endedBefore(3)).toEqual([0, 1, 2]);
});

test('an unbuffered item with nothing to report starts without a report unless starts are asked for', async () => {
  start(null);
  send({ type: 'batch', taskId: 1, firstSeq: 0, args: [1], source: '(x) => x' });
  await idleAfter(1);
  expect(reports().map((m) => [m.firstSeq, m.endings.length, m.runningSeq])).toEqual([[0, 1, -1]]);
});

test('a skipped item never runs and comes back skipped; the others run', async () => {
  start(null);
  const source = '(x) => x === 0 ? new Promise((r) => setTimeout(() => r(0), 30)) : x';
  send({ type: 'batch', taskId: 1, firstSeq: 0, args: [0, 1, 2, 3], source });
  send({ type: 'skip', seqs: [2], generation: 1 });
  await idleAfter(4);
  const r = reports();
  const endings = r.flatMap((m) => Array.from(m.endings));
  expect(endedSeqs()).toEqual([0, 1, 2, 3]);
  expect(endings).toEqual([ENDED_OK, ENDED_OK, ENDED_SKIPPED, ENDED_OK]);
  expect(r.flatMap((m) => m.values)).toEqual([0, 1, undefined, 3]);
});

test('with shared status, a raised skip word holds every start until its message arrives', async () => {
  const status = WorkerStatus.create();
  start(status);
  status.publishSkips(1);
  send({ type: 'batch', taskId: 1, firstSeq: 0, args: [1, 2], source: '(x) => x' });
  await sleep(20);
  expect(status.read().startedSeq).toBe(-1);
  expect(endedSeqs()).toEqual([]);
  send({ type: 'skip', seqs: [0], generation: 1 });
  await idleAfter(2);
  expect(endedSeqs()).toEqual([0, 1]);
  expect(reports().flatMap((m) => Array.from(m.endings))).toEqual([ENDED_SKIPPED, ENDED_OK]);
  expect(status.read()).toMatchObject({ startedSeq: 1, finishedSeq: 1 });
});

/** Every reported item's [start, end] (worker clock), in sequence order. */
const reportedTimes = () =>
  reports().flatMap((m) => Array.from(m.endings, (_, k) => [m.times[2 * k]!, m.times[2 * k + 1]!] as const));

test('with shared status, tiny buffered items are timed in groups: a clock reading per group, times that tile', () => {
  start(WorkerStatus.create());
  const n = 4000;
  const args = Array.from({ length: n }, (_, i) => i);
  const clock = vi.spyOn(performance, 'now');
  const before = performance.now();
  clock.mockClear();
  // Runs to the end inside send: every item is synchronous.
  send({ type: 'batch', taskId: 1, firstSeq: 0, args, source: '(x) => x + 1', buffered: 7 });
  const readings = clock.mock.calls.length;
  clock.mockRestore();
  const after = performance.now();
  // Before: at least one reading per item. Now about one per MAX_GROUP items once the size has grown.
  expect(readings).toBeLessThan((3 * n) / MAX_GROUP);
  // The last group is reported once idle; flush it the way the idle port does.
  return idleAfter(n).then(() => {
    expect(reports().flatMap((m) => Array.from(m.values as ArrayLike<unknown>))).toEqual(
      args.map((x) => x + 1),
    );
    const times = reportedTimes();
    expect(times).toHaveLength(n);
    for (let k = 0; k < n; k++) {
      const [startMs, endMs] = times[k]!;
      expect(startMs).toBeGreaterThanOrEqual(before);
      expect(endMs).toBeLessThanOrEqual(after);
      expect(endMs).toBeGreaterThanOrEqual(startMs);
      // Items of one worker run back to back: none begins before the one ahead of it ended.
      if (k > 0) expect(startMs).toBeGreaterThanOrEqual(times[k - 1]![1] - 1e-9);
    }
  });
});

test('a report that leaves while a group is open does not let the next group start before it', async () => {
  start(WorkerStatus.create());
  // A clock that moves at every reading, so a group that opened at a stale reading shows.
  let t = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => (t += 0.01));
  // More items than one report carries: a report leaves in the middle of a group.
  const n = FLUSH_ITEMS + 3 * MAX_GROUP;
  const args = Array.from({ length: n }, (_, i) => i);
  send({ type: 'batch', taskId: 1, firstSeq: 0, args, source: '(x) => x + 1', buffered: 7 });
  vi.restoreAllMocks();
  await idleAfter(n);
  const times = reportedTimes();
  expect(times).toHaveLength(n);
  for (let k = 1; k < n; k++) expect(times[k]![0], `item ${k}`).toBeGreaterThanOrEqual(times[k - 1]![1]);
});

test('a grouped item that throws, returns a promise or logs late still gets its outcome and real times', async () => {
  start(WorkerStatus.create());
  const source = `(x) => {
    if (x === 40) throw new RangeError('forty');
    if (x === 70) return new Promise((resolve) => setTimeout(() => resolve(-70), 5));
    if (x === 90) { const t = Date.now(); while (Date.now() - t < 6) {} console.log('ninety'); }
    return x;
  }`;
  const args = Array.from({ length: 120 }, (_, i) => i);
  const before = performance.now();
  send({ type: 'batch', taskId: 1, firstSeq: 0, args, source, buffered: 7 });
  await idleAfter(120);
  const r = reports();
  const values = r.flatMap((m) => Array.from(m.values as ArrayLike<unknown>));
  const endings = r.flatMap((m) => Array.from(m.endings));
  expect(values[40]).toMatchObject({ name: 'RangeError', message: 'forty' });
  expect(endings[40]).not.toBe(ENDED_OK);
  expect(values[70]).toBe(-70);
  expect(values.filter((_, k) => k !== 40 && k !== 70)).toEqual(args.filter((x) => x !== 40 && x !== 70));
  expect(r.flatMap((m) => m.logs.map((line) => line.message))).toEqual(['ninety']);
  const times = reportedTimes();
  // No item is left with the placeholder times of an unfinished group.
  for (const [startMs, endMs] of times) {
    expect(startMs).toBeGreaterThanOrEqual(before);
    expect(endMs).toBeGreaterThanOrEqual(startMs);
  }
  // The async item ran about 5 ms, the spinning one about 6 ms.
  expect(times[70]![1] - times[70]![0]).toBeGreaterThanOrEqual(4);
  expect(times[90]![1] - times[90]![0]).toBeGreaterThanOrEqual(5);
});

test('postMessage is the runtime’s alone: on the scope and through its prototype it throws, reports still leave', async () => {
  const scope = start(null);
  const forged = { type: 'closing', runningSeq: 0 } as const;
  expect(() => scope.postMessage(forged, [])).toThrow(new TypeError(RESERVED_POST_MESSAGE));
  const prototype = Object.getPrototypeOf(scope) as PoolWorkerScope;
  expect(() => prototype.postMessage.call(scope, forged, [])).toThrow(new TypeError(RESERVED_POST_MESSAGE));
  // Module code is strict: assigning a read-only property throws.
  expect(() => (scope.postMessage = () => undefined)).toThrow(TypeError);
  expect(posted.filter((m) => m.type === 'closing')).toEqual([]);
  send({ type: 'batch', taskId: 1, firstSeq: 0, args: [1, 2], source: '(x) => x * 10' });
  await idleAfter(2);
  expect(reports().flatMap((m) => m.values)).toEqual([10, 20]);
  // A second runtime in the same scope could not be heard: it refuses to start.
  expect(() => startPoolWorker(scope)).toThrow('already reserved');
});

test('events a script made up (isTrusted false) are not the page’s: no batch runs, no crash is reported', async () => {
  start(null);
  const made = (type: string, init: object) =>
    type === 'error' ? new ErrorEvent(type, init) : new MessageEvent(type, init);
  const batch: PageToWorker = { type: 'batch', taskId: 1, firstSeq: 0, args: [1], source: '(x) => x' };
  listeners.get('message')!(made('message', { data: batch }));
  listeners.get('error')!(made('error', { error: new Error('forged'), message: 'forged' }));
  await sleep(20);
  expect(posted.filter((m) => m.type !== 'ready')).toEqual([]);
  // The page's own messages still run.
  send(batch);
  await idleAfter(1);
  expect(reports().flatMap((m) => m.values)).toEqual([1]);
});
