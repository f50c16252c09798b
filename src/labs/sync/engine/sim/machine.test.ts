import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canRun, initialState, randomRun, replay, runnable, step, verdict } from './machine.ts';
import { makeProgram } from './programs.ts';

/** Plays random choices among the runnable threads until nothing can run. */
function runChoices(programName: Parameters<typeof makeProgram>[0], threads: number, choices: number[]) {
  let state = initialState(makeProgram(programName, threads));
  for (const choice of choices) {
    const ready = runnable(state);
    if (ready.length === 0) break;
    state = step(state, ready[choice % ready.length]!);
  }
  while (runnable(state).length > 0) state = step(state, runnable(state)[0]!);
  return state;
}

describe('scheduler simulator', () => {
  test('any schedule of the atomic version ends with the full count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.nat(5), { maxLength: 20 }),
        (threads, choices) => {
          const state = runChoices('atomic', threads, choices);
          expect(state.shared['count']).toBe(threads);
          expect(verdict(state)).toEqual({ kind: 'done', lostUpdates: 0 });
        },
      ),
    );
  });

  test('any schedule of the mutex version ends with the full count and never deadlocks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.nat(5), { maxLength: 40 }),
        (threads, choices) => {
          expect(verdict(runChoices('mutex', threads, choices))).toEqual({ kind: 'done', lostUpdates: 0 });
        },
      ),
    );
  });

  test('the known losing schedule of the plain increment is detected: both read 0, both write 1', () => {
    const state = replay(makeProgram('increment', 2), [0, 1, 0, 1, 0, 1]);
    expect(state.shared['count']).toBe(1);
    expect(verdict(state)).toEqual({ kind: 'done', lostUpdates: 1 });
    expect(verdict(replay(makeProgram('increment', 2), [0, 0, 0, 1, 1, 1]))).toEqual({
      kind: 'done',
      lostUpdates: 0,
    });
  });

  test('two locks in opposite order: the known deadlocking schedule is detected with its wait-for cycle', () => {
    const state = replay(makeProgram('deadlock', 2), [0, 1]);
    expect(canRun(state, 0)).toBe(false);
    expect(canRun(state, 1)).toBe(false);
    expect(verdict(state)).toEqual({
      kind: 'deadlock',
      waiting: [
        { thread: 0, lock: 'B', heldBy: 1 },
        { thread: 1, lock: 'A', heldBy: 0 },
      ],
    });
  });

  test('steps a thread cannot take are refused', () => {
    const state = replay(makeProgram('mutex', 2), [0]);
    expect(() => step(state, 1)).toThrow(RangeError);
  });

  test('a seed replays the same random schedule', () => {
    const program = makeProgram('increment', 3);
    expect(randomRun(program, 42).schedule).toEqual(randomRun(program, 42).schedule);
    const schedules = new Set(
      Array.from({ length: 20 }, (_, seed) => randomRun(program, seed).schedule.join('')),
    );
    expect(schedules.size).toBeGreaterThan(1);
  });
});
