// What becomes of a worker's items when it ends early (a crash, a timeout, a cancel, the pool terminated):
// the decisions of crash-attribution.ts applied to the slot's in-flight items and given as outcomes or
// requeues. Neither stops the worker nor owns the pool's list of workers: the dispatcher does both, in its
// own order. Page realm.
import { crashedItem, leftoverFate, mayRetry, planCancel, type WorkerView } from './crash-attribution.ts';
import type { ErrorInfo } from '../protocol/pool-protocol.ts';
import type { OutcomeRecorder } from './outcome-recorder.ts';
import { WorkerCrashError } from './pool-errors.ts';
import type { Call, WorkItem } from './work-item.ts';
import type { WorkerSlot } from './worker-slot.ts';

/** What the crash attribution needs to know of a worker. */
export function workerView(slot: WorkerSlot): WorkerView {
  return {
    running: slot.running(),
    exact: slot.status !== null,
    headSeq: slot.headSeq,
    headStartMs: slot.inFlight.at(0)?.startMs,
  };
}

/**
 * The unfinished items of `call` on `slot` end cancelled. True when the worker is running one of them: it
 * must then be stopped (and its other items requeued) by the caller.
 */
export function cancelOnSlot(slot: WorkerSlot, call: Call, record: OutcomeRecorder): boolean {
  const running = crashedItem(undefined, workerView(slot));
  const plan = planCancel(slot.inFlight, call, slot.headSeq, running);
  // Taken before any outcome: an outcome runs the call's code, which must not change what is cancelled.
  const items = plan.cancelled.map((k) => slot.inFlight.at(k)!);
  plan.cancelled.forEach((k, i) => {
    const item = items[i]!;
    if (k === plan.running && Number.isNaN(item.startMs)) item.startMs = running?.startMs ?? NaN;
    if (Number.isNaN(item.startMs)) item.workerId = null;
    record.finish(item, { status: 'cancelled' });
  });
  return plan.running !== undefined;
}

/**
 * The item `slot` was running when it died gets the crash, unless it may be retried (then it counts as
 * retried and goes back to its queue with the rest, see settleLeftovers). `runningSeq` and `error` are the
 * worker's last words, as SlotHost.died has them.
 */
export function recordCrash(
  slot: WorkerSlot,
  reason: string,
  runningSeq: number | undefined,
  error: ErrorInfo | undefined,
  record: OutcomeRecorder,
): void {
  const at = crashedItem(runningSeq, workerView(slot));
  const crashed = at && slot.itemAt(at.seq);
  if (!crashed || crashed.done) return;
  if (Number.isNaN(crashed.startMs) && at.startMs !== undefined) crashed.startMs = at.startMs;
  if (mayRetry(crashed)) {
    crashed.attempts++;
    record.counters.retried++;
    return;
  }
  const info: ErrorInfo = { name: 'WorkerCrashError', message: WorkerCrashError.describe(slot.id, reason) };
  const stack = error?.stack;
  record.finish(crashed, { status: 'error', error: stack === undefined ? info : { ...info, stack } });
}

/**
 * Empties a stopped worker's in-flight queue: each unfinished item goes back to the front of its call's
 * queue, in its order, or fails when its transferred buffers went with the worker.
 */
export function settleLeftovers(slot: WorkerSlot, reason: string, record: OutcomeRecorder): void {
  const back = slot.inFlight.drain();
  // Last first, each to the front: the queue ends up in the original order.
  for (let i = back.length - 1; i >= 0; i--) {
    const item = back[i]!;
    const fate = leftoverFate(item);
    if (fate === 'keep') continue;
    if (fate === 'lost') {
      const message = WorkerCrashError.describe(
        slot.id,
        `${reason} (the item's transferred buffers went with it)`,
      );
      record.finish(item, { status: 'error', error: { name: 'WorkerCrashError', message } });
      continue;
    }
    item.reset();
    item.call.pending.unshift(item);
  }
}

/** `item` ran past its timeout from `startMs` (page clock, ms): it ends timed out, its start shown. */
export function recordTimeout(item: WorkItem, startMs: number, record: OutcomeRecorder): void {
  if (item.done) return;
  item.startMs = startMs;
  if (!item.startEmitted) record.events.taskStart(item, startMs);
  record.finish(item, { status: 'timeout' });
}

/** Before the pool terminates `slot`: the item it runs keeps its start, so its outcome shows it began. */
export function keepRunningStart(slot: WorkerSlot): void {
  const running = slot.runningItem();
  if (running && Number.isNaN(running.item.startMs)) running.item.startMs = running.startMs;
}

/** Items of workers the pool terminated end cancelled; one that never began names no worker. */
export function cancelOrphans(items: readonly WorkItem[], record: OutcomeRecorder): void {
  for (const item of items) {
    if (Number.isNaN(item.startMs)) item.workerId = null;
    record.finish(item, { status: 'cancelled' });
  }
}
