// The end of an item's way through the pool: its one Outcome, and the counters, trace row and task-end
// event that go with it. Page realm.
import { ItemEvents } from './item-events.ts';
import { OK_CODE, TraceRing } from './item-trace.ts';
import type { ErrorInfo } from '../protocol/pool-protocol.ts';
import { PoolCounters } from './pool-stats.ts';
import type { Outcome, OutcomeStatus, PoolEvent } from '../pool-types.ts';
import type { WorkItem } from './work-item.ts';

export type Finish =
  | { status: 'ok'; value: unknown }
  | { status: 'error'; error: ErrorInfo }
  | { status: 'timeout' }
  | { status: 'cancelled' };

export class OutcomeRecorder {
  readonly counters = new PoolCounters();
  readonly trace: TraceRing;
  readonly events: ItemEvents;

  constructor(traceCapacity: number, onEvent: ((e: PoolEvent) => void) | undefined) {
    this.trace = new TraceRing(traceCapacity);
    this.events = new ItemEvents(onEvent);
  }

  /**
   * Gives an item its one outcome, at endMs (default now); a second call for the same item does nothing.
   * Times and worker are the item's: no startMs if it never began, no worker unless one began it or it is
   * the item a worker crashed under.
   */
  finish(item: WorkItem, finish: Finish, endMs = performance.now()): void {
    if (item.done) return;
    if (finish.status === 'ok' && !Number.isNaN(item.startMs)) {
      this.finishOk(item, finish.value, endMs);
      return;
    }
    item.done = true;
    const startMs = item.startMs;
    const started = !Number.isNaN(startMs);
    const crashed = finish.status === 'error' && finish.error.name === 'WorkerCrashError';
    const workerId = started || crashed ? item.workerId : null;
    const outcome = (
      started
        ? { index: item.index, item: item.arg, workerId, startMs, endMs, ...finish }
        : workerId !== null
          ? { index: item.index, item: item.arg, workerId, endMs, ...finish }
          : { index: item.index, item: item.arg, workerId, ...finish }
    ) as Outcome<unknown, unknown>;
    this.#account(item, workerId, finish.status, endMs);
    item.call.settle(item, outcome);
  }

  /**
   * An item that began in a worker returned `value`: the common case, a few hundred thousand times a second
   * for tiny items, so its outcome is one object literal of one shape, with no spread and no Finish object.
   */
  finishOk(item: WorkItem, value: unknown, endMs: number): void {
    if (item.done) return;
    item.done = true;
    const workerId = item.workerId;
    const startMs = item.startMs;
    const outcome: Outcome<unknown, unknown> = {
      index: item.index,
      item: item.arg,
      workerId,
      startMs,
      endMs,
      status: 'ok',
      value,
    };
    // #account, for this case: no status tests, no lookup of the status's code.
    this.counters.recordOk(item.queuedMs, startMs, endMs);
    this.trace.addCoded(
      item.call.id,
      item.index,
      workerId ?? Number.NaN,
      OK_CODE,
      item.queuedMs,
      item.dispatchedMs,
      startMs,
      endMs,
    );
    if (workerId !== null && this.events.listening) this.events.taskEnd(item, workerId, 'ok', endMs);
    item.call.settle(item, outcome);
  }

  /** The counters, the trace row and the task-end event of an item's outcome. */
  #account(item: WorkItem, workerId: number | null, status: OutcomeStatus, endMs: number): void {
    const startMs = item.startMs;
    this.counters.record(status, item.queuedMs, startMs, endMs);
    this.trace.add(
      item.call.id,
      item.index,
      workerId,
      status,
      item.queuedMs,
      item.dispatchedMs,
      startMs,
      endMs,
    );
    if (!Number.isNaN(startMs) && workerId !== null) this.events.taskEnd(item, workerId, status, endMs);
  }
}
