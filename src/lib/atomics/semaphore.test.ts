import { afterEach, expect, test } from 'vitest';
import { Semaphore } from './semaphore.ts';
import { SyncError } from './shared-handle.ts';
import {
  pause,
  sharedFlag,
  startFixtureWorkers,
  stopFixtureWorkers,
} from '../../test-support/sync-fixture.ts';

afterEach(stopFixtureWorkers);

test('Semaphore(2) never admits a third, with 4 workers pressing', async () => {
  const semaphore = Semaphore.create(2);
  const inside = new Int32Array(new SharedArrayBuffer(8));
  const { flag, raise } = sharedFlag();
  const runs = startFixtureWorkers(4).map((remote) =>
    remote.semaphoreRounds(semaphore.handle, inside, flag, 3_000),
  );
  raise();
  await Promise.all(runs);
  // The peak is usually 2; how often two overlap depends on the scheduler, so only the bound is asserted.
  expect(Atomics.load(inside, 1)).toBeLessThanOrEqual(2);
  expect(Atomics.load(inside, 1)).toBeGreaterThanOrEqual(1);
  expect(Atomics.load(inside, 0)).toBe(0);
  expect(semaphore.available).toBe(2);
});

test('a worker gets the second permit at once, and times out waiting for a third', async () => {
  const semaphore = Semaphore.create(2);
  const [worker] = startFixtureWorkers(1);
  expect(semaphore.tryAcquire()).toBe(true);
  expect(await worker!.acquireWithin(semaphore.handle, 5_000)).toMatchObject({ got: true });
  expect(semaphore.tryAcquire()).toBe(true);
  const attempt = await worker!.acquireWithin(semaphore.handle, 150);
  expect(attempt.got).toBe(false);
  expect(attempt.elapsedMs).toBeGreaterThanOrEqual(145);
  semaphore.release();
  semaphore.release();
});

test('on the page: counts permits, waits with acquireAsync, refuses to block and to over-release', async () => {
  const semaphore = Semaphore.create(2);
  const other = Semaphore.from(semaphore.handle);
  expect(semaphore.tryAcquire()).toBe(true);
  expect(other.acquire()).toBe(true);
  expect(semaphore.available).toBe(0);
  expect(semaphore.tryAcquire()).toBe(false);
  expect(() => semaphore.acquire()).toThrow(/may not block.*use acquireAsync/);
  expect(await semaphore.acquireAsync(20)).toBe(false);
  let got: boolean | undefined;
  const waiting = semaphore.acquireAsync().then((result) => (got = result));
  await pause(30);
  expect(got).toBeUndefined();
  other.release();
  expect(await waiting).toBe(true);
  semaphore.release();
  semaphore.release();
  expect(() => semaphore.release()).toThrow(SyncError);
  expect(() => semaphore.release()).toThrow(/all 2 permits are already free/);
  expect(() => Semaphore.create(0)).toThrow(/permits must be an integer >= 1/);
});
