// `npm run bench -- --workload tiny [--size N] [--repeats R] [--workers W]`: N tiny items (`x + 1`, default
// 200,000) on W workers (default 2), through the task pool with batchSize 'auto' (with and without an event
// listener) and 1, through `workerpool` (the comparator), through raw postMessage with one message per task,
// and through postMessage in arrays of 1,000 items written by hand (the floor for batched messages), all in
// this page and run.
// A last contender hands the same hand-batched results out as outcome objects through a for-await loop: the
// floor of pool.map's contract on this machine. Reports tasks/s per contender and the ratios the budgets are
// about (docs/budgets.md).
import type * as Workerpool from 'workerpool';
import workerpoolScript from 'workerpool/dist/workerpool.min.js?url';
import type { BenchReport, BenchWorkload } from '../bench-types.ts';
import { median } from '../../../src/lib/math/stats.ts';
import { createPool, type Pool } from '../../../src/lib/pool/index.ts';

/** Workers per contender unless `--workers N` says otherwise. */
const DEFAULT_WORKERS = 2;
/** The most `--workers` takes: enough to oversubscribe any machine this runs on. */
const MAX_WORKERS = 64;
/** A pause before each measurement, for the previous contender's messages to settle (ms). */
const SETTLE_MS = 100;

/**
 * Chromium's full collection, there when the bench driver launched it with --js-flags=--expose-gc; run
 * before every timed repeat, so each contender starts on a collected heap: none pays for the garbage of the
 * one before it (a major collection started by another's 200,000 outcomes finished in the next one's run),
 * and each runs after a full collection, as a page does after Chromium collects it while it idles (the
 * state in which the pool once ran twice as slow: see src/lib/pool/page/shape-anchors.ts).
 */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

/** Items run by each fresh workerpool before its timed repeat: both workers started, the method compiled. */
const WARM_FRESH_WORKERPOOL = 2_000;

/** Items per message of the hand-batched contender. */
const HAND_BATCH = 1_000;

/** The task every contender runs. */
const addOne = (x: number) => x + 1;
/** The same, as source for the workers that are not the pool's (the pool ships addOne itself). */
const ADD_ONE_SOURCE = '(x) => x + 1';

type Contender =
  | 'pool auto'
  | 'pool auto + events'
  | 'pool batch 1'
  | 'workerpool'
  | 'postMessage'
  | 'postMessage in arrays of 1000'
  | 'arrays of 1000 as outcomes';
const CONTENDERS: readonly Contender[] = [
  'pool auto',
  'pool auto + events',
  'pool batch 1',
  'workerpool',
  'postMessage',
  'postMessage in arrays of 1000',
  'arrays of 1000 as outcomes',
];

declare global {
  interface Window {
    workerpool?: typeof Workerpool;
  }
}

/**
 * workerpool's browser build, loaded as a classic script from this site rather than bundled (its bundle
 * pulls in Node modules). Its workers get the task as a registered method: a page whose CSP forbids eval
 * passes that policy to blob workers, so workerpool's `exec(fn)`, which compiles `fn` in the worker, cannot
 * run there. Calling a method by name is also workerpool's fastest way.
 */
async function loadWorkerpool(workers: number): Promise<{ pool: Workerpool.Pool; workerUrl: string }> {
  const scriptUrl = new URL(workerpoolScript, location.href).href;
  if (!window.workerpool) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = scriptUrl;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error(`workerpool: could not load ${scriptUrl}`));
      document.head.append(script);
    });
  }
  const workerpool = window.workerpool!;
  const workerSource = `importScripts(${JSON.stringify(scriptUrl)}); workerpool.worker({ addOne: ${ADD_ONE_SOURCE} });`;
  const workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  return {
    pool: workerpool.pool(workerUrl, { maxWorkers: workers, minWorkers: workers, workerType: 'web' }),
    workerUrl,
  };
}

