// One input item on its way through the pool, and the call it belongs to. Page realm.
import type { RunTimeEstimate } from './batch-sizing.ts';
import type { Fifo } from '../fifo.ts';
import type { Outcome } from '../pool-types.ts';

/** A task function as the pool ships it: by source, with its measured time per item. */
export interface TaskRef {
  readonly id: number;
  readonly source: string;
  readonly estimate: RunTimeEstimate;
}

/** A map or run call, as the dispatcher sees it. */
export interface Call {
  /** Numbered from 1 per pool. */
  readonly id: number;
  readonly kind: 'map' | 'run';
  readonly task: TaskRef;
  readonly timeoutMs: number | undefined;
  readonly retries: number;
  readonly batchSize: number | 'auto';
  /** Items waiting for a worker, in order. */
  readonly pending: Fifo<WorkItem>;
  /** No more items will be accepted back into `pending`. */
  readonly closed: boolean;
  /** The item's one outcome. */
  settle(item: WorkItem, outcome: Outcome<unknown, unknown>): void;
  /** The call ends with `error` (workers cannot start): its items get no more outcomes. */
  fail(error: Error): void;
  /** The pool is being terminated. */
  terminate(): void;
}

export class WorkItem {
  readonly call: Call;
  readonly index: number;
  readonly arg: unknown;
  /** Transferred with the item (run only): such an item travels alone and is never sent twice. */
  readonly transfer: Transferable[] | undefined;
  /** ms, performance.now(); a double from the start (as every time here), so its field keeps one representation. */
  queuedMs = Number.NaN;
  /** When last sent to a worker; NaN while waiting. */
  dispatchedMs = Number.NaN;
  /** When the worker began it (page clock); NaN until known. */
  startMs = Number.NaN;
  /** The worker it was last sent to. */
  workerId: number | null = null;
  /** Runs after a crash so far. */
  attempts = 0;
  /** Its worker crashed under it and its call retries it: it goes back to the queue with the leftovers. */
  retrying = false;
  /** Its outcome was given. */
  done = false;
  /** Its task-start event went out. */
  startEmitted = false;

  constructor(call: Call, index: number, arg: unknown, transfer?: Transferable[]) {
    this.call = call;
    this.index = index;
    this.arg = arg;
    this.transfer = transfer;
  }

  /** Back to waiting after its worker died before finishing it. */
  reset(): void {
    this.dispatchedMs = Number.NaN;
    this.startMs = Number.NaN;
    this.workerId = null;
    this.startEmitted = false;
  }
}
