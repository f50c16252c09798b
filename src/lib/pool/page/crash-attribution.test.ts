import { describe, expect, test } from 'vitest';
import { crashedItem, leftoverFate, mayRetry, planCancel, type WorkerView } from './crash-attribution.ts';

const view = (over: Partial<WorkerView>): WorkerView => ({
  running: undefined,
  exact: false,
  headSeq: 10,
  headStartMs: NaN,
  ...over,
});

describe('crashedItem: which item was running when the worker died', () => {
  test('the worker named it: that item, with its start when the page saw the same item start', () => {
    expect(crashedItem(12, view({ running: { seq: 12, startMs: 40 } }))).toEqual({ seq: 12, startMs: 40 });
    expect(crashedItem(12, view({ running: { seq: 11, startMs: 40 } }))).toEqual({
      seq: 12,
      startMs: undefined,
    });
  });

  test('the worker said nothing was running: none gets the crash', () => {
    expect(crashedItem(-1, view({ running: { seq: 11, startMs: 40 } }))).toBeUndefined();
  });

  test('died without a word: the running item shared status or a report showed', () => {
    expect(crashedItem(undefined, view({ running: { seq: 13, startMs: 7 }, exact: true }))).toEqual({
      seq: 13,
      startMs: 7,
    });
  });

  test('died without a word, shared status says nothing runs: none gets the crash', () => {
    expect(crashedItem(undefined, view({ exact: true, headStartMs: 5 }))).toBeUndefined();
  });

  test('died without a word and no shared status: the oldest item in flight, as items run in order', () => {
    expect(crashedItem(undefined, view({ headSeq: 4, headStartMs: 9 }))).toEqual({ seq: 4, startMs: 9 });
  });

  test('died without a word with nothing in flight: none', () => {
    expect(crashedItem(undefined, view({ headStartMs: undefined }))).toBeUndefined();
  });

  test('the worker named an item the page never saw start: that item, start unknown', () => {
    expect(crashedItem(11, view({ exact: true }))).toEqual({ seq: 11, startMs: undefined });
  });

  test('the worker said nothing was running: the oldest item in flight is not blamed either', () => {
    expect(crashedItem(-1, view({ headSeq: 4, headStartMs: 9 }))).toBeUndefined();
  });

  test('died without a word, a report showed an item running: that one, not the oldest in flight', () => {
    expect(crashedItem(undefined, view({ running: { seq: 12, startMs: 30 }, headStartMs: 2 }))).toEqual({
      seq: 12,
      startMs: 30,
    });
  });

  test('died without a word, no shared status, oldest item not seen starting: it still gets the crash', () => {
    expect(crashedItem(undefined, view({ headSeq: 4 }))).toEqual({ seq: 4, startMs: NaN });
  });
});

describe('mayRetry', () => {
  const call = { retries: 2, closed: false };
  test('while attempts are left, for an open call whose buffers were not transferred', () => {
    expect(mayRetry({ attempts: 0, transfer: undefined, call })).toBe(true);
    expect(mayRetry({ attempts: 1, transfer: undefined, call })).toBe(true);
  });
  test('not once the retries are used, not with transferred buffers, not for an ended call', () => {
    expect(mayRetry({ attempts: 2, transfer: undefined, call })).toBe(false);
    expect(mayRetry({ attempts: 0, transfer: [new ArrayBuffer(1)], call })).toBe(false);
    expect(mayRetry({ attempts: 0, transfer: undefined, call: { retries: 2, closed: true } })).toBe(false);
    expect(mayRetry({ attempts: 0, transfer: undefined, call: { retries: 0, closed: false } })).toBe(false);
  });
});

describe('planCancel: a cancelled call on a worker shared with other calls', () => {
  const mine = { id: 'mine' };
  const other = { id: 'other' };
  type View = { call: { id: string }; done: boolean; phase: 'ended' | 'running' | 'waiting' };
  const queue = (running: number | undefined, endedBefore = running ?? 0): View[] =>
    [other, mine, mine, other, mine].map((call, k) => ({
      call,
      done: k === 1,
      phase: k === running ? 'running' : k < endedBefore ? 'ended' : 'waiting',
    }));

  test('every unfinished item of the call is cancelled and skipped, none of the other call', () => {
    expect(planCancel(queue(undefined), mine)).toEqual({
      cancelled: [2, 4],
      skipped: [2, 4],
      stopWorker: false,
    });
  });

  test('the worker is stopped only when it runs one of the call’s items', () => {
    expect(planCancel(queue(2), mine)).toEqual({ cancelled: [2, 4], skipped: [4], stopWorker: true });
    expect(planCancel(queue(0), mine).stopWorker).toBe(false);
    expect(planCancel(queue(3), mine).stopWorker).toBe(false);
  });

  test('an item that ended in the worker keeps the outcome its report brings', () => {
    expect(planCancel(queue(3), mine)).toEqual({ cancelled: [4], skipped: [4], stopWorker: false });
    expect(planCancel(queue(undefined, 5), mine)).toEqual({ cancelled: [], skipped: [], stopWorker: false });
  });

  test('the running item of the call already has its outcome: it is not cancelled, the worker is kept', () => {
    expect(planCancel(queue(1), mine)).toEqual({ cancelled: [2, 4], skipped: [2, 4], stopWorker: false });
  });

  test('nothing in flight, or nothing of this call: nothing to do', () => {
    const none = { cancelled: [], skipped: [], stopWorker: false };
    expect(planCancel([], mine)).toEqual(none);
    expect(planCancel(queue(0), { id: 'third' })).toEqual(none);
  });
});

describe('leftoverFate: the other items of a stopped worker', () => {
  const open = { closed: false };
  const closed = { closed: true };
  const buffers = [new ArrayBuffer(8)];
  test('items that never started go back to their queue', () => {
    expect(leftoverFate({ call: open, done: false, phase: 'waiting' })).toBe('requeue');
  });
  test('items that never started, of a call that has ended, are cancelled', () => {
    expect(leftoverFate({ call: closed, done: false, phase: 'waiting' })).toBe('cancel');
  });
  test('items that ended in the worker without their report are lost, never run again', () => {
    expect(leftoverFate({ call: open, done: false, phase: 'ended' })).toBe('lost');
    expect(leftoverFate({ call: closed, done: false, phase: 'ended' })).toBe('lost');
  });
  test('items whose buffers went to the dead worker are lost', () => {
    expect(leftoverFate({ call: open, done: false, phase: 'waiting', transfer: buffers })).toBe('lost');
  });
  test('items with an outcome are left alone', () => {
    for (const phase of ['ended', 'running', 'waiting'] as const) {
      expect(leftoverFate({ call: open, done: true, phase })).toBe('keep');
      expect(leftoverFate({ call: closed, done: true, phase, transfer: buffers })).toBe('keep');
    }
  });
});
