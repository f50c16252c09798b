import { describe, expect, test } from 'vitest';
import { SlotLedger } from './slot-ledger.ts';
import type { StatusSnapshot } from '../protocol/worker-status.ts';

/** A ledger of items 'a'..'e' sent in two messages, with shared status set by hand (or none). */
function ledger(status: StatusSnapshot | null) {
  const l = new SlotLedger<string>(status ? () => status : null);
  l.sent(['a', 'b', 'c']);
  l.sent(['d', 'e']);
  return l;
}
const snapshot = (startedSeq: number, finishedSeq: number, startedAt = 5): StatusSnapshot => ({
  startedSeq,
  finishedSeq,
  startedAt,
});

describe('SlotLedger with shared status (exact)', () => {
  test('numbers items in the order sent and counts messages until fully reported', () => {
    const l = ledger(snapshot(-1, -1));
    expect(l.nextSeq).toBe(5);
    expect(l.itemAt(3)).toBe('d');
    expect(l.batchesInFlight).toBe(2);
    expect(l.shiftReported()).toBe('a');
    l.shiftReported();
    expect(l.batchesInFlight).toBe(2);
    l.shiftReported();
    expect(l.batchesInFlight).toBe(1);
    expect(l.headSeq).toBe(3);
  });

  test('phases follow the worker: ended before the running item, waiting after it', () => {
    const l = ledger(snapshot(2, 1, 40));
    expect(l.running()).toEqual({ seq: 2, since: 40 });
    expect([0, 1, 2, 3, 4].map((seq) => l.phase(seq))).toEqual([
      'ended',
      'ended',
      'running',
      'waiting',
      'waiting',
    ]);
    expect(l.awaitingReports()).toBe(true);
  });

  test('between items, the last finished one ends the ended stretch', () => {
    const l = ledger(snapshot(1, 1));
    expect(l.running()).toBeUndefined();
    expect(l.endedThrough()).toBe(1);
    expect(l.phase(2)).toBe('waiting');
  });

  test('once their reports arrive, nothing is awaited', () => {
    const l = ledger(snapshot(2, 1));
    l.shiftReported();
    expect(l.awaitingReports()).toBe(true);
    l.shiftReported();
    expect(l.awaitingReports()).toBe(false);
  });

  test('a running number already reported is not running here', () => {
    const l = ledger(snapshot(0, -1));
    l.shiftReported();
    expect(l.running()).toBeUndefined();
  });

  test('drain gives every item with its phase and leaves the ledger empty', () => {
    const l = ledger(snapshot(3, 2));
    l.shiftReported();
    expect(l.drain()).toEqual([
      { item: 'b', seq: 1, phase: 'ended' },
      { item: 'c', seq: 2, phase: 'ended' },
      { item: 'd', seq: 3, phase: 'running' },
      { item: 'e', seq: 4, phase: 'waiting' },
    ]);
    expect(l.inFlight.length).toBe(0);
    expect(l.batchesInFlight).toBe(0);
    expect(l.headSeq).toBe(5);
  });
});

describe('SlotLedger without shared status (reports only)', () => {
  test('the running item is the one the last report named, until reported itself', () => {
    const l = ledger(null);
    expect(l.exact).toBe(false);
    expect(l.running()).toBeUndefined();
    l.reportedRunning(0, 12);
    expect(l.running()).toEqual({ seq: 0, since: 12 });
    l.shiftReported();
    expect(l.running()).toBeUndefined();
    l.reportedRunning(-1, 0);
    expect(l.running()).toBeUndefined();
  });

  test('what ended is known from reports alone: nothing is awaited', () => {
    const l = ledger(null);
    l.shiftReported();
    l.reportedRunning(1, 3);
    expect(l.phase(1)).toBe('running');
    expect(l.phase(2)).toBe('waiting');
    expect(l.awaitingReports()).toBe(false);
  });
});
