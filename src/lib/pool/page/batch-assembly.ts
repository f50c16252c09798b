// One batch for one worker: taken from the front of a call's queue, and given back (or failed item by item)
// when the message carrying it cannot be sent. Touches only the call's queue and the items: the choice of
// worker and the sending are the dispatcher's. Page realm.
import type { DispatchPlan } from './batch-sizing.ts';
import type { OutcomeRecorder } from './outcome-recorder.ts';
import type { Call, WorkItem } from './work-item.ts';

/**
 * 'auto': each ready worker's share of what `call` has waiting at the start of a dispatch round, so the
 * round gives every worker as much rather than giving it all to the first. Computed once per round: halving
 * what is left at each batch would end the round in batches of a few items, a message each.
 */
export function autoShare(call: Call, workers: number): number {
  return Math.ceil(call.pending.length / Math.max(1, workers));
}

/**
 * Up to plan.batch items from the front of `call.pending` (at least one: the caller checked it is not
 * empty); for 'auto', at most `share` (see autoShare). `alone`: the first item has Transferables and goes
 * by itself; an item with Transferables also ends a batch, as a message transfers one item's buffers only.
 */
export function takeBatch(call: Call, plan: DispatchPlan, share: number, alone: boolean): WorkItem[] {
  let count = Math.min(plan.batch, call.pending.length);
  if (call.batchSize === 'auto') count = Math.min(count, share);
  // A map call's items never carry Transferables: its batch is the front of the queue, taken at once.
  if (call.kind === 'map') return call.pending.shiftMany(Math.max(1, count));
  const items: WorkItem[] = [call.pending.shift()!];
  while (!alone && items.length < count && call.pending.at(0)?.transfer === undefined) {
    items.push(call.pending.shift()!);
  }
  return items;
}

/**
 * A batch that could not be sent (`error`: why postMessage threw): items that cannot be cloned fail, and so
 * does a batch of one whatever the reason; the others go back to the front of the queue, in order.
 */
export function returnUnsent(
  call: Call,
  items: readonly WorkItem[],
  error: unknown,
  record: OutcomeRecorder,
): void {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const back: WorkItem[] = [];
  for (const item of items) {
    item.reset();
    let cloneError: unknown;
    try {
      structuredClone(item.arg, { transfer: item.transfer ?? [] });
    } catch (e) {
      cloneError = e;
    }
    if (cloneError !== undefined || items.length === 1) {
      const name = cloneError instanceof Error ? cloneError.name : 'DataCloneError';
      const text = cloneError instanceof Error ? cloneError.message : reason;
      record.finish(item, {
        status: 'error',
        error: { name, message: `the item cannot be sent to a worker: ${text}` },
      });
    } else {
      back.push(item);
    }
  }
  for (let i = back.length - 1; i >= 0; i--) call.pending.unshift(back[i]!);
}
