// The pool's three families of timers, kept apart from the dispatch logic: per worker, a watchdog due when
// the item it runs could first pass its timeout, and an idle timer that retires a worker with nothing to do;
// per pool, a poll that emits task-start events for items that began since the last report. Each timer
// only notices; what follows (an outcome, a retired worker, an event) is the host's. Page realm.
import type { WorkItem } from './work-item.ts';
import type { WorkerSlot } from './worker-slot.ts';

/** How often running items are looked at for task-start events (ms), while there is a listener. */
export const STARTS_POLL_MS = 50;

export interface TimerHost {
  /** Workers with nothing in flight for this long retire (ms; Infinity: never). */
  readonly idleTimeoutMs: number;
  readonly terminated: boolean;
  slots(): Iterable<WorkerSlot>;
  /** `item` has run on `slot` since `startMs` for at least `timeoutMs`. */
  timedOut(slot: WorkerSlot, item: WorkItem, startMs: number, timeoutMs: number): void;
  /** `slot` has had nothing in flight for the idle timeout. */
  idle(slot: WorkerSlot): void;
  /** `item`, still without an outcome and a task-start event, began at `startMs`. */
  started(item: WorkItem, startMs: number): void;
}

export class SlotTimers {
  readonly #host: TimerHost;
  #startsTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: TimerHost) {
    this.#host = host;
  }

  /**
   * One watchdog per worker, due when the item it runs could first be past its timeout; with nothing
   * timed running yet, none of its queued items can be due sooner than its own timeout from now.
   */
  armWatchdog(slot: WorkerSlot): void {
    if (slot.watchdog !== undefined || slot.state !== 'ready') return;
    const running = slot.runningItem();
    let wait: number | undefined;
    if (running?.item.call.timeoutMs !== undefined) {
      wait = running.startMs + running.item.call.timeoutMs - performance.now();
    } else {
      for (let k = 0; k < slot.inFlight.length; k++) {
        const timeout = slot.inFlight.at(k)!.call.timeoutMs;
        if (timeout !== undefined) wait = Math.min(wait ?? Infinity, timeout);
      }
    }
    if (wait === undefined) return;
    slot.watchdog = setTimeout(
      () => {
        slot.watchdog = undefined;
        this.#checkTimeout(slot);
      },
      Math.max(1, wait),
    );
  }

  /** Retires `slot` after the idle timeout unless work reaches it first (see cancelIdle). */
  armIdle(slot: WorkerSlot): void {
    const ttl = this.#host.idleTimeoutMs;
    if (slot.idleTimer !== undefined || !Number.isFinite(ttl) || slot.state !== 'ready') return;
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = undefined;
      if (slot.state === 'ready' && slot.inFlight.length === 0) this.#host.idle(slot);
    }, ttl);
  }

  cancelIdle(slot: WorkerSlot): void {
    clearTimeout(slot.idleTimer);
    slot.idleTimer = undefined;
  }

  /**
   * With a listener and shared status: every STARTS_POLL_MS, a task-start for items that began since, so a
   * long item shows on a timeline while it runs even when no report has named it yet.
   */
  watchStarts(): void {
    if (this.#startsTimer !== undefined) return;
    this.#startsTimer = setTimeout(() => {
      this.#startsTimer = undefined;
      let busy = false;
      for (const slot of this.#host.slots()) {
        if (slot.state !== 'ready' || slot.inFlight.length === 0 || !slot.status) continue;
        busy = true;
        const running = slot.runningItem();
        if (!running || running.item.done || running.item.startEmitted) continue;
        this.#host.started(running.item, running.startMs);
      }
      if (busy && !this.#host.terminated) this.watchStarts();
    }, STARTS_POLL_MS);
  }

  /** Stops the pool-wide poll; the per-worker timers stop with their workers (WorkerSlot.terminate). */
  stop(): void {
    clearTimeout(this.#startsTimer);
    this.#startsTimer = undefined;
  }

  #checkTimeout(slot: WorkerSlot): void {
    if (slot.state !== 'ready') return;
    const running = slot.runningItem();
    const timeout = running?.item.call.timeoutMs;
    if (running && timeout !== undefined && performance.now() - running.startMs >= timeout) {
      this.#host.timedOut(slot, running.item, running.startMs, timeout);
      return;
    }
    this.armWatchdog(slot);
  }
}
