// Two (or up to five) workers, as many mutexes, each worker taking two of them: in opposite orders they
// deadlock, and lock timeouts find it; in one global order they never do. On the page; no React.
import type { LockLane } from '../../../../lib/atomics/lock-usage.ts';
import { Mutex } from '../../../../lib/atomics/mutex.ts';
import { findWaitCycle, type WaitEdge } from '../../../../lib/atomics/wait-for.ts';
import { createControl, demoLanes, requireIsolation, runDemo } from './run-demo.ts';
import type { DeadlockJob } from './demo-protocol.ts';

export interface DeadlockOptions {
  /** Workers and locks, 2 to 5: worker i takes lock i-1 and lock i (mod k), like philosophers' forks. */
  readonly workers: number;
  /** The fix: every worker takes the lower-numbered lock first, so no cycle of waits can form. */
  readonly ordered: boolean;
  /** ms each worker works holding its first lock before asking for its second. */
  readonly holdMs: number;
  /** ms a worker waits for its second lock before giving up. */
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  /** Live state while the workers run: who holds each lock and what each worker waits for. */
  readonly onState?: (state: LockState) => void;
}

export interface LockState {
  /** Per lock: the worker holding it, or 0. */
  readonly holders: readonly number[];
  /** Per worker (index workerId - 1): the lock it waits for, or -1. */
  readonly waitingFor: readonly number[];
}

export interface DeadlockResult {
  readonly workers: number;
  readonly ordered: boolean;
  readonly lanes: readonly LockLane[];
  readonly runMs: number;
  /** Workers that got both locks. */
  readonly completed: number;
  /** Per worker: its two locks in the order it took them, and how it ended. */
  readonly outcomes: readonly {
    readonly workerId: number;
    readonly first: number;
    readonly second: number;
    readonly outcome: 'done' | 'gave-up';
  }[];
  /** The cycle of waits seen by the first worker to time out, if it saw one. */
  readonly cycle?: readonly WaitEdge[];
  /** That worker, and when it timed out (ms from go). */
  readonly detectedBy?: number;
  readonly detectedAtMs?: number;
}

/** Upper bound on workers (and locks): enough for the dining philosophers, small enough to draw. */
export const MAX_DEADLOCK_WORKERS = 5;

/** The two locks worker `workerId` (1-based) takes, in order. */
export function locksOf(workerId: number, workers: number, ordered: boolean): [number, number] {
  const a = workerId - 1;
  const b = workerId % workers;
  return ordered ? [Math.min(a, b), Math.max(a, b)] : [a, b];
}

/** The page's owner id on the demo's mutexes: it only reads holders, never locks. */
const PAGE_OWNER_ID = 0x7fff_0001;

export async function runDeadlock(options: DeadlockOptions): Promise<DeadlockResult> {
  const { workers, ordered, holdMs, timeoutMs, signal } = options;
  if (!Number.isInteger(workers) || workers < 2 || workers > MAX_DEADLOCK_WORKERS)
    throw new RangeError(`workers must be an integer from 2 to ${MAX_DEADLOCK_WORKERS}; got ${workers}`);
  requireIsolation('The deadlock demo');
  const locks = Array.from({ length: workers }, () => Mutex.create(PAGE_OWNER_ID));
  const control = createControl();
  const waitingFor = new Int32Array(new SharedArrayBuffer((workers + 1) * Int32Array.BYTES_PER_ELEMENT));
  const jobs: DeadlockJob[] = Array.from({ length: workers }, (_, i) => {
    const [first, second] = locksOf(i + 1, workers, ordered);
    return {
      kind: 'deadlock',
      workerId: i + 1,
      locks: locks.map((lock) => lock.handle),
      first,
      second,
      holdMs,
      timeoutMs,
      control,
      waitingFor,
    };
  });
  const watch = options.onState
    ? () =>
        options.onState?.({
          holders: locks.map((lock) => lock.holder),
          waitingFor: Array.from({ length: workers }, (_, i) => Atomics.load(waitingFor, i + 1) - 1),
        })
    : undefined;
  const run = await runDemo(jobs, control, signal, watch);
  const lanes = demoLanes(run);
  // Workers that time out together race to read the graph: the first reader sees everyone in place, a
  // later one may find the others already letting go. So the report is the earliest one that saw a cycle.
  const detections = run.reports
    .filter((report) => report.outcome === 'gave-up')
    .map((report) => ({
      workerId: report.workerId,
      atMs: Math.max(...report.spans.filter((s) => s.gaveUp).map((s) => s.end)) - run.originMs,
      cycle: findWaitCycle(report.waitFor ?? []),
    }))
    .sort((a, b) => a.atMs - b.atMs);
  const first = detections.find((d) => d.cycle) ?? detections[0];
  return {
    workers,
    ordered,
    lanes,
    runMs: run.runMs,
    completed: run.reports.filter((report) => report.outcome === 'done').length,
    outcomes: jobs.map((job, i) => ({
      workerId: job.workerId,
      first: job.first,
      second: job.second,
      outcome: run.reports[i]!.outcome,
    })),
    ...(first ? { detectedBy: first.workerId, detectedAtMs: first.atMs } : {}),
    ...(first?.cycle ? { cycle: first.cycle } : {}),
  };
}
