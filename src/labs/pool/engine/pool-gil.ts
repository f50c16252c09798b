// The page's side of the pool lab's simulated GIL: one lock in shared memory that every pool worker must hold
// to run "Python code" (CPU work), released around a simulated blocking I/O wait as CPython releases the
// GIL around blocking I/O. The workers' side lives inside the task (run-work-item.ts), which travels to the
// workers as source text and so cannot import this file: the slot numbers below are repeated there as
// literals, and pool-gil.test.ts runs the task against these readers. Realm-neutral, no React.

/** What each item carries to its worker: the lock's buffer (shared, not copied) and the switch interval. */
export interface PoolGil {
  readonly buffer: SharedArrayBuffer;
  /** ms a holder keeps the GIL while another worker waits: CPython's `sys.getswitchinterval()`, 5 ms. */
  readonly switchMs: number;
}

/** CPython's default switch interval, ms. */
export const GIL_SWITCH_MS = 5;

/** Int32 slots of the buffer. The task's copy of these numbers must stay the same. */
export const GIL_SLOTS = {
  /** 0 free, 1 held, 2 held and maybe waited for (a futex lock: unlocking then wakes a waiter). */
  state: 0,
  /** 1 + the index of the item whose worker holds the GIL; 0 when free. */
  holder: 1,
  /** Times the GIL was taken, by any worker. */
  turns: 2,
  /** Workers holding it right now: 0 or 1 while the lock works. */
  holding: 3,
  /** The most workers ever seen holding it at once. */
  mostHolding: 4,
  /** Workers blocked waiting for it, so a holder knows whether handing it over would help anyone. */
  waiting: 5,
} as const;

const SLOT_COUNT = 6;

export function createPoolGil(switchMs = GIL_SWITCH_MS): PoolGil {
  return { buffer: new SharedArrayBuffer(SLOT_COUNT * Int32Array.BYTES_PER_ELEMENT), switchMs };
}

export interface GilFigures {
  readonly turns: number;
  readonly mostHolding: number;
  /** 1 + the index of the holder's item, or 0 when the GIL is free. */
  readonly holder: number;
}

export function gilFigures(gil: PoolGil): GilFigures {
  const cells = new Int32Array(gil.buffer);
  return {
    turns: Atomics.load(cells, GIL_SLOTS.turns),
    mostHolding: Atomics.load(cells, GIL_SLOTS.mostHolding),
    holder: Atomics.load(cells, GIL_SLOTS.holder),
  };
}

/**
 * Frees the GIL if the worker running item `index` holds it: for a worker the pool stopped (a timeout, a
 * crash), which can never release it itself, so the others would wait forever. Returns whether it freed
 * it. The holder slot is claimed with one compare-exchange, the same one a live holder's release does, so
 * the GIL is never unlocked twice.
 */
export function freeGilHeldBy(gil: PoolGil, index: number): boolean {
  const cells = new Int32Array(gil.buffer);
  if (Atomics.compareExchange(cells, GIL_SLOTS.holder, index + 1, 0) !== index + 1) return false;
  Atomics.sub(cells, GIL_SLOTS.holding, 1);
  if (Atomics.sub(cells, GIL_SLOTS.state, 1) !== 1) {
    Atomics.store(cells, GIL_SLOTS.state, 0);
    Atomics.notify(cells, GIL_SLOTS.state, 1);
  }
  return true;
}
