// The pool's three families of timers, kept apart from the dispatch logic: per worker, a watchdog due when
// the item it runs passes its own timeout (item-deadline.ts), and an idle timer that retires a worker with
// nothing to do;
// per pool, a poll that emits task-start events for items that began since the last report. Each timer
// only notices; what follows (an outcome, a retired worker, an event) is the host's. Page realm.
import { isPastDeadline, watchdogDelay, type TimedItem } from './item-deadline.ts';
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
   * The worker's watchdog, due when the item it runs now passes its own timeout. Called whenever the page
   * may have learned of a new start: a report (every timed item's start is reported, see BatchMessage), a
   * dispatch, the watchdog itself. Items that have not started have no deadline yet.
   */
  armWatchdog(slot: WorkerSlot): void {
    clearTimeout(slot.watchdog);
    slot.watchdog = undefined;
    if (slot.state !== 'ready') return;
    const wait = watchdogDelay(timedItem(slot), performance.now());
    if (wait === undefined) return;
    slot.watchdog = setTimeout(() => {
      slot.watchdog = undefined;
      this.#checkTimeout(slot);
    }, wait);
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
    if (running && isPastDeadline(timedItem(slot), performance.now())) {
      this.#host.timedOut(slot, running.item, running.startMs, running.item.call.timeoutMs!);
      return;
    }
    this.armWatchdog(slot);
  }
}

/** The item `slot` runs now, with its call's timeout, for the deadline functions. */
function timedItem(slot: WorkerSlot): TimedItem | undefined {
  const running = slot.runningItem();
  if (!running || running.item.done) return undefined;
  return { startMs: running.startMs, timeoutMs: running.item.call.timeoutMs };
}
