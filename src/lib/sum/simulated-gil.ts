// A simulated global interpreter lock: the lock CPython's threads must hold to run Python code, made of a
// real Mutex in shared memory that every summing worker must hold while it computes. Realm-neutral; the
// blocking parts (`acquire`, `checkInterval`) run in workers only.
import { Mutex, type MutexHandle } from '../atomics/mutex.ts';

/** What a worker needs to join a run's GIL; post it to workers (the buffer is shared, not copied). */
export interface GilHandle {
  readonly buffer: SharedArrayBuffer;
  /** ms a holder may keep the GIL while others wait; CPython's `sys.getswitchinterval()` is 5 ms. */
  readonly switchIntervalMs: number;
}

// Int32 slots: the mutex first, then the GIL's own.
/** Workers blocked in `acquire`, so the holder knows whether dropping the GIL would hand it to anyone. */
const WAITING = Mutex.SLOTS;
/** Acquisitions so far: a releasing holder sleeps until this moves, i.e. until another worker took it. */
const TURNS = Mutex.SLOTS + 1;
const SLOTS = Mutex.SLOTS + 2;

/** The page never locks the GIL; this owner id only reads its hand-off count. */
const PAGE_OWNER_ID = 0x7fff_ffff;

/**
 * Longest a releasing holder waits for another worker to take the GIL, ms. The waiter is already awake by
 * then in practice; the bound only keeps a worker from sleeping for good if the waiter vanished.
 */
const FORCED_SWITCH_LIMIT_MS = 1_000;

function mutexHandle(handle: GilHandle): MutexHandle {
  return { buffer: handle.buffer, index: 0 };
}

/** A new, free GIL for one run. */
export function createGil(switchIntervalMs: number): GilHandle {
  if (!(switchIntervalMs > 0 && Number.isFinite(switchIntervalMs))) {
    throw new RangeError(`gil.switchIntervalMs must be a number > 0 (ms); got ${switchIntervalMs}`);
  }
  return { buffer: new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT), switchIntervalMs };
}

/** Workers blocked waiting for the GIL right now. */
export function gilWaiting(handle: GilHandle): number {
  return Atomics.load(new Int32Array(handle.buffer), WAITING);
}

/** Times the GIL went from one worker to another, so far. */
export function gilHandoffs(handle: GilHandle): number {
  return Mutex.from(mutexHandle(handle), PAGE_OWNER_ID).handoffs;
}

/**
 * One worker's side of the GIL. Every switch interval the holder drops the GIL and queues for it again.
 * Like CPython 3.2 and later, when another worker waits the holder does not take it back until that
 * worker has taken it (a forced switch: without it the holder, already running, would win the lock again
 * before the woken waiter is even scheduled, and the GIL would hardly ever change hands). So at most one
 * worker computes at a time, and k workers take about as long as one.
 */
export class SimulatedGil {
  readonly #mutex: Mutex;
  readonly #cells: Int32Array;
  readonly #switchIntervalMs: number;
  /** performance.now() when this worker last took the GIL. */
  #heldSince = 0;
  /** Hold intervals not yet taken by `takeHolds`: start, end, start, end... in wall-clock ms. */
  #holds: number[] = [];

  constructor(handle: GilHandle, workerId: number) {
    this.#mutex = Mutex.from(mutexHandle(handle), workerId);
    this.#cells = new Int32Array(handle.buffer);
    this.#switchIntervalMs = handle.switchIntervalMs;
  }

  /** Blocks until this worker holds the GIL. */
  acquire(): void {
    Atomics.add(this.#cells, WAITING, 1);
    this.#mutex.lock();
    Atomics.sub(this.#cells, WAITING, 1);
    Atomics.add(this.#cells, TURNS, 1);
    Atomics.notify(this.#cells, TURNS);
    this.#heldSince = performance.now();
  }

  /**
   * Drops the GIL. If another worker waits, returns only once that worker has taken it (a forced switch).
   * Used at the end of a chunk too: a worker that dropped the GIL and at once locked it again for its next
   * chunk would nearly always win against the waiter it just woke, and could keep the GIL chunk after chunk
   * while the others starve.
   */
  release(): void {
    const othersWait = Atomics.load(this.#cells, WAITING) > 0;
    const turn = Atomics.load(this.#cells, TURNS);
    this.#drop();
    if (othersWait) Atomics.wait(this.#cells, TURNS, turn, FORCED_SWITCH_LIMIT_MS);
  }

  /**
   * Call between slices of work. Once this worker has held the GIL for a switch interval it releases it
   * (waiting, as `release` does, for a waiting worker to take it), then queues for it again.
   */
  checkInterval(): void {
    if (performance.now() - this.#heldSince < this.#switchIntervalMs) return;
    this.release();
    this.acquire();
  }

  /** This worker's figures: acquisitions, hand-offs to it, ms waited. */
  get stats() {
    return this.#mutex.stats;
  }

  /**
   * The intervals this worker held the GIL since the last call, flat: start, end, start, end... in
   * wall-clock ms (performance.timeOrigin + performance.now(), comparable across threads).
   */
  takeHolds(): number[] {
    const holds = this.#holds;
    this.#holds = [];
    return holds;
  }

  #drop(): void {
    // Recorded before unlocking, so no other worker's hold can start before this one's end.
    this.#holds.push(performance.timeOrigin + this.#heldSince, performance.timeOrigin + performance.now());
    this.#mutex.unlock();
  }
}
