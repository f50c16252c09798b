import { afterEach, expect, test, vi } from 'vitest';
import { splitRange } from '../../src/lib/sum/kernels/split-range.ts';
import { sumRange } from '../../src/lib/sum/kernels/sum-range.ts';
import { PEER_WARM_UP } from './peer-run.ts';
import { postMessageSum } from './post-message-sum.ts';
import { workerpoolSum } from './workerpool-sum.ts';
import { countWorkers } from '../../src/test-support/count-workers.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

type Sent = readonly [number, number] | 'warm-up';

/**
 * A chunk message's [low, high], raw ({ low, high }) or workerpool's ({ method, params }), or 'warm-up' for
 * the warm-up message (raw PEER_WARM_UP, or workerpool's call of that method).
 */
function rangeOf(data: unknown): Sent | undefined {
  if (data === PEER_WARM_UP) return 'warm-up';
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as { low?: unknown; high?: unknown; method?: unknown; params?: unknown };
  if (typeof message.low === 'number' && typeof message.high === 'number') return [message.low, message.high];
  if (message.method === PEER_WARM_UP) return 'warm-up';
  if (message.method === 'sumRange' && Array.isArray(message.params)) {
    const [low, high] = message.params as unknown[];
    if (typeof low === 'number' && typeof high === 'number') return [low, high];
  }
  return undefined;
}

/** Every range each worker was sent, in order, one list per worker in creation order. */
function recordRanges() {
  const perWorker: Sent[][] = [];
  class RecordingWorker extends Worker {
    readonly #ranges: Sent[] = [];
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      perWorker.push(this.#ranges);
    }
    override postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
      const range = rangeOf(message);
      if (range) this.#ranges.push(range);
      if (Array.isArray(transfer)) super.postMessage(message, transfer);
      else super.postMessage(message, transfer);
    }
  }
  vi.stubGlobal('Worker', RecordingWorker);
  return perWorker;
}

const signal = new AbortController().signal;

test.each([
  ['postMessage', postMessageSum],
  ['workerpool', workerpoolSum],
] as const)('the %s comparator sums exactly, one chunk per worker, and stops its workers', async (_, sum) => {
  const counts = countWorkers();
  for (const workers of [1, 3]) {
    const run = await sum(-5, 3_000_001, workers, signal);
    expect(run.total).toBe(sumRange(-5, 3_000_001));
    expect(run.ms).toBeGreaterThan(0);
  }
  await vi.waitFor(() => expect(counts).toEqual({ started: 4, live: 0 }), { timeout: 5_000 });
});

test.each([
  ['postMessage', postMessageSum],
  ['workerpool', workerpoolSum],
] as const)('each %s worker runs the warm-up before its one timed chunk', async (_, sum) => {
  const perWorker = recordRanges();
  await sum(10, 2_000_010, 2, signal);
  const chunks = splitRange(10, 2_000_010, 2);
  expect(perWorker).toHaveLength(2);
  // workerpool may hand either chunk to either worker: compare as sets of chunks.
  expect(perWorker.map((ranges) => ranges[0])).toEqual(['warm-up', 'warm-up']);
  expect(perWorker.map((ranges) => ranges.length)).toEqual([2, 2]);
  const timed = perWorker.map((ranges) => ranges[1]);
  expect(timed.map((r) => (r === 'warm-up' ? NaN : r![0])).sort((a, b) => a - b)).toEqual(
    chunks.map((c) => c.low),
  );
});
