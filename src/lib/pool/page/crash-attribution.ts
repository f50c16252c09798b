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

/** An in-flight item as the cancel and requeue decisions see it. */
export interface InFlightView<C> {
  readonly call: C;
  readonly done: boolean;
  readonly transfer?: readonly unknown[] | undefined;
}

/** A read-only list by index: the worker's in-flight queue. */
export interface Indexed<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

export interface CancelPlan {
  /** Positions of the cancelled call's unfinished items on this worker: each ends cancelled. */
  readonly cancelled: readonly number[];
  /** Position of the one among them the worker is running now: the worker must be stopped for it. */
  readonly running: number | undefined;
}

/** The items of `call` a worker holds when the call is cancelled, and whether it is running one of them. */
export function planCancel<C>(
  inFlight: Indexed<InFlightView<C>>,
  call: C,
  headSeq: number,
  running: { readonly seq: number } | undefined,
): CancelPlan {
  const cancelled: number[] = [];
  let runningAt: number | undefined;
  for (let k = 0; k < inFlight.length; k++) {
    const item = inFlight.at(k);
    if (!item || item.call !== call || item.done) continue;
    cancelled.push(k);
    if (running !== undefined && headSeq + k === running.seq) runningAt = k;
  }
  return { cancelled, running: runningAt };
}

/**
 * What happens to an item a stopped worker still held, once the item that stopped it has its outcome:
 * - `keep`: it already has an outcome, or its call has ended: nothing to do;
 * - `lost`: its buffers were transferred to the dead worker, so it cannot be sent again: it fails;
 * - `requeue`: it goes back to the front of its call's queue, in its order.
 */
export type LeftoverFate = 'keep' | 'lost' | 'requeue';

export function leftoverFate(item: InFlightView<{ readonly closed: boolean }>): LeftoverFate {
  if (item.done || item.call.closed) return 'keep';
  return item.transfer !== undefined ? 'lost' : 'requeue';
}
