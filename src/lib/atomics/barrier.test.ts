import { afterEach, expect, test } from 'vitest';
import { Barrier } from './barrier.ts';
import { pause, startFixtureWorkers, stopFixtureWorkers, until } from '../../test-support/sync-fixture.ts';

afterEach(stopFixtureWorkers);

test('releases nobody until the last party arrives', async () => {
  const barrier = Barrier.create(3);
  const passed = new Int32Array(new SharedArrayBuffer(4));
  const arrivals = startFixtureWorkers(2).map((remote) => remote.arriveThenCount(barrier.handle, passed));
  await until(() => barrier.arrived === 2);
  await pause(100);
  expect(Atomics.load(passed, 0)).toBe(0);
  expect(barrier.generation).toBe(0);
  expect(() => barrier.arriveAndWait()).toThrow(/may not block.*use arriveAndWaitAsync/);
  expect(await barrier.arriveAndWaitAsync()).toBe(true);
  await Promise.all(arrivals);
  await until(() => Atomics.load(passed, 0) === 2);
  expect(barrier.generation).toBe(1);
});

test('is reusable: over many phases nobody runs ahead, and each phase has one last arrival', async () => {
  const parties = 3;
  const phases = 300;
  const barrier = Barrier.create(parties);
  const progress = new Int32Array(new SharedArrayBuffer(parties * 4));
  const results = await Promise.all(
    startFixtureWorkers(parties).map((remote, slot) =>
      remote.barrierPhases(barrier.handle, progress, slot, phases),
    ),
  );
  expect(results.map((r) => r.behind)).toEqual([0, 0, 0]);
  expect(results.reduce((sum, r) => sum + r.lastArrivals, 0)).toBe(phases);
  expect(barrier.generation).toBe(phases);
});

test('rejects a party count below 1', () => {
  expect(() => Barrier.create(0)).toThrow(/parties must be an integer >= 1/);
});
