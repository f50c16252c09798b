// The article's SummingThread on k workers: [low, high) split into chunks, summed exactly on Web Workers,
// with message passing or shared memory, optionally under a simulated GIL. No React, no DOM beyond Worker.
import { splitRange } from './kernels/split-range.ts';
import { rejectOnAbort } from './abort.ts';
import type { ChunkTiming, TimeSpan } from './chunk-timing.ts';
import type { ChunkReport } from './compute-chunk.ts';
import { runMessageQueue, runSharedQueue } from './run-queues.ts';
import { createGil, gilHandoffs } from './simulated-gil.ts';
import { startSumWorkers } from './sum-workers.ts';
import { sharedMemoryMissing, sharedMemorySupport } from '../atomics/shared-memory.ts';

export type { ChunkTiming, TimeSpan } from './chunk-timing.ts';

export type SumTransport = 'message' | 'shared';

/** Most workers one call may start. */
export const MAX_SUM_WORKERS = 64;
/** Most chunks per worker. */
export const MAX_CHUNKS_PER_WORKER = 1000;

export interface ParallelSumOptions {
  /** Workers to start, 1 to 64. Default: `navigator.hardwareConcurrency`. */
  readonly workers?: number;
  /**
   * Chunks per worker, 1 to 1000: the queue holds workers × chunksPerWorker chunks of sizes differing by at
   * most 1. 1 is the article's split, one chunk per worker. Default 4.
   */
  readonly chunksPerWorker?: number;
  /**
   * How partials come back. 'message': each chunk's partial in a Comlink reply. 'shared': written into a
   * SharedArrayBuffer, completion signalled with Atomics (needs a cross-origin isolated page).
   * Default 'message'.
   */
  readonly transport?: SumTransport;
  /**
   * Simulated GIL: a lock in shared memory every worker must hold while it computes, given up every
   * `switchIntervalMs` (ms, > 0; CPython's default is 5). Needs a cross-origin isolated page. Default: off.
   */
  readonly gil?: { readonly switchIntervalMs: number } | undefined;
  /** Aborting terminates every worker of the call and rejects with the signal's reason (an AbortError). */
  readonly signal?: AbortSignal | undefined;
  /** Called as each chunk's partial arrives on the page, in completion order; never after abort. */
  readonly onChunk?: ((chunk: ChunkTiming) => void) | undefined;
}

export interface ParallelSumResult {
  /** Exact sum of [low, high). */
  readonly total: bigint;
  /**
   * ms from handing out the first chunk to receiving the last partial, on the page's clock. Excludes worker
   * start-up (`startupMs`), which costs the same for any range and would blur the speedup.
   */
  readonly ms: number;
  /** ms from creating the workers until all of them answered. */
  readonly startupMs: number;
  /** Every chunk, in range order (`index`). */
  readonly chunks: readonly ChunkTiming[];
  /** Simulated GIL only: times the GIL went from one worker to another. */
  readonly handoffs?: number;
}

