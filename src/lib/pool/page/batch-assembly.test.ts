import { describe, expect, test } from 'vitest';
import { autoShare, returnUnsent, takeBatch } from './batch-assembly.ts';
import { Fifo } from '../fifo.ts';
import { OutcomeRecorder } from './outcome-recorder.ts';
import type { Outcome } from '../pool-types.ts';
import { WorkItem, type Call } from './work-item.ts';

/** A call with `args` waiting; items whose arg is in `transferred` carry a buffer. */
function callWith(
  batchSize: number | 'auto',
  args: readonly unknown[],
  transferred: readonly unknown[] = [],
) {
  const settled: Outcome<unknown, unknown>[] = [];
  const call = {
    id: 1,
    batchSize,
    pending: new Fifo<WorkItem>(),
    closed: false,
    settle: (_item: WorkItem, outcome: Outcome<unknown, unknown>) => settled.push(outcome),
  } as unknown as Call;
  args.forEach((arg, i) => {
    const transfer = transferred.includes(arg) ? [new ArrayBuffer(4)] : undefined;
    call.pending.push(new WorkItem(call, i, arg, transfer));
  });
  const waiting = () => {
    const out: unknown[] = [];
    for (let k = 0; k < call.pending.length; k++) out.push(call.pending.at(k)!.arg);
    return out;
  };
  return { call, settled, waiting };
}

const args = (items: readonly WorkItem[]) => items.map((item) => item.arg);

describe('takeBatch', () => {
  test('a fixed batch size takes that many from the front, and the rest wait in order', () => {
    const { call, waiting } = callWith(3, ['a', 'b', 'c', 'd']);
    expect(args(takeBatch(call, { batch: 3, depth: 1 }, 2, false))).toEqual(['a', 'b', 'c']);
    expect(waiting()).toEqual(['d']);
  });

  test("'auto' shares the waiting items among the ready workers", () => {
    const { call } = callWith('auto', [1, 2, 3, 4, 5]);
    expect(takeBatch(call, { batch: 2048, depth: 2 }, autoShare(call, 2), false)).toHaveLength(3);
  });

  test("'auto' keeps one share for a whole round: the last batch is not a sliver of what is left", () => {
    const { call } = callWith(
      'auto',
      Array.from({ length: 2500 }, (_, i) => i),
    );
    const share = autoShare(call, 2);
    const sizes = [1, 2].map(() => takeBatch(call, { batch: 2048, depth: 8 }, share, false).length);
    expect(sizes).toEqual([1250, 1250]);
    expect(call.pending.length).toBe(0);
  });

  test("'auto' never takes more than the plan's batch, and a fixed size ignores the share", () => {
    const auto = callWith(
      'auto',
      Array.from({ length: 5000 }, (_, i) => i),
    ).call;
    expect(takeBatch(auto, { batch: 2048, depth: 8 }, autoShare(auto, 2), false)).toHaveLength(2048);
    const fixed = callWith(4, [1, 2, 3, 4, 5]).call;
    expect(takeBatch(fixed, { batch: 4, depth: 1 }, 1, false)).toHaveLength(4);
  });

  test('an item with Transferables goes alone, and ends the batch before it', () => {
    const { call, waiting } = callWith(8, ['a', 'b', 'buf', 'c'], ['buf']);
    expect(args(takeBatch(call, { batch: 8, depth: 1 }, 1, false))).toEqual(['a', 'b']);
    expect(args(takeBatch(call, { batch: 8, depth: 1 }, 1, true))).toEqual(['buf']);
    expect(waiting()).toEqual(['c']);
  });
});

describe('returnUnsent', () => {
  test('clonable items of a batch go back to the front in order; one that cannot be cloned fails', () => {
    const { call, settled, waiting } = callWith(4, ['a', () => 0, 'b', 'later']);
    const record = new OutcomeRecorder(16, undefined);
    const items = takeBatch(call, { batch: 3, depth: 1 }, 1, false);
    returnUnsent(call, items, new Error('boom'), record);
    expect(waiting()).toEqual(['a', 'b', 'later']);
    expect(settled).toHaveLength(1);
    expect(settled[0]).toMatchObject({ index: 1, status: 'error', error: { name: 'DataCloneError' } });
    expect(record.counters.failed).toBe(1);
  });

  test('a batch of one fails with the send error even when its item clones', () => {
    const { call, settled, waiting } = callWith(1, ['a']);
    const items = takeBatch(call, { batch: 1, depth: 1 }, 1, false);
    returnUnsent(call, items, new TypeError('port closed'), new OutcomeRecorder(16, undefined));
    expect(waiting()).toEqual([]);
    expect(settled[0]).toMatchObject({
      status: 'error',
      error: {
        name: 'DataCloneError',
        message: 'the item cannot be sent to a worker: TypeError: port closed',
      },
    });
  });

  test('the items returned are back to waiting: no dispatch time, no worker', () => {
    const { call } = callWith(2, ['a', 'b']);
    const items = takeBatch(call, { batch: 2, depth: 1 }, 1, false);
    for (const item of items) {
      item.dispatchedMs = 5;
      item.workerId = 3;
    }
    returnUnsent(call, items, new Error('x'), new OutcomeRecorder(16, undefined));
    expect(items.map((item) => [item.dispatchedMs, item.workerId])).toEqual([
      [NaN, null],
      [NaN, null],
    ]);
  });
});