/**
 * `--workers N`: every contender's worker count (default DEFAULT_WORKERS). One worker beside the page keeps
 * the threads within 2 cores; the default puts three busy threads on them, and shows what sharing costs.
 */
function workersOption(text: string | undefined): number {
  if (text === undefined) return DEFAULT_WORKERS;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS)
    throw new RangeError(`--workers: expected an integer from 1 to ${MAX_WORKERS}, got ${text}`);
  return n;
}

async function drainPool(
  pool: Pool,
  items: readonly number[],
  batchSize: number | 'auto',
  signal: AbortSignal,
) {
  let count = 0;
  for await (const outcome of pool.map(items, addOne, { batchSize, signal }))
    if (outcome.status === 'ok' && outcome.value === outcome.item + 1) count++;
  if (count !== items.length && !signal.aborted)
    throw new Error(`pool: ${count} of ${items.length} items ok`);
}

/**
 * Raw postMessage: a worker that answers each message with one message, the page posting every item at once,
 * round robin. No pool, no batching, no task shipping: the floor for one-message-per-task.
 */
class RawWorkers {
  readonly #workers: Worker[];
  readonly #url: string;

  constructor(count: number) {
    const source = `const task = ${ADD_ONE_SOURCE}; self.onmessage = (e) => { self.postMessage(task(e.data)); };`;
    this.#url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    this.#workers = Array.from({ length: count }, () => new Worker(this.#url));
  }