interface Plan {
  readonly workers: number;
  readonly chunksPerWorker: number;
  readonly transport: SumTransport;
  readonly switchIntervalMs: number | undefined;
}

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}; got ${value}`);
  }
}

/** Checks everything before any worker starts; each error names the option at fault. */
function plan(low: number, high: number, options: ParallelSumOptions): Plan {
  for (const [name, value] of [
    ['low', low],
    ['high', high],
  ] as const) {
    if (!Number.isSafeInteger(value)) {
      throw new RangeError(`${name} must be an integer within ±Number.MAX_SAFE_INTEGER; got ${value}`);
    }
  }
  if (low > high) throw new RangeError(`low must not be above high; got low ${low}, high ${high}`);
  const workers =
    options.workers ?? Math.min(Math.max(navigator.hardwareConcurrency || 1, 1), MAX_SUM_WORKERS);
  checkInteger('workers', workers, 1, MAX_SUM_WORKERS);
  const chunksPerWorker = options.chunksPerWorker ?? 4;
  checkInteger('chunksPerWorker', chunksPerWorker, 1, MAX_CHUNKS_PER_WORKER);
  const transport = options.transport ?? 'message';
  if (transport !== 'message' && transport !== 'shared') {
    throw new RangeError(`transport must be 'message' or 'shared'; got ${String(transport)}`);
  }
  const switchIntervalMs = options.gil?.switchIntervalMs;
  if (switchIntervalMs !== undefined && !(switchIntervalMs > 0 && Number.isFinite(switchIntervalMs))) {
    throw new RangeError(`gil.switchIntervalMs must be a number > 0 (ms); got ${switchIntervalMs}`);
  }
  const needs =
    transport === 'shared' ? "transport 'shared'" : switchIntervalMs !== undefined ? 'the simulated GIL' : '';
  const support = sharedMemorySupport();
  if (needs && !support.available) {
    throw new DOMException(
      `${sharedMemoryMissing(needs, support.gap)} Use transport 'message' without the GIL.`,
      'NotSupportedError',
    );
  }
  return { workers, chunksPerWorker, transport, switchIntervalMs };
}

/**
 * Sums [low, high) on `workers` Web Workers, exactly, handing chunks out from a queue.
 *
 * Options are checked before any worker starts (RangeError naming the option; DOMException
 * 'NotSupportedError' for shared memory on a page that is not cross-origin isolated). The workers are
 * started for this call and terminated when it settles, whether it finished, failed or was aborted.
 */
export async function parallelSum(
  low: number,
  high: number,
  options: ParallelSumOptions = {},
): Promise<ParallelSumResult> {
  const { workers, chunksPerWorker, transport, switchIntervalMs } = plan(low, high, options);
  const { signal, onChunk } = options;
  signal?.throwIfAborted();
  const ranges = splitRange(low, high, workers * chunksPerWorker);
  const gil = switchIntervalMs === undefined ? undefined : createGil(switchIntervalMs);
  const timings: ChunkTiming[] = new Array<ChunkTiming>(ranges.length);
  // Worker clocks start at each worker's creation; wall-clock ms minus the page's origin puts them on the page's clock.
  const toPage = (epochMs: number) => epochMs - performance.timeOrigin;
  const spans = (flat: readonly number[]): TimeSpan[] =>
    Array.from({ length: flat.length / 2 }, (_, i) => ({
      startMs: toPage(flat[2 * i] ?? 0),
      endMs: toPage(flat[2 * i + 1] ?? 0),
    }));
  let total = 0n;
  let recorded = 0;
  /** performance.now() when the last partial arrived. */
  let allInAt = 0;
  const record = (index: number, workerId: number, report: ChunkReport) => {
    const range = ranges[index]!;
    const timing: ChunkTiming = {
      index,
      low: range.low,
      high: range.high,
      workerId,
      startMs: toPage(report.startEpochMs),
      endMs: toPage(report.endEpochMs),
      ...(gil
        ? {
            handoffs: report.handoffs ?? 0,
            gilWaitMs: report.gilWaitMs ?? 0,
            ...(report.gilHolds ? { gilHolds: spans(report.gilHolds) } : {}),
          }
        : {}),
    };
    total += report.partial;
    timings[index] = timing;
    if (++recorded === ranges.length) allInAt = performance.now();
    onChunk?.(timing);
  };
  const recordHolds = (index: number, holds: readonly number[]) => {
    const timing = timings[index];
    if (timing) timings[index] = { ...timing, gilHolds: spans(holds) };
  };

  const spawnedAt = performance.now();
  const crew = startSumWorkers(workers);
  const aborted = rejectOnAbort(signal);
  const settle = <T>(step: Promise<T>) => Promise.race([step, crew.failed, aborted.promise]);
  try {
    await settle(Promise.all(crew.remotes.map((remote) => remote.ready())));
    const startupMs = performance.now() - spawnedAt;
    const startedAt = performance.now();
    const run = { remotes: crew.remotes, low, high, chunks: ranges, gil, signal, record, recordHolds };
    await settle(transport === 'message' ? runMessageQueue(run) : runSharedQueue(run));
    const ms = allInAt - startedAt;
    return { total, ms, startupMs, chunks: timings, ...(gil ? { handoffs: gilHandoffs(gil) } : {}) };
  } finally {
    aborted.dispose();
    crew.terminate();
  }
}
