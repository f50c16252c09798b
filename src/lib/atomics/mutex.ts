// A mutual-exclusion lock in shared memory, usable from any thread that shares its buffer. Realm-neutral:
// the page, the workers and the simulated GIL all use this one class.
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

/** Where a mutex lives: its buffer and first Int32 slot; post it to workers (the buffer is shared, not copied). */
export type MutexHandle = SyncHandle;

/** What this thread's view of the mutex did; each view counts only its own acquisitions. */
export interface MutexStats {
  /** Successful lock calls. */
  readonly acquisitions: number;
  /** Acquisitions that took the lock from a different owner than its previous holder. */
  readonly handoffsIn: number;
  /** Lock calls that gave up at their timeout. */
  readonly timeouts: number;
  /** ms spent waiting in lock calls that could not take the lock at once, whether they got it or not. */
  readonly waitMs: number;
}

// Slot offsets from handle.index.
/** 0 free, 1 held, 2 held and maybe contended (a waiter may sleep on this slot, so unlock must notify). */
const STATE = 0;
/** Owner id of the holder; 0 when free. */
const HOLDER = 1;
/** Owner id of the latest holder, kept after unlock: a change at the next lock is a hand-off. */
const LAST_HOLDER = 2;
/** Hand-offs so far, over all threads. */
const HANDOFFS = 3;

const FREE = 0;
const HELD = 1;
const CONTENDED = 2;
const NO_OWNER = 0;
const MAX_OWNER_ID = 0x7fff_ffff;

/**
 * A mutex over `Int32Array` slots of a `SharedArrayBuffer`, on `Atomics.compareExchange` / `wait` /
 * `notify` (the three-state futex lock: free, held, held with waiters, so an uncontended lock and unlock
 * are one atomic operation each and never a system call).
 *
 * Each thread makes its own view with `Mutex.from(handle, ownerId)`; `mutex.handle` is what to post to a
 * worker. Owner ids are integers from 1 to 2^31 − 1, one per thread: the mutex records the holder's id,
 * and `unlock` checks it.
 *
 * Guarantees: mutual exclusion between all views of the same slots; `lock(timeoutMs)` returns `false`
 * once the timeout has passed without the lock; `unlock` by anyone but the holder throws; the holder and
 * the number of hand-offs (the lock going to a different owner than its previous holder) are readable by
 * any thread.
 *
 * Does not guarantee:
 * - Fairness. Waiters are woken one at a time, but a thread that unlocks and locks again at once usually
 *   wins against the waiter it just woke (the waiter has to be scheduled first). A waiter can starve.
 * - Reentrancy. A holder that locks again gets a `SyncError` ('reentrant') instead of a deadlock.
 * - Recovery. A holder that dies (its worker terminated) leaves the mutex held for good.
 *
 * Blocking: `lock` sleeps in `Atomics.wait`, which only workers may call. On the page's main thread a
 * contended `lock` throws a `SyncError` ('cannot-block') that says so; use `lockAsync` there, which waits
 * with `Atomics.waitAsync` (or refuses with 'no-wait-async' where the browser lacks it).
 */
export class Mutex {
  /** Int32 slots one mutex occupies from `handle.index`: state, holder, latest holder, hand-offs. */
  static readonly SLOTS = 4;
  /** Bytes of those slots. */
  static readonly BYTES = Mutex.SLOTS * Int32Array.BYTES_PER_ELEMENT;

  readonly handle: MutexHandle;
  readonly ownerId: number;
  readonly #cells: Int32Array;
  readonly #at: number;
  #acquisitions = 0;
  #handoffsIn = 0;
  #timeouts = 0;
  #waitMs = 0;
  #contended = 0;

  /** A new, free mutex in a buffer of its own, seen by owner `ownerId`. */
  static create(ownerId: number): Mutex {
    return new Mutex(allocateSlots('Mutex', Mutex.SLOTS), ownerId);
  }

  /**
   * A view of the mutex at `handle` for owner `ownerId`. Zeroed memory is a free mutex, so slots in a
   * fresh buffer need no set-up.
   */
  static from(handle: MutexHandle, ownerId: number): Mutex {
    return new Mutex(handle, ownerId);
  }

  private constructor(handle: MutexHandle, ownerId: number) {
    if (!Number.isInteger(ownerId) || ownerId < 1 || ownerId > MAX_OWNER_ID) {
      throw new RangeError(`ownerId must be an integer from 1 to ${MAX_OWNER_ID}; got ${ownerId}`);
    }
    const { buffer, index } = handle;
    this.#cells = slotsOf(handle, Mutex.SLOTS);
    this.handle = { buffer, index };
    this.ownerId = ownerId;
    this.#at = index;
  }

