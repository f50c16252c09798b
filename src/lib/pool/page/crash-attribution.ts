// Who gets what when a worker ends early (it crashed, timed out, or was killed by a cancel): which in-flight
// item was running, whether it may run again, which items of a cancelled call a worker holds, and what
// becomes of the other items the worker still had. Pure: plain values in, decisions out; the dispatcher
// applies them. Items are named by their position in the worker's in-flight queue (0 = the oldest).

/** The item a worker runs, by its sequence number, and when it began (page clock, ms). */
export interface RunningView {
  readonly seq: number;
  readonly startMs: number;
}

/** What the page knows of a worker when it ends. */
export interface WorkerView {
  /** The running item as shared status or the last report tells it, if either does. */
  readonly running: RunningView | undefined;
  /** True when the worker publishes its progress in shared memory: `running` is then exact. */
  readonly exact: boolean;
  /** Sequence number of the oldest item in flight, and when it began (NaN: not known to have begun). */
  readonly headSeq: number;
  readonly headStartMs: number | undefined;
}

/**
 * The item that was running when a worker died. `said`: the sequence number the worker named in its last
 * words (-1: none was running), or undefined when it died without a word (out of memory, a lock released).
 * Without a word and without shared status, the oldest item in flight is the one: a worker runs its items
 * in order. `startMs` is known when the page saw that item start.
 */
export function crashedItem(
  said: number | undefined,
  worker: WorkerView,
): { readonly seq: number; readonly startMs: number | undefined } | undefined {
  if (said === undefined) {
    if (worker.running) return worker.running;
    if (worker.exact || worker.headStartMs === undefined) return undefined;
    return { seq: worker.headSeq, startMs: worker.headStartMs };
  }
  if (said < 0) return undefined;
  return { seq: said, startMs: worker.running?.seq === said ? worker.running.startMs : undefined };
}

/** What a crashed item needs for another attempt. */
export interface RetryView {
  readonly attempts: number;
  readonly transfer: readonly unknown[] | undefined;
  readonly call: { readonly retries: number; readonly closed: boolean };
}

/** A crashed item runs again while its call allows retries, its buffers were not transferred, and it is open. */
export function mayRetry(item: RetryView): boolean {
  return item.attempts < item.call.retries && item.transfer === undefined && !item.call.closed;
}

/** How far an in-flight item has got in its worker (slot-ledger.ts). */
export type Phase = 'ended' | 'running' | 'waiting';

/** An in-flight item as the cancel and leftover decisions see it. */
export interface InFlightView<C> {
  readonly call: C;
  readonly done: boolean;
  readonly phase: Phase;
  readonly transfer?: readonly unknown[] | undefined;
}

export interface CancelPlan {
  /** Positions of the cancelled call's unfinished items that end cancelled now: waiting and running ones. */
  readonly cancelled: readonly number[];
  /** Positions of those the worker has not started: it is told to skip them. */
  readonly skipped: readonly number[];
  /** Whether the worker runs one of them: it must be stopped. */
  readonly stopWorker: boolean;
}

/**
 * The items of `call` a worker holds when the call is cancelled. One that already ended in the worker keeps
 * the outcome its report brings; one not started is skipped; one running stops its worker.
 */
export function planCancel<C>(inFlight: readonly InFlightView<C>[], call: C): CancelPlan {
  const cancelled: number[] = [];
  const skipped: number[] = [];
  let stopWorker = false;
  inFlight.forEach((item, k) => {
    if (item.call !== call || item.done || item.phase === 'ended') return;
    cancelled.push(k);
    if (item.phase === 'waiting') skipped.push(k);
    else stopWorker = true;
  });
  return { cancelled, skipped, stopWorker };
}

/**
 * What happens to an item a stopped worker still held, once the item that stopped it has its outcome:
 * - `keep`: it already has an outcome: nothing to do;
 * - `lost`: it ended in the worker but its report never arrived; or its buffers were transferred to the
 *   dead worker, so it cannot be sent again: it fails, and never runs again;
 * - `requeue`: it never started (or is the crashed item its call retries): back to the front of its
 *   call's queue, in its order;
 * - `cancel`: it never started and its call takes nothing back (the call has ended).
 */
export type LeftoverFate = 'keep' | 'lost' | 'requeue' | 'cancel';

export function leftoverFate(item: InFlightView<{ readonly closed: boolean }>): LeftoverFate {
  if (item.done) return 'keep';
  if (item.phase === 'ended' || item.transfer !== undefined) return 'lost';
  return item.call.closed ? 'cancel' : 'requeue';
}
