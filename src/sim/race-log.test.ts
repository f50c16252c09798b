import { expect, test } from 'vitest';
import { decodeLog, findLostUpdates, interleavingOf, LOG_WORDS, type LogEvent } from './race-log.ts';

const e = (worker: number, ticket: number, op: 'read' | 'write', value: number): LogEvent => ({
  worker,
  ticket,
  op,
  value,
});

test('finds exactly the lost updates of a hand-written log', () => {
  const log = [
    e(1, 0, 'read', 41),
    e(2, 1, 'read', 41),
    e(1, 2, 'write', 42),
    e(2, 3, 'write', 42), // overwrites worker 1's 42: one update lost
    e(1, 4, 'read', 42),
    e(1, 5, 'write', 43), // clean
    e(2, 6, 'read', 43),
    e(1, 7, 'read', 43),
    e(3, 8, 'read', 43),
    e(2, 9, 'write', 44),
    e(1, 10, 'write', 44), // overwrites worker 2's 44
    e(3, 11, 'write', 44), // overwrites worker 2's and worker 1's 44
  ];
  const lost = findLostUpdates(log);
  expect(lost.map((l) => [l.lost.ticket, l.overwrite.ticket])).toEqual([
    [2, 3],
    [9, 10],
    [10, 11],
  ]);
  // The counter agrees: 6 increments moved it from 41 to 44, so 3 were lost.
  const increments = log.filter((x) => x.op === 'write').length;
  const final = log.filter((x) => x.op === 'write').at(-1)!.value;
  expect(increments - (final - 41)).toBe(lost.length);
  expect(interleavingOf(log, lost[0]!).map((x) => x.ticket)).toEqual([1, 2, 3]);
});

test('a serial log loses nothing', () => {
  const log = [e(1, 0, 'read', 0), e(1, 1, 'write', 1), e(2, 2, 'read', 1), e(2, 3, 'write', 2)];
  expect(findLostUpdates(log)).toEqual([]);
});

test('decodes the shared log in ticket order', () => {
  const words = new Int32Array(2 * LOG_WORDS);
  words.set([2, 7, 1, 5], 0);
  words.set([1, 3, 0, 4], LOG_WORDS);
  expect(decodeLog(words, 2)).toEqual([e(1, 3, 'read', 4), e(2, 7, 'write', 5)]);
});
