// The task of the task pool lab: runs one work item in a pool worker. The pool ships a task by its source
// text, so everything it uses is inside it, the simulated GIL's lock too. The GIL's slot numbers are
// literals here; their names and the page's side are in pool-gil.ts (state 0, holder 1, turns 2,
// holding 3, mostHolding 4, waiting 5).
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
  const me = item.i + 1;
  /** performance.now() when this worker last took the GIL. */
  let heldSince = 0;

  /** Blocks until this worker holds the GIL (a futex lock: 0 free, 1 held, 2 held and maybe waited for). */
  const acquire = () => {
    if (!cells) return;
    let state = Atomics.compareExchange(cells, 0, 0, 1);
    if (state !== 0) {
      Atomics.add(cells, 5, 1);
      if (state !== 2) state = Atomics.exchange(cells, 0, 2);
      while (state !== 0) {
        Atomics.wait(cells, 0, 2);
        state = Atomics.exchange(cells, 0, 2);
      }
      Atomics.sub(cells, 5, 1);
    }
    Atomics.store(cells, 1, me);
    Atomics.add(cells, 2, 1);
    Atomics.notify(cells, 2);
    const holding = Atomics.add(cells, 3, 1) + 1;
    for (let most = Atomics.load(cells, 4); holding > most; most = Atomics.load(cells, 4)) {
      if (Atomics.compareExchange(cells, 4, most, holding) === most) break;
    }
    heldSince = performance.now();
  };

  /** Drops the GIL, unless the page already freed it (it does for a worker it stopped while holding it). */
  const release = () => {
    if (!cells || Atomics.compareExchange(cells, 1, me, 0) !== me) return;
    Atomics.sub(cells, 3, 1);
    if (Atomics.sub(cells, 0, 1) !== 1) {
      Atomics.store(cells, 0, 0);
      Atomics.notify(cells, 0, 1);
    }
  };

  /**
   * Between slices of work: once this worker has held the GIL for a switch interval and another waits, it
   * hands the GIL over and queues for it again. It waits for the turn count to move (the waiter took it)
   * for at most one more interval: a waiter counted but gone (a stopped worker) must not stall it long.
   */
  const switchIfDue = () => {
    if (!cells || !gil || performance.now() - heldSince < gil.switchMs) return;
    if (Atomics.load(cells, 5) === 0) {
      heldSince = performance.now();
      return;
    }
    const turn = Atomics.load(cells, 2);
    release();
    Atomics.wait(cells, 2, turn, gil.switchMs);
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
