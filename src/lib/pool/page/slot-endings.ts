// What becomes of a worker's items when it ends early (a crash, a timeout, a cancel, the pool terminated):
// the decisions of crash-attribution.ts applied to the items in the slot's ledger and given as outcomes,
// skips or requeues. Neither stops the worker nor owns the pool's list of workers: the dispatcher does
// both, in its own order. Page realm.
import { crashedItem, leftoverFate, mayRetry, planCancel, type WorkerView } from './crash-attribution.ts';
import type { ErrorInfo } from '../protocol/pool-protocol.ts';
import type { OutcomeRecorder } from './outcome-recorder.ts';
import { ResultLostError, WorkerCrashError } from './pool-errors.ts';
import type { Call, WorkItem } from './work-item.ts';
import type { WorkerSlot } from './worker-slot.ts';

/** What the crash attribution needs to know of a worker. */
export function workerView(slot: WorkerSlot): WorkerView {
  return {
    running: slot.running(),
    exact: slot.status !== null,
    headSeq: slot.ledger.headSeq,
    headStartMs: slot.inFlight.at(0)?.startMs,
  };
}

/** The slot's in-flight items with their phases, oldest first, without changing anything. */
function inFlightViews(slot: WorkerSlot) {
  const ledger = slot.ledger;
  return Array.from({ length: ledger.inFlight.length }, (_, k) => {
    const item = ledger.inFlight.at(k)!;
    return {
      item,
      call: item.call,
      done: item.done,
      transfer: item.transfer,
      phase: ledger.phase(ledger.seqOf(k)),
    };
  });
}

/**
 * The unfinished items of `call` on `slot` end cancelled, except those that already ended in the worker
 * (their reports bring their outcomes); the worker is told to skip the ones it has not started. True when
 * it is running one of them: it must then be stopped by the caller.
 */
export function cancelOnSlot(slot: WorkerSlot, call: Call, record: OutcomeRecorder): boolean {
  const views = inFlightViews(slot);
  const plan = planCancel(views, call);
  if (plan.cancelled.length === 0) return false;
  const running = slot.running();
  slot.skip(plan.skipped.map((k) => slot.ledger.seqOf(k)));
  // Taken before any outcome: an outcome runs the call's code, which must not change what is cancelled.
  const items = plan.cancelled.map((k) => views[k]!);
  for (const { item, phase } of items) {
    if (phase === 'running' && Number.isNaN(item.startMs)) item.startMs = running?.startMs ?? NaN;
    if (Number.isNaN(item.startMs)) item.workerId = null;
    record.finish(item, { status: 'cancelled' });
  }
  return plan.stopWorker;
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
  const crashed = at && slot.ledger.itemAt(at.seq);
  if (!crashed || crashed.done) return;
  if (Number.isNaN(crashed.startMs) && at.startMs !== undefined) crashed.startMs = at.startMs;
  if (mayRetry(crashed)) {
    crashed.attempts++;
    record.counters.retried++;
    crashed.retrying = true;
    return;
  }
  const info: ErrorInfo = { name: 'WorkerCrashError', message: WorkerCrashError.describe(slot.id, reason) };
  const stack = error?.stack;
  record.finish(crashed, { status: 'error', error: stack === undefined ? info : { ...info, stack } });
}

/**
 * Empties a stopped worker's ledger: an item that never started goes back to the front of its call's
 * queue, in its order (or ends cancelled when its call has ended); one that ended in the worker without its
 * report arriving, or whose transferred buffers went with the worker, fails. None runs twice.
 */
export function settleLeftovers(slot: WorkerSlot, reason: string, record: OutcomeRecorder): void {
  const back = slot.ledger.drain();
  // Last first, each to the front: the queue ends up in the original order.
  for (let i = back.length - 1; i >= 0; i--) {
    const { item, phase } = back[i]!;
    // The crashed item its call retries starts again like one that never started.
    const retrying = item.retrying;
    item.retrying = false;
    const fate = leftoverFate({
      call: item.call,
      done: item.done,
      transfer: item.transfer,
      phase: retrying ? 'waiting' : phase,
    });
    if (fate === 'keep') continue;
    if (fate === 'lost') {
      const error: ErrorInfo =
        phase === 'ended'
          ? { name: 'ResultLostError', message: ResultLostError.describe(slot.id, reason) }
          : {
              name: 'WorkerCrashError',
              message: WorkerCrashError.describe(
                slot.id,
                `${reason} (the item's transferred buffers went with it)`,
              ),
            };
      record.finish(item, { status: 'error', error });
      continue;
    }
    if (fate === 'cancel') {
      if (Number.isNaN(item.startMs)) item.workerId = null;
      record.finish(item, { status: 'cancelled' });
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
