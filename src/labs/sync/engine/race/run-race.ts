// Runs one counter race on k real workers and reports what happened. On the page; no React.
import { decodeLog, explainRace, LOG_WORDS, type LogEvent, type RaceExplanation } from '../sim/race-log.ts';
import { traceSpans } from '../../../../lib/atomics/hold-tracer.ts';
import type { LockLane } from '../../../../lib/atomics/lock-usage.ts';
import { Mutex } from '../../../../lib/atomics/mutex.ts';
import {
  CONTROL_WORDS,
  WORD,
  type RaceJob,
  type RaceLog,
  type RaceMode,
  type RaceReport,
} from './race-protocol.ts';
import { accessCount, counterValue, createStampedCounter } from './stamped-counter.ts';
import { sharedMemoryMissing, sharedMemorySupport } from '../../../../lib/atomics/shared-memory.ts';
import { waitUntilCount } from '../../../../lib/atomics/wait-until-count.ts';
import { workerFailureMessage } from '../../../../lib/workers/worker-failure.ts';

export interface RaceOptions {
  readonly mode: RaceMode;
  readonly workers: number;
  readonly iterations: number;
  readonly window: number;
  /**
   * Log every access in its real order (plain or mutex mode; keep iterations small: the log holds
   * MAX_LOG_EVENTS accesses, and each access is a 64-bit atomic step instead of a plain load or store).
   */
  readonly log?: boolean;
  /** Mutex mode: record who waited for and held the lock, for the lock timeline (adds clock reads). */
  readonly trace?: boolean;
  readonly signal: AbortSignal;
}

export interface RaceResult {
  readonly mode: RaceMode;
  readonly workers: number;
  readonly expected: number;
  readonly actual: number;
  readonly lost: number;
  /** Wall time from go to the last worker's end, ms. */
  readonly ms: number;
  /** ns per increment: wall time over all increments. */
  readonly nsPerOp: number;
  /** With `log`: the accesses in their real order (the first MAX_LOG_EVENTS of them). */
  readonly events?: readonly LogEvent[];
  /** With `log`: what the log says was lost, checked against the counter (`lost` agrees when trusted). */
  readonly explanation?: RaceExplanation;
  /** Mutex mode: times the lock went from one worker to another. */
  readonly handoffs?: number;
  /** Mutex mode with `trace`: each worker's waits and holds, ms from go. */
  readonly lanes?: readonly LockLane[];
  /** Spans the trace dropped at its cap (the timeline then ends early for that worker). */
  readonly droppedSpans?: number;
}

/** The page's owner id on the race's mutex: far from the racers' 1..k, and it never locks. */
const PAGE_OWNER_ID = 0x7fff_0000;

/** The log holds at most this many events (2 per increment): 64k events, 1 MB. */
export const MAX_LOG_EVENTS = 1 << 16;

/** The workers' traces as timeline lanes, ms from go (`originMs`, wall clock). */
function traceLanes(reports: readonly RaceReport[], originMs: number) {
  const lanes: LockLane[] = reports.map((report) => ({
    thread: report.workerId,
    spans: report.trace ? traceSpans(report.trace, originMs) : [],
  }));
  const droppedSpans = reports.reduce((sum, report) => sum + (report.trace?.dropped ?? 0), 0);
  return { lanes, droppedSpans };
}

export async function runRace(options: RaceOptions): Promise<RaceResult> {
  const { mode, workers, iterations, window, signal } = options;
  const support = sharedMemorySupport();
  if (!support.available) throw new Error(sharedMemoryMissing('The race', support.gap));
  signal.throwIfAborted();
  const control = new Int32Array(new SharedArrayBuffer(CONTROL_WORDS * 4));
  const logging = options.log === true && mode !== 'atomic';
  const events = Math.min(MAX_LOG_EVENTS, 2 * workers * iterations);
  const log: RaceLog | undefined = logging
    ? {
        counter: createStampedCounter(),
        events: new Int32Array(new SharedArrayBuffer(events * LOG_WORDS * 4)),
      }
    : undefined;
  // The page creates the mutex but never takes it; racers own it as 1..k.
  const mutexView = mode === 'mutex' ? Mutex.create(PAGE_OWNER_ID) : undefined;
  const mutex = mutexView?.handle;
  const trace = options.trace === true && mutexView !== undefined;
  const started = Array.from(
    { length: workers },
    (_, i) =>
      new Worker(new URL('./race.worker.ts', import.meta.url), { type: 'module', name: `racer ${i + 1}` }),
  );
  try {
    const reports = started.map(
      (worker, i) =>
        new Promise<RaceReport>((resolve, reject) => {
          worker.onmessage = (event: MessageEvent<RaceReport>) => resolve(event.data);
          worker.onerror = (event) => {
            event.preventDefault();
            reject(new Error(workerFailureMessage(`Racer ${i + 1}`, event)));
          };
          signal.addEventListener(
            'abort',
            () => reject(new DOMException('The race was cancelled.', 'AbortError')),
            {
              once: true,
            },
          );
          const job: RaceJob = {
            workerId: i + 1,
            mode,
            iterations,
            window,
            control,
            ...(log ? { log } : {}),
            ...(mutex ? { mutex } : {}),
            ...(trace ? { trace } : {}),
          };
          worker.postMessage(job);
        }),
    );
    const all = Promise.all(reports);
    // Handled by the await below; a racer that fails before the line must not be an unhandled rejection.
    all.catch(() => {});
    // Wait (without blocking the page) until every racer is at the line, then start them together; a
    // racer that fails meanwhile ends the race with its error.
    await waitUntilCount(control, WORD.ready, workers, { signal, failure: all });
    const start = performance.now();
    Atomics.store(control, WORD.go, 1);
    Atomics.notify(control, WORD.go);
    const done = await all;
    const ms = performance.now() - start;
    const expected = workers * iterations;
    const stamped = log ? Atomics.load(log.counter, 0) : 0n;
    const actual = log ? counterValue(stamped) : Atomics.load(control, WORD.counter);
    const logged = log ? decodeLog(log.events, Math.min(accessCount(stamped), events)) : undefined;
    return {
      mode,
      workers,
      expected,
      actual,
      lost: expected - actual,
      ms,
      nsPerOp: (ms * 1e6) / expected,
      ...(logged
        ? { events: logged, explanation: explainRace(logged, { expectedAccesses: 2 * expected }) }
        : {}),
      ...(mutexView ? { handoffs: mutexView.handoffs } : {}),
      ...(trace ? traceLanes(done, performance.timeOrigin + start) : {}),
    };
  } finally {
    for (const worker of started) worker.terminate();
  }
}
