import { afterEach, describe, expect, test } from 'vitest';
import { Mutex } from './mutex.ts';
import { SyncError } from './shared-handle.ts';
import {
  sharedFlag,
  startFixtureWorkers as startWorkers,
  stopFixtureWorkers,
  until,
} from '../../test-support/sync-fixture.ts';

afterEach(stopFixtureWorkers);

describe('Mutex across workers', () => {
  test('4 workers under heavy contention lose no guarded increment', async () => {
    const workers = 4;
    const times = 20_000;
    const mutex = Mutex.create(100);
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const start = new Int32Array(new SharedArrayBuffer(4));
    const remotes = startWorkers(workers);
    const runs = remotes.map((remote, i) =>
      remote.incrementUnderLock(mutex.handle, i + 1, counter, start, times),
    );
    Atomics.store(start, 0, 1);
    Atomics.notify(start, 0);
    const stats = await Promise.all(runs);
    expect(Atomics.load(counter, 0)).toBe(workers * times);
    expect(stats.map((s) => s.acquisitions)).toEqual([times, times, times, times]);
    expect(mutex.holder).toBe(0);
    // Every acquisition that took the lock from another owner was counted once, by its taker.
    expect(mutex.handoffs).toBe(stats.reduce((sum, s) => sum + s.handoffsIn, 0));
    expect(mutex.handoffs).toBeGreaterThan(0);
  });

  test('lock(timeout) returns false after about the timeout while another worker holds it', async () => {
    const mutex = Mutex.create(100);
    const [holder, contender] = startWorkers(2);
    const { flag, raise: release } = sharedFlag();
    const holding = holder!.holdUntilReleased(mutex.handle, 1, flag);
    await until(() => mutex.holder === 1);
    const attempt = await contender!.lockWithin(mutex.handle, 2, 250);
    expect(attempt.got).toBe(false);
    expect(attempt.elapsedMs).toBeGreaterThanOrEqual(245);
    // Generous: the machine is shared; this only rules out waiting for good.
    expect(attempt.elapsedMs).toBeLessThan(5_000);
    expect(mutex.holder).toBe(1);
    release();
    await holding;
    expect(mutex.holder).toBe(0);
    expect(await contender!.lockWithin(mutex.handle, 2, 250)).toMatchObject({ got: true });
  });

  test('unlock by a worker that does not hold the lock throws and leaves the holder in place', async () => {
    const mutex = Mutex.create(100);
    expect(mutex.lock()).toBe(true);
    const [other] = startWorkers(1);
    await expect(other!.unlockAs(mutex.handle, 7)).rejects.toThrow(/owner 7, but owner 100 holds it/);
    expect(mutex.holder).toBe(100);
    mutex.unlock();
  });
});

describe('Mutex on the page’s main thread', () => {
  test('records the holder, refuses unlock by a non-owner and re-locking by the holder', () => {
    const mine = Mutex.create(1);
    const theirs = Mutex.from(mine.handle, 2);
    expect(mine.holder).toBe(0);
    expect(mine.lock()).toBe(true);
    expect(theirs.holder).toBe(1);
    expect(() => theirs.unlock()).toThrow(SyncError);
    expect(() => theirs.unlock()).toThrow(/owner 2, but owner 1 holds it/);
    expect(() => mine.lock()).toThrow(/not reentrant/);
    expect(theirs.tryLock()).toBe(false);
    mine.unlock();
    expect(() => mine.unlock()).toThrow(/nobody holds it/);
  });

  test('counts hand-offs: the lock going to a different owner than its previous holder', () => {
    const a = Mutex.create(1);
    const b = Mutex.from(a.handle, 2);
    for (const view of [a, a, b, a, b, b]) {
      expect(view.lock()).toBe(true);
      view.unlock();
    }
    expect(a.handoffs).toBe(3);
    expect(a.stats).toMatchObject({ acquisitions: 3, handoffsIn: 1 });
    expect(b.stats).toMatchObject({ acquisitions: 3, handoffsIn: 2 });
  });

  test('a contended lock() refuses to block the page and says why; lockAsync waits instead', async () => {
    const mutex = Mutex.create(100);
    const [holder] = startWorkers(1);
    const { flag, raise: release } = sharedFlag();
    const holding = holder!.holdUntilReleased(mutex.handle, 1, flag);
    await until(() => mutex.holder === 1);
    expect(() => mutex.lock()).toThrow(/may not block.*use lockAsync/);
    expect(await mutex.lockAsync(20)).toBe(false);
    expect(mutex.stats.timeouts).toBe(1);
    let got: boolean | undefined;
    const waiting = mutex.lockAsync().then((result) => (got = result));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(got).toBeUndefined();
    release();
    expect(await waiting).toBe(true);
    expect(mutex.holder).toBe(100);
    expect(mutex.handoffs).toBe(1);
    mutex.unlock();
    await holding;
  });

  test('rejects bad owner ids, timeouts and handles, naming them', () => {
    expect(() => Mutex.create(0)).toThrow(/ownerId must be an integer from 1/);
    const mutex = Mutex.create(1);
    expect(() => mutex.lock(-1)).toThrow(/timeoutMs must be a number >= 0/);
    expect(() => Mutex.from({ buffer: mutex.handle.buffer, index: 1 }, 2)).toThrow(/handle.index/);
  });
});