  run(items: readonly number[]): Promise<void> {
    return new Promise((resolve) => {
      let left = items.length;
      const onMessage = () => {
        if (--left === 0) {
          for (const worker of this.#workers) worker.removeEventListener('message', onMessage);
          resolve();
        }
      };
      for (const worker of this.#workers) worker.addEventListener('message', onMessage);
      items.forEach((item, i) => this.#workers[i % this.#workers.length]!.postMessage(item));
    });
  }

  terminate(): void {
    for (const worker of this.#workers) worker.terminate();
    URL.revokeObjectURL(this.#url);
  }
}

/** A hand-batched worker's answer: results from index `at`, and when it ran them (ms since the epoch). */
interface HandBatchAnswer {
  readonly at: number;
  readonly out: number[];
  readonly start: number;
  readonly end: number;
}

type BatchListener = (
  at: number,
  out: readonly number[],
  workerId: number,
  startMs: number,
  endMs: number,
) => void;

/**
 * postMessage by hand in arrays of HAND_BATCH: the page posts every array at once, round robin; a worker
 * answers each array with the array of results; the page writes each result in its place. What a programmer
 * who knows the items are tiny writes without a library: no outcomes, no timeouts, no cancel.
 */
class HandBatchedWorkers {
  readonly #workers: Worker[];
  readonly #url: string;

  constructor(count: number) {
    const source =
      `const task = ${ADD_ONE_SOURCE};` +
      'self.onmessage = (e) => { const { at, items } = e.data; const out = new Array(items.length);' +
      ' const start = performance.timeOrigin + performance.now();' +
      ' for (let i = 0; i < items.length; i++) out[i] = task(items[i]);' +
      ' self.postMessage({ at, out, start, end: performance.timeOrigin + performance.now() }); };';
    this.#url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    this.#workers = Array.from({ length: count }, () => new Worker(this.#url));
  }

  /**
   * Resolves with every result, in input order; or, with `onBatch`, hands it each answer as it comes (its first
   * index, results, worker number from 1, and when the worker began and ended it, ms on the page's clock).
   */
  run(items: readonly number[], onBatch?: BatchListener): Promise<number[]> {
    return new Promise((resolve) => {
      const results = new Array<number>(items.length);
      let left = Math.ceil(items.length / HAND_BATCH);
      const onMessage = (event: MessageEvent<HandBatchAnswer>) => {
        const { at, out, start, end } = event.data;
        if (onBatch) {
          const origin = performance.timeOrigin;
          const workerId = this.#workers.indexOf(event.target as Worker) + 1;
          onBatch(at, out, workerId, start - origin, end - origin);
        } else {
          for (let i = 0; i < out.length; i++) results[at + i] = out[i]!;
        }
        if (--left === 0) {
          for (const worker of this.#workers) worker.removeEventListener('message', onMessage);
          resolve(results);
        }
      };
      for (const worker of this.#workers) worker.addEventListener('message', onMessage);
      for (let at = 0, n = 0; at < items.length; at += HAND_BATCH, n++) {
        const batch = items.slice(at, at + HAND_BATCH);
        this.#workers[n % this.#workers.length]!.postMessage({ at, items: batch });
      }
    });
  }

  terminate(): void {
    for (const worker of this.#workers) worker.terminate();
    URL.revokeObjectURL(this.#url);
  }
}

/** One item's outcome, as pool.map gives it (the fields of an 'ok' Outcome). */
interface OkOutcome {
  readonly index: number;
  readonly item: number;
  readonly workerId: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly status: 'ok';
  readonly value: number;
}

/**
 * What the pool's contract costs on the page by itself: the hand-batched messages, and for each result an
 * outcome object handed out through an async iterator to a for-await loop, as pool.map does, in completion
 * order (no reordering, no bookkeeping, no timeouts or cancel). A floor no implementation of the contract
 * goes under on this machine.
 */
class OutcomeStream implements AsyncIterableIterator<OkOutcome> {
  /** Each message's outcomes as one array, made in one loop; handed out from `#current`, the array at hand. */
  readonly #batches: OkOutcome[][] = [];
  #batchAt = 0;
  #current: OkOutcome[] = [];
  #head = 0;
  #left: number;
  #waiter: ((result: IteratorResult<OkOutcome>) => void) | undefined;

  constructor(expected: number) {
    this.#left = expected;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  pushBatch(outcomes: OkOutcome[]): void {
    this.#batches.push(outcomes);
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = undefined;
      void this.next().then(waiter);
    }
  }

  next(): Promise<IteratorResult<OkOutcome>> {
    if (this.#head === this.#current.length && this.#batchAt < this.#batches.length) {
      this.#current = this.#batches[this.#batchAt]!;
      this.#batches[this.#batchAt++] = [];
      this.#head = 0;
    }
    if (this.#head < this.#current.length) {
      const value = this.#current[this.#head++]!;
      this.#left--;
      return Promise.resolve({ value, done: false });
    }
    if (this.#left === 0) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.#waiter = resolve;
    });
  }
}

async function handBatchedOutcomes(workers: HandBatchedWorkers, items: readonly number[]): Promise<void> {
  const stream = new OutcomeStream(items.length);
  const done = workers.run(items, (at, out, workerId, startMs, endMs) => {
    const step = (endMs - startMs) / out.length;
    const batch = new Array<OkOutcome>(out.length);
    for (let i = 0; i < out.length; i++) {
      const start = startMs + i * step;
      batch[i] = {
        index: at + i,
        item: items[at + i]!,
        workerId,
        startMs: start,
        endMs: start + step,
        status: 'ok',
        value: out[i]!,
      };
    }
    stream.pushBatch(batch);
  });
  let count = 0;
  for await (const outcome of stream)
    if (outcome.status === 'ok' && outcome.value === outcome.item + 1) count++;
  await done;
  if (count !== items.length)
    throw new Error(`arrays of ${HAND_BATCH} as outcomes: ${count} of ${items.length} ok`);
}

async function handBatched(workers: HandBatchedWorkers, items: readonly number[]): Promise<void> {
  const results = await workers.run(items);
  const wrong = results.findIndex((r, i) => r !== items[i]! + 1);
  if (wrong >= 0) throw new Error(`postMessage in arrays of ${HAND_BATCH}: item ${wrong} came back wrong`);
}

export const workload: BenchWorkload = {
  name: 'tiny',
  description: `tiny items (x + 1) on ${DEFAULT_WORKERS} workers (--workers N): the pool (batchSize auto, with events, and 1) vs workerpool vs raw postMessage vs postMessage in arrays of ${HAND_BATCH}`,
  async run(options, { signal, progress }): Promise<BenchReport> {
    const size = options.size ?? 200_000;
    const repeats = options.repeats ?? 3;
    const workers = workersOption(options.extra['workers']);
    // `--only A,B`: just the contenders whose names contain A or B (to profile one, or skip the slow
    // comparator); a ratio is NaN unless both of its contenders ran.
    const only = options.extra['only']?.split(',').map((text) => text.trim());
    const contenders = only ? CONTENDERS.filter((c) => only.some((text) => c.includes(text))) : CONTENDERS;
    if (contenders.length === 0) {
      throw new RangeError(
        `--only: no contender's name contains ${only?.join(' or ')}; they are: ${CONTENDERS.join(', ')}`,
      );
    }
    const items = Array.from({ length: size }, (_, i) => i);
    let events = 0;
    // Warm workers, as the hand-written contenders' are: a repeat of workerpool takes about 30 s, the pools'
    // default idle timeout, which would otherwise stop their workers and make the next repeat start new ones.
    const pool = createPool({ size: workers, idleTimeoutMs: Infinity });
    // A listener that does what a lab's does with most events: look at it and count.
    const eventPool = createPool({
      size: workers,
      idleTimeoutMs: Infinity,
      onEvent: (e) => {
        if (e.type === 'task-end') events++;
      },
    });
    // workerpool holds about 2.5 KB per task it has run (500 MB after 200,000) until it is terminated, and
    // every contender after it would run in that heap: each of its timed repeats gets a fresh pool, started
    // and warmed before the clock starts and terminated (then collected, where gc() is exposed) after it.
    let workerpool = await loadWorkerpool(workers);
    const retireWorkerpool = async () => {
      await workerpool.pool.terminate(true);
      URL.revokeObjectURL(workerpool.workerUrl);
      collectGarbage();
    };
    const freshWorkerpool = async () => {
      await retireWorkerpool();
      workerpool = await loadWorkerpool(workers);
      const warm = items.slice(0, WARM_FRESH_WORKERPOOL);
      await Promise.all(warm.map((item) => workerpool.pool.exec('addOne', [item])));
    };
    const raw = new RawWorkers(workers);
    const hand = new HandBatchedWorkers(workers);
    const times = new Map<Contender, number[]>(CONTENDERS.map((c) => [c, []]));
    /** What a contender needs before its clock starts. */
    const prepare: Partial<Record<Contender, () => Promise<unknown>>> = { workerpool: freshWorkerpool };
    /** What a contender leaves that must go before the next one runs. */
    const release: Partial<Record<Contender, () => Promise<unknown>>> = { workerpool: retireWorkerpool };
    const once: Record<Contender, (input: readonly number[]) => Promise<unknown>> = {
      'pool auto': (input) => drainPool(pool, input, 'auto', signal),
      'pool auto + events': (input) => drainPool(eventPool, input, 'auto', signal),
      'pool batch 1': (input) => drainPool(pool, input, 1, signal),
      workerpool: (input) => Promise.all(input.map((item) => workerpool.pool.exec('addOne', [item]))),
      postMessage: (input) => raw.run(input),
      'postMessage in arrays of 1000': (input) => handBatched(hand, input),
      'arrays of 1000 as outcomes': (input) => handBatchedOutcomes(hand, input),
    };
    try {
      // Warm-up: every worker started, every task compiled, the JIT past its first tier.
      progress('warming up');
      // A whole run each, so every contender's page and worker code is past V8's first tiers before the clock
      // starts (with 2,000 items the pool's first timed repeat took twice the others). workerpool warms on
      // fewer: a whole run of it takes about 30 s, and each timed repeat gets a fresh, warmed pool anyway.
      const warm = items.slice(0, Math.min(size, 20_000));
      for (const contender of contenders) await once[contender](contender === 'workerpool' ? warm : items);
      for (let r = 0; r < repeats; r++) {
        // Each repeat starts with a different contender, so none always runs in the garbage of another.
        for (let c = 0; c < contenders.length; c++) {
          const contender = contenders[(c + r) % contenders.length]!;
          if (signal.aborted) throw new DOMException('The bench was cancelled.', 'AbortError');
          progress(`${contender}, repeat ${r + 1} of ${repeats}`);
          await prepare[contender]?.();
          collectGarbage();
          await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
          const t0 = performance.now();
          await once[contender](items);
          times.get(contender)!.push(performance.now() - t0);
          await release[contender]?.();
        }
      }
    } finally {
      await pool.terminate();
      await eventPool.terminate();
      await retireWorkerpool();
      raw.terminate();
      hand.terminate();
    }
    const points = contenders.map((contender) => {
      const ms = times.get(contender)!;
      const medianMs = median(ms);
      return {
        contender,
        workers,
        items: size,
        ms,
        medianMs,
        tasksPerSecond: Math.round((size / medianMs) * 1000),
      };
    });
    const rate = (c: Contender) => points.find((p) => p.contender === c)?.tasksPerSecond ?? Number.NaN;
    const autoVsWorkerpool = rate('pool auto') / rate('workerpool');
    const rawVsBatch1 = rate('postMessage') / rate('pool batch 1');
    const eventsCost = rate('pool auto') / rate('pool auto + events');
    const autoVsHand = rate('pool auto') / rate('postMessage in arrays of 1000');
    const autoVsContractFloor = rate('pool auto') / rate('arrays of 1000 as outcomes');
    const contractFloorVsHand = rate('arrays of 1000 as outcomes') / rate('postMessage in arrays of 1000');
    return {
      workload: { name: 'tiny', params: { size, repeats, workers } },
      points: points.filter((p) => p.contender.startsWith('pool')),
      peers: {
        workerpool: { points: points.filter((p) => p.contender === 'workerpool') },
        postMessage: { points: points.filter((p) => p.contender === 'postMessage') },
        handBatched: { points: points.filter((p) => p.contender === 'postMessage in arrays of 1000') },
        handBatchedOutcomes: { points: points.filter((p) => p.contender === 'arrays of 1000 as outcomes') },
      },
      summary: {
        'pool auto / workerpool (budget >= 20)': +autoVsWorkerpool.toFixed(1),
        'raw postMessage / pool batch 1 (budget <= 1.2)': +rawVsBatch1.toFixed(2),
        'pool auto / postMessage in arrays of 1000 (budget >= 0.5)': +autoVsHand.toFixed(3),
        'pool auto / pool auto + events (budget <= 1.1)': +eventsCost.toFixed(3),
        // Not budgets: how much of the gap to hand-batched messages the contract's floor (outcome objects and
        // a for-await loop) takes on this machine, and how far the pool is from that floor.
        'arrays of 1000 as outcomes / postMessage in arrays of 1000': +contractFloorVsHand.toFixed(3),
        'pool auto / arrays of 1000 as outcomes': +autoVsContractFloor.toFixed(3),
        'task-end events seen': events,
        'within budgets':
          autoVsWorkerpool >= 20 && rawVsBatch1 <= 1.2 && autoVsHand >= 0.5 && eventsCost <= 1.1,
      },
      table: {
        columns: ['contender', 'median ms', 'tasks/s', 'repeats ms'],
        rows: points.map((p) => [
          p.contender,
          p.medianMs.toFixed(1),
          p.tasksPerSecond,
          p.ms.map((ms) => ms.toFixed(0)).join(' '),
        ]),
      },
    };
  },
};
