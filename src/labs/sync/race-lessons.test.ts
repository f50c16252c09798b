import { expect, test } from 'vitest';
import type { RaceResult } from './engine/race/run-race.ts';
import { lostKind, RACE_LESSONS } from './race-lessons.ts';

const race = (mode: RaceResult['mode'], lost: number, nsPerOp: number): RaceResult => ({
  mode,
  workers: 2,
  expected: 200_000,
  actual: 200_000 - lost,
  lost,
  ms: (nsPerOp * 200_000) / 1e6,
  nsPerOp,
});

const races = RACE_LESSONS.races!;

test('lost updates read as none, a few (under 1%) or many', () => {
  expect(lostKind(0, 200_000)).toBe('none');
  expect(lostKind(1_999, 200_000)).toBe('few');
  expect(lostKind(2_000, 200_000)).toBe('many');
});

test('the explanation quotes the plain race’s loss and the cost of each fix, as the race table shows them', () => {
  const results = [race('plain', 61_234, 3.21), race('atomic', 0, 9.87), race('mutex', 0, 98.7)];
  const sentences = races.explain(results, 'few', 'en')!;
  expect(sentences[0]).toBe(
    'You expected a few updates to be lost. With plain reads and writes, 2 workers lost 61,234 of 200,000 updates (30.62%): the counter ended at 138,766.',
  );
  expect(sentences[1]).toBe('Not quite: many updates were lost.');
  expect(sentences[3]).toBe(
    'Atomics.add makes the read and the write one indivisible step: 0 lost, at 9.9 ns per increment against 3.2 ns for the plain loop. The mutex lost 0 too, at 98.7 ns per increment, 10.0× the cost of Atomics.add: every increment waits for the lock and hands it over.',
  );
  expect(races.explain([race('plain', 0, 3)], 'none', 'en')).toBeUndefined();
  const none = races.explain(
    [race('plain', 0, 3), race('atomic', 0, 9), race('mutex', 0, 90)],
    'none',
    'en',
  )!;
  expect(none[1]).toBe('That is what happened: no update was lost this time.');
  expect(races.explain(results, 'many', 'zh')![0]).toContain('在 200,000 次更新中丢失了 61,234 次（30.62%）');
});