  /**
   * Takes the lock, waiting at most `timeoutMs` (default: forever; 0 tries once). Returns whether it got
   * the lock. Blocks the thread while waiting, so on the page's main thread a contended lock throws; use
   * `lockAsync` there.
   *
   * @throws SyncError 'reentrant' if this owner already holds it; 'cannot-block' if it would have to
   * wait on a thread that may not block.
   */
  lock(timeoutMs = Infinity): boolean {
    checkTimeout(timeoutMs);
    this.#refuseReentry();
    if (this.#tryTake()) return this.#took(0);
    if (timeoutMs === 0) return this.#gaveUp(0);
    if (!threadCanBlock()) throw cannotBlock('Mutex.lock', 'lockAsync');
    this.#contended++;
    const start = performance.now();
    const deadline = start + timeoutMs;
    while (Atomics.exchange(this.#cells, this.#at + STATE, CONTENDED) !== FREE) {
      const remaining = deadline - performance.now();
      if (remaining <= 0) return this.#gaveUp(performance.now() - start);
      Atomics.wait(this.#cells, this.#at + STATE, CONTENDED, remaining);
    }
    return this.#took(performance.now() - start);
  }

  /**
   * `lock` that waits without blocking the thread, with `Atomics.waitAsync`: the way to lock on the page's
   * main thread. Resolves with whether it got the lock within `timeoutMs` (default: forever). In a worker
   * of a browser without `Atomics.waitAsync` it falls back to the blocking `lock`.
   *
   * @throws SyncError 'reentrant'; 'no-wait-async' if it would have to wait on a thread that may not
   * block, in a browser without `Atomics.waitAsync`.
   */
  async lockAsync(timeoutMs = Infinity): Promise<boolean> {
    checkTimeout(timeoutMs);
    this.#refuseReentry();
    if (this.#tryTake()) return this.#took(0);
    if (timeoutMs === 0) return this.#gaveUp(0);
    if (typeof Atomics.waitAsync !== 'function') {
      if (threadCanBlock()) return this.lock(timeoutMs);
      throw noWaitAsync('Mutex.lockAsync');
    }
    this.#contended++;
    const start = performance.now();
    const deadline = start + timeoutMs;
    while (Atomics.exchange(this.#cells, this.#at + STATE, CONTENDED) !== FREE) {
      const remaining = deadline - performance.now();
      if (remaining <= 0) return this.#gaveUp(performance.now() - start);
      const waiting = Atomics.waitAsync(this.#cells, this.#at + STATE, CONTENDED, remaining);
      if (waiting.async) await waiting.value;
    }
    return this.#took(performance.now() - start);
  }

  /** `lock(0)`: takes the lock if it is free, never waits. */
  tryLock(): boolean {
    return this.lock(0);
  }

  /**
   * Releases the lock and wakes one waiter, if any may be sleeping.
   *
   * @throws SyncError 'not-owner' if this owner does not hold it.
   */
  unlock(): void {
    const holder = Atomics.load(this.#cells, this.#at + HOLDER);
    if (holder !== this.ownerId) {
      const who = holder === NO_OWNER ? 'nobody holds it' : `owner ${holder} holds it`;
      throw new SyncError('not-owner', `Mutex.unlock by owner ${this.ownerId}, but ${who}.`);
    }
    Atomics.store(this.#cells, this.#at + HOLDER, NO_OWNER);
    if (Atomics.sub(this.#cells, this.#at + STATE, 1) !== HELD) {
      // It was CONTENDED: someone may sleep on the state slot.
      Atomics.store(this.#cells, this.#at + STATE, FREE);
      Atomics.notify(this.#cells, this.#at + STATE, 1);
    }
  }

  /** Owner id of the holder, or 0 when the mutex is free. */
  get holder(): number {
    return Atomics.load(this.#cells, this.#at + HOLDER);
  }

  /** Times the lock went to a different owner than its previous holder, over all threads. */
  get handoffs(): number {
    return Atomics.load(this.#cells, this.#at + HANDOFFS);
  }

  /**
   * This view's lock calls so far that found the lock taken and had to wait (whether they got it or not).
   * A counter, not a clock: cheap enough to read around every lock call.
   */
  get contendedLocks(): number {
    return this.#contended;
  }

  /** This view's own figures (not the other threads'). */
  get stats(): MutexStats {
    return {
      acquisitions: this.#acquisitions,
      handoffsIn: this.#handoffsIn,
      timeouts: this.#timeouts,
      waitMs: this.#waitMs,
    };
  }

  #refuseReentry(): void {
    if (Atomics.load(this.#cells, this.#at + HOLDER) === this.ownerId) {
      throw new SyncError(
        'reentrant',
        `Mutex.lock by owner ${this.ownerId}, which already holds it: the mutex is not reentrant.`,
      );
    }
  }

  #tryTake(): boolean {
    return Atomics.compareExchange(this.#cells, this.#at + STATE, FREE, HELD) === FREE;
  }

  #took(waitedMs: number): true {
    Atomics.store(this.#cells, this.#at + HOLDER, this.ownerId);
    const previous = Atomics.exchange(this.#cells, this.#at + LAST_HOLDER, this.ownerId);
    if (previous !== NO_OWNER && previous !== this.ownerId) {
      Atomics.add(this.#cells, this.#at + HANDOFFS, 1);
      this.#handoffsIn++;
    }
    this.#acquisitions++;
    this.#waitMs += waitedMs;
    return true;
  }

  #gaveUp(waitedMs: number): false {
    this.#timeouts++;
    this.#waitMs += waitedMs;
    return false;
  }
}
