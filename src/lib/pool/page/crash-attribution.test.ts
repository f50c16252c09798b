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
  const queue = [
    { call: other, done: false },
    { call: mine, done: true },
    { call: mine, done: false },
    { call: other, done: false },
    { call: mine, done: false },
  ];
  const inFlight = { length: queue.length, at: (k: number) => queue[k] };

  test('every unfinished item of the call is cancelled, none of the other call', () => {
    expect(planCancel(inFlight, mine, 20, undefined)).toEqual({ cancelled: [2, 4], running: undefined });
  });

  test('the worker is stopped only when it runs one of the call’s items', () => {
    expect(planCancel(inFlight, mine, 20, { seq: 22 }).running).toBe(2);
    expect(planCancel(inFlight, mine, 20, { seq: 20 }).running).toBeUndefined();
    expect(planCancel(inFlight, mine, 20, { seq: 21 }).running).toBeUndefined();
  });

  test('the running item is the oldest in flight: position 0', () => {
    expect(planCancel(inFlight, other, 20, { seq: 20 })).toEqual({ cancelled: [0, 3], running: 0 });
  });

  test('the running item of the call already has its outcome: it is not cancelled, the worker is kept', () => {
    expect(planCancel(inFlight, mine, 20, { seq: 21 })).toEqual({ cancelled: [2, 4], running: undefined });
  });

  test('a running sequence number past the queue (already reported) stops nothing', () => {
    expect(planCancel(inFlight, mine, 20, { seq: 99 }).running).toBeUndefined();
  });

  test('nothing in flight: nothing to do', () => {
    expect(planCancel({ length: 0, at: () => undefined }, mine, 0, { seq: 0 })).toEqual({
      cancelled: [],
      running: undefined,
    });
  });

  test('a call with nothing on this worker: nothing to do', () => {
    expect(planCancel(inFlight, { id: 'third' }, 20, { seq: 20 })).toEqual({
      cancelled: [],
      running: undefined,
    });
  });
});

describe('leftoverFate: the other items of a stopped worker', () => {
  const open = { closed: false };
  test('unfinished items of open calls go back to their queue', () => {
    expect(leftoverFate({ call: open, done: false })).toBe('requeue');
  });
  test('items whose buffers went to the dead worker are lost', () => {
    expect(leftoverFate({ call: open, done: false, transfer: [new ArrayBuffer(8)] })).toBe('lost');
  });
  test('finished items and items of ended calls are left alone', () => {
    expect(leftoverFate({ call: open, done: true })).toBe('keep');
    expect(leftoverFate({ call: open, done: true, transfer: [new ArrayBuffer(8)] })).toBe('keep');
    expect(leftoverFate({ call: { closed: true }, done: false })).toBe('keep');
    expect(leftoverFate({ call: { closed: true }, done: false, transfer: [new ArrayBuffer(8)] })).toBe(
      'keep',
    );
  });
});
