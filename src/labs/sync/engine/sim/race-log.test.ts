import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeLog, explainRace, interleavingOf, LOG_WORDS, type LogEvent } from './race-log.ts';

const e = (worker: number, ticket: number, op: 'read' | 'write', value: number): LogEvent => ({
  worker,
  ticket,
  op,
  value,
});

/**
 * The log of a race on one counter where `schedule` picks, step by step, which worker makes its next
 * access (read, then write of read + 1): every interleaving real threads could produce.
 */
function raceLog(workers: number, increments: number, schedule: readonly number[]) {
  const left = Array.from({ length: workers }, () => increments);
  const pending = new Map<number, number>();
  const events: LogEvent[] = [];
  let counter = 0;
  let pick = 0;
  while (left.some((n) => n > 0)) {
    const ready = left.flatMap((n, w) => (n > 0 ? [w + 1] : []));
    const worker = ready[(schedule[pick++ % Math.max(1, schedule.length)] ?? 0) % ready.length]!;
    const read = pending.get(worker);
    if (read === undefined) {
      pending.set(worker, counter);
      events.push(e(worker, events.length, 'read', counter));
    } else {
      pending.delete(worker);
      counter = read + 1;
      left[worker - 1]!--;
      events.push(e(worker, events.length, 'write', counter));
    }
  }
  return { events, final: counter };
}

test('finds exactly the overwrites of a hand-written log, and they add up to what the counter lost', () => {
  const log = [
    e(1, 0, 'read', 0),
    e(2, 1, 'read', 0),
    e(1, 2, 'write', 1),
    e(2, 3, 'write', 1), // both read 0: worker 2's 1 replaces worker 1's 1, one increment undone
    e(1, 4, 'read', 1),
    e(1, 5, 'write', 2), // clean
    e(2, 6, 'read', 2),
    e(1, 7, 'read', 2),
    e(3, 8, 'read', 2),
    e(2, 9, 'write', 3),
    e(1, 10, 'write', 3), // replaces worker 2's 3
    e(3, 11, 'write', 3), // replaces worker 1's 3
  ];
  const explained = explainRace(log, { expectedAccesses: 12 });
  expect(explained.untrusted).toBeUndefined();
  expect(explained.overwrites.map((o) => [o.overwritten.ticket, o.overwrite.ticket, o.wiped])).toEqual([
    [2, 3, 1],
    [9, 10, 1],
    [10, 11, 1],
  ]);
  // 6 increments moved the counter from 0 to 3: 3 lost.
  expect(explained).toMatchObject({ increments: 6, final: 3, wiped: 3, restored: 0, lost: 3 });
  expect(interleavingOf(log, explained.overwrites[0]!).map((x) => x.ticket)).toEqual([1, 2, 3]);
});

test('a write far below the counter undoes every increment above it, and a late write gives some back', () => {
  const log = [
    e(1, 0, 'read', 0),
    e(2, 1, 'read', 0),
    e(2, 2, 'write', 1),
    e(2, 3, 'read', 1),
    e(2, 4, 'write', 2),
    e(3, 5, 'read', 2),
    e(2, 6, 'read', 2),
    e(2, 7, 'write', 3),
    e(1, 8, 'write', 1), // read 0, counter at 3: undoes 3 increments
    e(3, 9, 'write', 3), // read 2, counter at 1: jumps to 3, giving 1 back
  ];
  const explained = explainRace(log);
  expect(explained.overwrites).toHaveLength(1);
  expect(explained.overwrites[0]).toMatchObject({ wiped: 3, staleRead: log[0], overwritten: log[7] });
  expect(explained).toMatchObject({ increments: 5, final: 3, wiped: 3, restored: 1, lost: 2 });
});

test('for every interleaving of up to 4 workers, the log explains exactly what the counter lost', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 6 }),
      fc.array(fc.nat(7), { minLength: 1, maxLength: 60 }),
      (workers, increments, schedule) => {
        const { events, final } = raceLog(workers, increments, schedule);
        const explained = explainRace(events, { expectedAccesses: 2 * workers * increments });
        expect(explained.untrusted).toBeUndefined();
        expect(explained.final).toBe(final);
        expect(explained.lost).toBe(workers * increments - final);
        // Lost updates are always explained by at least one overwrite, each a stale read's value + 1.
        expect(explained.overwrites.length > 0).toBe(final < workers * increments);
        for (const o of explained.overwrites) {
          expect(o.overwrite.value).toBe(o.staleRead.value + 1);
          expect(o.staleRead.ticket).toBeLessThan(o.overwritten.ticket);
          expect(o.overwritten.ticket).toBeLessThan(o.overwrite.ticket);
        }
      },
    ),
  );
});

test('a log that cannot pin the overwrites says why: missing accesses, or a read of a stale value', () => {
  const { events } = raceLog(2, 5, [0, 1, 1, 0]);
  expect(explainRace(events.slice(0, -2), { expectedAccesses: 20 }).untrusted).toBe('incomplete');
  expect(explainRace(events.slice(1)).untrusted).toBe('incomplete');
  // An order that only approximates the real one: worker 2's read is placed after worker 1's write, but
  // it read the value from before that write.
  const misordered = [e(1, 0, 'read', 0), e(1, 1, 'write', 1), e(2, 2, 'read', 0), e(2, 3, 'write', 1)];
  expect(explainRace(misordered).untrusted).toBe('out-of-order');
});

test('a serial log loses nothing', () => {
  const log = [e(1, 0, 'read', 0), e(1, 1, 'write', 1), e(2, 2, 'read', 1), e(2, 3, 'write', 2)];
  expect(explainRace(log)).toMatchObject({ overwrites: [], lost: 0, final: 2 });
});

test('decodes the shared log in ticket order', () => {
  const words = new Int32Array(2 * LOG_WORDS);
  words.set([2, 7, 1, 5], 0);
  words.set([1, 3, 0, 4], LOG_WORDS);
  expect(decodeLog(words, 2)).toEqual([e(1, 3, 'read', 4), e(2, 7, 'write', 5)]);
});
