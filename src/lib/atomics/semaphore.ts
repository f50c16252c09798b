// A counting semaphore in shared memory: at most n holders at once. Realm-neutral.
import {
  allocateSlots,
  cannotBlock,
  checkTimeout,
  noWaitAsync,
  slotsOf,
  SyncError,
  type SyncHandle,
} from './shared-handle.ts';
import { threadCanBlock } from './thread-can-block.ts';

// Slot offsets from handle.index.
/** Permits free now; waiters sleep on this slot while it is 0. */
const AVAILABLE = 0;
/** n, the most permits there are, so every view can refuse a release that would pass it. */
const PERMITS = 1;

/**
 * A counting semaphore over two `Int32Array` slots: `acquire` takes one of n permits, waiting while none is
 * free; `release` gives one back. Create it with `Semaphore.create(n)` and send `semaphore.handle` to
 * workers, which attach with `Semaphore.from(handle)`.
 *
 * Guarantees: never more than n permits out at once across all threads; `acquire(timeoutMs)` returns
 * `false` once the timeout has passed without a permit; a release that would make more than n free throws.
 *
 * Does not guarantee:
 * - Fairness: a releasing thread that acquires again at once usually beats a woken waiter.
 * - Ownership: permits are not tied to threads; any thread may release (so a leaked permit is not caught,
 *   only a release beyond n).
 *
 * Blocking: `acquire` sleeps in `Atomics.wait` (workers only); on the page's main thread use
 * `acquireAsync`, which waits with `Atomics.waitAsync`.
 */
export class Semaphore {
  /** Int32 slots one semaphore occupies from `handle.index`. */
  static readonly SLOTS = 2;

  readonly handle: SyncHandle;
  readonly #cells: Int32Array;
  readonly #at: number;

  /** A new semaphore with `permits` (an integer >= 1) permits, all free, in a buffer of its own. */
  static create(permits: number): Semaphore {
    if (!Number.isInteger(permits) || permits < 1 || permits > 0x7fff_ffff) {
      throw new RangeError(`permits must be an integer >= 1; got ${permits}`);
    }
    const semaphore = new Semaphore(allocateSlots('Semaphore', Semaphore.SLOTS));
    Atomics.store(semaphore.#cells, semaphore.#at + PERMITS, permits);
    Atomics.store(semaphore.#cells, semaphore.#at + AVAILABLE, permits);
    return semaphore;
  }

  /** This thread's view of a semaphore made by `create` (possibly on another thread). */
  static from(handle: SyncHandle): Semaphore {
    return new Semaphore(handle);
  }

  private constructor(handle: SyncHandle) {
    this.#cells = slotsOf(handle, Semaphore.SLOTS);
    this.handle = { buffer: handle.buffer, index: handle.index };
    this.#at = handle.index;
  }

  /** n: the most permits there are. */
  get permits(): number {
    return Atomics.load(this.#cells, this.#at + PERMITS);
  }

  /** Permits free now (a snapshot: other threads may change it at once). */
  get available(): number {
    return Atomics.load(this.#cells, this.#at + AVAILABLE);
  }

  /**
   * Takes a permit, waiting at most `timeoutMs` (default: forever; 0 tries once). Returns whether it got one.
   *
   * @throws SyncError 'cannot-block' if it would have to wait on the page's main thread (use acquireAsync).
   */
  acquire(timeoutMs = Infinity): boolean {
    checkTimeout(timeoutMs);
    if (this.#tryTake()) return true;
    if (timeoutMs === 0) return false;
    if (!threadCanBlock()) throw cannotBlock('Semaphore.acquire', 'acquireAsync');
    const deadline = performance.now() + timeoutMs;
    while (!this.#tryTake()) {
      const remaining = deadline - performance.now();
      if (remaining <= 0) return false;
      Atomics.wait(this.#cells, this.#at + AVAILABLE, 0, remaining);
    }
    return true;
  }

  /** `acquire` that waits without blocking the thread (Atomics.waitAsync): the way to acquire on the page. */
  async acquireAsync(timeoutMs = Infinity): Promise<boolean> {
    checkTimeout(timeoutMs);
    if (this.#tryTake()) return true;
    if (timeoutMs === 0) return false;
    if (typeof Atomics.waitAsync !== 'function') {
      if (threadCanBlock()) return this.acquire(timeoutMs);
      throw noWaitAsync('Semaphore.acquireAsync');
    }
    const deadline = performance.now() + timeoutMs;
    while (!this.#tryTake()) {
      const remaining = deadline - performance.now();
      if (remaining <= 0) return false;
      const waiting = Atomics.waitAsync(this.#cells, this.#at + AVAILABLE, 0, remaining);
      if (waiting.async) await waiting.value;
    }
    return true;
  }

  /** `acquire(0)`: takes a permit if one is free, never waits. */
  tryAcquire(): boolean {
    return this.acquire(0);
  }

  /**
   * Gives a permit back and wakes one waiter.
   *
   * @throws SyncError 'over-release' if every permit is already free.
   */
  release(): void {
    const permits = this.permits;
    for (;;) {
      const available = Atomics.load(this.#cells, this.#at + AVAILABLE);
      if (available >= permits) {
        throw new SyncError('over-release', `Semaphore.release: all ${permits} permits are already free.`);
      }
      if (Atomics.compareExchange(this.#cells, this.#at + AVAILABLE, available, available + 1) === available)
        break;
    }
    Atomics.notify(this.#cells, this.#at + AVAILABLE, 1);
  }

  #tryTake(): boolean {
    for (;;) {
      const available = Atomics.load(this.#cells, this.#at + AVAILABLE);
      if (available === 0) return false;
      if (
        Atomics.compareExchange(this.#cells, this.#at + AVAILABLE, available, available - 1) === available
      ) {
        return true;
      }
    }
  }
}
