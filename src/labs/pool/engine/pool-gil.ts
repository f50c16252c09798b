// The page's side of the pool lab's simulated GIL: one lock in shared memory that every pool worker must hold
// to run "Python code" (CPU work), released around a simulated blocking I/O wait as CPython releases the
// GIL around blocking I/O. The workers' side lives inside the task (run-work-item.ts), which travels to the
// workers as source text and so cannot import this file: the slot numbers and the lock word's layout below
// are repeated there as literals, and pool-gil.test.ts runs the task against these readers. Realm-neutral,
// no React.

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
  /**
   * The lock word: 0 when free; else (1 + the holder's item index) * 2, plus 1 while a worker may be
   * waiting for it. Taking the lock and naming the holder are one compare-exchange, and so is freeing it
   * (by its holder, or by the page for a stopped one). The waiting bit is cleared by every release and set
   * again only by live waiters, so a worker stopped while it waited cannot leave it set for long.
   */
  state: 0,
  /** Times the GIL was taken, by any worker. */
  turns: 1,
  /** Workers holding it right now: 0 or 1 while the lock works. */
  holding: 2,
  /** The most workers ever seen holding it at once. */
  mostHolding: 3,
  /**
   * From here on, one bit per item (item i: bit i % 32 of slot revoked + i / 32): items whose worker the
   * pool stopped, which release the GIL at once and stop if they ever win it again.
   */
  revoked: 4,
} as const;

/** `items`: how many items the run has, so that each has a revoked bit. */
export function createPoolGil(switchMs = GIL_SWITCH_MS, items = 0): PoolGil {
  const slots = GIL_SLOTS.revoked + Math.ceil(Math.max(0, items) / 32);
  return { buffer: new SharedArrayBuffer(slots * Int32Array.BYTES_PER_ELEMENT), switchMs };
}

export interface GilFigures {
  readonly turns: number;
  readonly mostHolding: number;
  /** 1 + the index of the holder's item, or 0 when the GIL is free. */
  readonly holder: number;
  /** The lock word says a worker may be waiting for the GIL. */
  readonly waiting: boolean;
}

export function gilFigures(gil: PoolGil): GilFigures {
  const cells = new Int32Array(gil.buffer);
  const word = Atomics.load(cells, GIL_SLOTS.state);
  return {
    turns: Atomics.load(cells, GIL_SLOTS.turns),
    mostHolding: Atomics.load(cells, GIL_SLOTS.mostHolding),
    holder: word >>> 1,
    waiting: (word & 1) === 1,
  };
}

/**
 * For a worker the pool stopped (a timeout, a crash) while it ran item `index`: marks the item revoked, so
 * that a worker still dying releases the GIL at once if it wins it again, and frees the GIL if that item's
 * worker holds it, since it can never release it itself and the others would wait forever. Returns whether
 * it freed it. The lock word is claimed with one compare-exchange, as a live holder's release does, so the
 * GIL is never unlocked twice.
 */
export function freeGilHeldBy(gil: PoolGil, index: number): boolean {
  const cells = new Int32Array(gil.buffer);
  const slot = GIL_SLOTS.revoked + (index >> 5);
  if (slot < cells.length) Atomics.or(cells, slot, 1 << (index & 31));
  const mine = (index + 1) * 2;
  for (let word = Atomics.load(cells, GIL_SLOTS.state); (word & ~1) === mine;) {
    const seen = Atomics.compareExchange(cells, GIL_SLOTS.state, word, 0);
    if (seen !== word) {
      word = seen;
      continue;
    }
    // The stopped worker may have died before counting itself as holding: never count below 0.
    for (let holding = Atomics.load(cells, GIL_SLOTS.holding); holding > 0;) {
      const was = Atomics.compareExchange(cells, GIL_SLOTS.holding, holding, holding - 1);
      if (was === holding) break;
      holding = was;
    }
    if (word & 1) Atomics.notify(cells, GIL_SLOTS.state, 1);
    return true;
  }
  return false;
}
