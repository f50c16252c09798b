import { expect, test } from 'vitest';
import { roundOrders } from '../measure/round-order.ts';
import { integerOption, planRounds, roundName, runRounds, type Round } from './rounds.ts';

const settings = { warmUpRounds: 2, repeats: 3, seed: 11 };
const steps = ['a', 'b', 'c', 'd'] as const;

test('integerOption: absent gives the fallback, a valid value is read, a bad one is named', () => {
  expect(integerOption({}, 'seed', 4, 0)).toBe(4);
  expect(integerOption({ seed: '17' }, 'seed', 4, 0)).toBe(17);
  expect(() => integerOption({ seed: '-1' }, 'seed', 4, 0)).toThrow(
    '--seed: expected an integer >= 0, got -1',
  );
  expect(() => integerOption({ 'chunks-per-worker': '2.5' }, 'chunks-per-worker', 64, 1)).toThrow(
    /--chunks-per-worker: expected an integer >= 1, got 2\.5/,
  );
  expect(() => integerOption({ seed: '1e20' }, 'seed', 4, 0)).toThrow(RangeError);
  expect(() => integerOption({ seed: 'many' }, 'seed', 4, 0)).toThrow(RangeError);
});

test('planRounds: warm-up rounds first (untimed, numbered -2, -1), then the timed ones, each with every step once', () => {
  const plan = planRounds(steps, settings);
  expect(plan.rounds.map((r) => r.round)).toEqual([
    { index: -2, timed: false },
    { index: -1, timed: false },
    { index: 0, timed: true },
    { index: 1, timed: true },
    { index: 2, timed: true },
  ]);
  for (const { order } of plan.rounds) expect([...order].sort()).toEqual([...steps]);
  expect(plan.timedOrders).toEqual(plan.rounds.filter((r) => r.round.timed).map((r) => r.order));
});

test('planRounds: the orders follow the seed, round by round, and another seed gives other orders', () => {
  const plan = planRounds(steps, settings);
  expect(plan.timedOrders).toEqual(roundOrders(steps, 3, 11));
  expect(plan.rounds.slice(0, 2).map((r) => r.order)).toEqual(roundOrders(steps, 2, 11, -2));
  const other = planRounds(steps, { ...settings, seed: 12 });
  expect(other.timedOrders).not.toEqual(plan.timedOrders);
});

test('roundName', () => {
  expect(roundName({ index: -2, timed: false }, settings)).toBe('warm-up round 1/2 (untimed)');
  expect(roundName({ index: 1, timed: true }, settings)).toBe('round 2/3');
});

test('runRounds runs every step of every round in the planned order, reporting each', async () => {
  const plan = planRounds(steps, settings);
  const ran: [string, Round][] = [];
  const progress: string[] = [];
  await runRounds(
    plan,
    settings,
    { signal: new AbortController().signal, progress: (text) => progress.push(text) },
    { workload: 'demo', label: (step) => `step ${step}` },
    async (step, round) => {
      await Promise.resolve();
      ran.push([step, round]);
    },
  );
  expect(ran.map(([step]) => step)).toEqual(plan.rounds.flatMap((r) => r.order));
  expect(ran.filter(([, round]) => round.timed)).toHaveLength(3 * steps.length);
  expect(progress).toHaveLength(5 * steps.length);
  expect(progress[0]).toBe(`demo: warm-up round 1/2 (untimed), step 1/4: step ${plan.rounds[0]!.order[0]}`);
});

test('runRounds stops at the next step once aborted, with the signal’s reason', async () => {
  const controller = new AbortController();
  let count = 0;
  const running = runRounds(
    planRounds(steps, settings),
    settings,
    { signal: controller.signal, progress: () => undefined },
    { workload: 'demo', label: String },
    async () => {
      count++;
      if (count === 3) controller.abort(new Error('stopped by the driver'));
      await Promise.resolve();
    },
  );
  await expect(running).rejects.toThrow('stopped by the driver');
  expect(count).toBe(3);
});

test('runRounds hands each step every round once: the warm-up ones untimed, the timed ones 0..repeats-1', async () => {
  const seen = new Map<string, Round[]>(steps.map((step) => [step, []]));
  await runRounds(
    planRounds(steps, settings),
    settings,
    { signal: new AbortController().signal, progress: () => undefined },
    { workload: 'demo', label: (step) => step },
    async (step, round) => {
      seen.get(step)!.push(round);
      await Promise.resolve();
    },
  );
  for (const rounds of seen.values()) {
    expect(rounds.filter((r) => !r.timed).map((r) => r.index)).toEqual([-2, -1]);
    expect(rounds.filter((r) => r.timed).map((r) => r.index)).toEqual([0, 1, 2]);
  }
});

test('runRounds names rounds with describe.roundName when the workload gives one', async () => {
  const progress: string[] = [];
  await runRounds(
    planRounds(steps, { warmUpRounds: 1, repeats: 1, seed: 3 }),
    { warmUpRounds: 1, repeats: 1, seed: 3 },
    { signal: new AbortController().signal, progress: (text) => progress.push(text) },
    {
      workload: 'demo',
      label: (step) => step,
      roundName: (round) => (round.timed ? 'timed' : 'warm-up round (untimed)'),
    },
    () => Promise.resolve(),
  );
  expect(progress.slice(0, 4).every((line) => line.startsWith('demo: warm-up round (untimed), step '))).toBe(
    true,
  );
  expect(progress.slice(4).every((line) => line.startsWith('demo: timed, step '))).toBe(true);
});

test('runRounds rejects with a step’s error and runs no step after it', async () => {
  let count = 0;
  const running = runRounds(
    planRounds(steps, settings),
    settings,
    { signal: new AbortController().signal, progress: () => undefined },
    { workload: 'demo', label: (step) => step },
    async () => {
      count++;
      await Promise.resolve();
      if (count === 6) throw new Error('total differs');
    },
  );
  await expect(running).rejects.toThrow('total differs');
  expect(count).toBe(6);
});
