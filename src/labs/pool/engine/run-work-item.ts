// The task of the task pool lab: runs one work item in a pool worker. The pool ships a task by its source
// text, so everything it uses is inside it, the simulated GIL's lock too. The GIL's slot numbers are
// literals here; their names and the page's side are in pool-gil.ts (state 0, turns 1, holding 2,
// mostHolding 3, revoked bits from 4; the state word is (item index + 1) * 2 while held, + 1 while waited for).
import type { WorkItem } from './work-items.ts';

/**
 * Runs `item`: counts primes (CPU), waits (simulated blocking I/O), returns a falsy value, throws or hangs
 * as the item says. Simulated I/O blocks the worker with Atomics.wait on a private buffer when shared
 * memory exists (a thread blocked in a system call), else waits on a timer.
 *
 * With `item.gil`, the item runs as a CPython thread would: it holds the GIL while it computes, hands it
 * to a waiting worker every switch interval (and does not take it back before that worker has it, as
 * CPython's forced switch), and releases it around the I/O wait.
 */
export function runWorkItem(item: WorkItem): unknown {
  const falsy = [0, '', null, false];
  const gil = item.gil;
  const cells = gil ? new Int32Array(gil.buffer) : undefined;
  /** The lock word while this worker holds the GIL, without the waiting bit. */
  const mine = (item.i + 1) * 2;
  /** performance.now() when this worker last took the GIL. */
  let heldSince = 0;

  /** The pool stopped this item's worker: the page has freed, or will free, its GIL. */
  const revoked = () => {
    if (!cells) return false;
    const slot = 4 + (item.i >> 5);
    return slot < cells.length && (Atomics.load(cells, slot) & (1 << (item.i & 31))) !== 0;
  };

  /** Counts this worker out of the holders, never below 0 (the page may have counted it out already). */
  const leave = () => {
    if (!cells) return;
    for (let holding = Atomics.load(cells, 2); holding > 0;) {
      const was = Atomics.compareExchange(cells, 2, holding, holding - 1);
      if (was === holding) break;
      holding = was;
    }
  };

  /**
   * Drops the GIL, unless the page already freed it (it does for a worker it stopped while holding it).
   * Returns how many waiting workers it woke. `counted`: this worker counted itself as holding.
   */
  const release = (counted = true): number => {
    if (!cells) return 0;
    let word = Atomics.load(cells, 0);
    if ((word & ~1) !== mine) return 0;
    if (counted) leave();
    for (;;) {
      const seen = Atomics.compareExchange(cells, 0, word, 0);
      if (seen === word) break;
      if ((seen & ~1) !== mine) return 0;
      word = seen;
    }
    return word & 1 ? Atomics.notify(cells, 0, 1) : 0;
  };

  /**
   * Blocks until this worker holds the GIL. The lock word holds the holder (mine) and a waiting bit, which a
   * waiter sets before it sleeps; a worker that wakes and takes the lock sets it too, as others may still
   * wait (a futex lock's "locked, maybe waited for").
   */
  const acquire = () => {
    if (!cells) return;
    let word = Atomics.compareExchange(cells, 0, 0, mine);
    while (word !== 0) {
      if ((word & ~1) === mine) {
        // An earlier attempt at this same item, in a worker the pool stopped before the page heard that the
        // item had started (so the page could not free its GIL), holds it: this attempt takes it over.
        leave();
        break;
      }
      if ((word & 1) === 0) {
        const seen = Atomics.compareExchange(cells, 0, word, word | 1);
        if (seen !== word) {
          word = seen === 0 ? Atomics.compareExchange(cells, 0, 0, mine | 1) : seen;
          continue;
        }
        word |= 1;
      }
      Atomics.wait(cells, 0, word);
      word = Atomics.compareExchange(cells, 0, 0, mine | 1);
    }
    if (revoked()) {
      // A worker the pool stopped, still dying: it must not keep the GIL from the live ones.
      release(false);
      throw new Error(`item ${item.i} was stopped`);
    }
    Atomics.add(cells, 1, 1);
    Atomics.notify(cells, 1);
    const holding = Atomics.add(cells, 2, 1) + 1;
    for (let most = Atomics.load(cells, 3); holding > most; most = Atomics.load(cells, 3)) {
      if (Atomics.compareExchange(cells, 3, most, holding) === most) break;
    }
    heldSince = performance.now();
  };

  /**
   * Between slices of work: once this worker has held the GIL for a switch interval and the lock word says
   * another waits, it hands the GIL over and queues for it again. It waits for the turn count to move (the
   * waiter took it) for at most one more interval, and not at all when its release woke nobody (the waiter
   * was stopped): a stopped waiter costs a holder nothing but that one check.
   */
  const switchIfDue = () => {
    if (!cells || !gil || performance.now() - heldSince < gil.switchMs) return;
    if (revoked()) {
      release();
      throw new Error(`item ${item.i} was stopped`);
    }
    if ((Atomics.load(cells, 0) & 1) === 0) {
      heldSince = performance.now();
      return;
    }
    const turn = Atomics.load(cells, 1);
    if (release() > 0) Atomics.wait(cells, 1, turn, gil.switchMs);
    acquire();
  };

  const finish = (value: unknown) => {
    if (item.log) console.log(item.url ? `fetched ${item.url}` : `item ${item.i} (${item.kind}) done`);
    return item.fail === 'falsy' ? falsy[item.i % falsy.length] : value;
  };

  acquire();
  if (item.fail === 'hang') {
    for (let spins = 0; ; spins++) {
      // Never returns: only the pool's timeout (or Cancel) stops this worker. Under the GIL it spins as a
      // CPU-bound thread, handing the GIL over like any other; the page frees it when the worker is stopped.
      if ((spins & 0xffff) === 0) switchIfDue();
    }
  }
  if (item.fail === 'throw') {
    release();
    throw new Error(`item ${item.i} failed on purpose`);
  }
  if (item.kind === 'io') {
    const value = item.url ?? item.amount;
    // Atomics.wait is allowed in workers only (the page's thread must never block).
    if (typeof SharedArrayBuffer === 'function' && self.crossOriginIsolated && !('document' in self)) {
      release();
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, item.amount);
      acquire();
      const result = finish(value);
      release();
      return result;
    }
    // A timer cannot block the thread, so the item cannot take the GIL back after its wait: it releases it
    // for good (nothing of the item after the wait is "Python code" worth holding it for).
    release();
    return new Promise((resolve) => setTimeout(() => resolve(finish(value)), item.amount));
  }
  let count = 0;
  for (let k = 2; k < item.amount; k++) {
    if ((k & 1023) === 0) switchIfDue();
    let prime = true;
    for (let d = 2; d * d <= k; d++) {
      if (k % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  const result = finish(count);
  release();
  return result;
}
