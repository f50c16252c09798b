// Test fixture: what a worker does with the src/lib/atomics primitives in their browser tests. Realm-neutral;
// exposed by sync-fixture.worker.ts. Not part of the app.
import { Barrier } from '../lib/atomics/barrier.ts';
import { Mutex, type MutexHandle, type MutexStats } from '../lib/atomics/mutex.ts';
import { Semaphore } from '../lib/atomics/semaphore.ts';
import type { SyncHandle } from '../lib/atomics/shared-handle.ts';
import { gilWaiting, SimulatedGil, type GilHandle } from '../lib/sum/simulated-gil.ts';

/** Appends `id` to a shared log: `log[0]` counts the entries, which follow from `log[1]`. */
function logTurn(log: Int32Array, id: number): void {
  const at = Atomics.add(log, 0, 1);
  Atomics.store(log, 1 + at, id);
}

export const syncFixtureApi = {
  /**
   * `rounds` turns with the GIL: take it, log the turn, hold it until another worker waits for it (or every
   * other worker has finished), drop it, and at once queue for the next turn, as a summing worker does at a
   * chunk's end. `finished[0]` counts the workers done.
   */
  gilTurns(handle: GilHandle, workerId: number, rounds: number, log: Int32Array, finished: Int32Array): void {
    const gil = new SimulatedGil(handle, workerId);
    for (let round = 0; round < rounds; round++) {
      gil.acquire();
      logTurn(log, workerId);
      while (gilWaiting(handle) === 0 && Atomics.load(finished, 0) === 0) {
        // Spin: every drop then has a waiter to hand the GIL to.
      }
      gil.release();
    }
    Atomics.add(finished, 0, 1);
  },

  /**
   * `times` increments of `counter[0]` under the mutex, each a plain read then a plain write: only the
   * mutex keeps them from losing updates. Waits on `start[0]` first, so all workers begin together.
   */
  incrementUnderLock(
    handle: MutexHandle,
    ownerId: number,
    counter: Int32Array,
    start: Int32Array,
    times: number,
  ): MutexStats {
    const mutex = Mutex.from(handle, ownerId);
    Atomics.wait(start, 0, 0);
    for (let i = 0; i < times; i++) {
      mutex.lock();
      const seen = counter[0] ?? 0;
      counter[0] = seen + 1;
      mutex.unlock();
    }
    return mutex.stats;
  },

  /** Locks, holds the lock until the page stores a non-zero value in `release[0]`, unlocks. */
  holdUntilReleased(handle: MutexHandle, ownerId: number, release: Int32Array): void {
    const mutex = Mutex.from(handle, ownerId);
    mutex.lock();
    Atomics.wait(release, 0, 0);
    mutex.unlock();
  },

  /** One timed `lock` call: whether it got the lock, and the ms it took. Unlocks if it got it. */
  lockWithin(handle: MutexHandle, ownerId: number, timeoutMs: number): { got: boolean; elapsedMs: number } {
    const mutex = Mutex.from(handle, ownerId);
    const start = performance.now();
    const got = mutex.lock(timeoutMs);
    const elapsedMs = performance.now() - start;
    if (got) mutex.unlock();
    return { got, elapsedMs };
  },

  /**
   * `rounds` times: take a permit, count itself in `inside[0]`, raise `inside[1]` to the most seen inside
   * at once, stay a moment, leave, give the permit back. Waits on `start[0]` first.
   */
  semaphoreRounds(handle: SyncHandle, inside: Int32Array, start: Int32Array, rounds: number): void {
    const semaphore = Semaphore.from(handle);
    Atomics.wait(start, 0, 0);
    for (let round = 0; round < rounds; round++) {
      semaphore.acquire();
      const now = Atomics.add(inside, 0, 1) + 1;
      for (let peak = Atomics.load(inside, 1); now > peak; peak = Atomics.load(inside, 1)) {
        if (Atomics.compareExchange(inside, 1, peak, now) === peak) break;
      }
      // Stay inside a little, so the others pile up at the semaphore.
      for (let spin = 0; spin < 200; spin++) Atomics.load(inside, 0);
      Atomics.sub(inside, 0, 1);
      semaphore.release();
    }
  },

  /**
   * `phases` rounds: announce phase p in `progress[slot]`, wait at the barrier, then check every party has
   * announced at least p. Returns the phases in which someone had not (0 if the barrier held) and how
   * often this party arrived last.
   */
  barrierPhases(
    handle: SyncHandle,
    progress: Int32Array,
    slot: number,
    phases: number,
  ): { behind: number; lastArrivals: number } {
    const barrier = Barrier.from(handle);
    let behind = 0;
    let lastArrivals = 0;
    for (let phase = 1; phase <= phases; phase++) {
      Atomics.store(progress, slot, phase);
      if (barrier.arriveAndWait()) lastArrivals++;
      for (let other = 0; other < progress.length; other++) {
        if (Atomics.load(progress, other) < phase) {
          behind++;
          break;
        }
      }
    }
    return { behind, lastArrivals };
  },

  /** Arrives at the barrier, then counts itself in `passed[0]`. */
  arriveThenCount(handle: SyncHandle, passed: Int32Array): void {
    Barrier.from(handle).arriveAndWait();
    Atomics.add(passed, 0, 1);
  },

  /** One timed `acquire`: whether it got a permit, and the ms it took. Gives the permit back if it got one. */
  acquireWithin(handle: SyncHandle, timeoutMs: number): { got: boolean; elapsedMs: number } {
    const semaphore = Semaphore.from(handle);
    const start = performance.now();
    const got = semaphore.acquire(timeoutMs);
    const elapsedMs = performance.now() - start;
    if (got) semaphore.release();
    return { got, elapsedMs };
  },

  /** Calls `unlock` as `ownerId`, whoever holds the lock. */
  unlockAs(handle: MutexHandle, ownerId: number): void {
    Mutex.from(handle, ownerId).unlock();
  },
};

export type SyncFixtureApi = typeof syncFixtureApi;
