// The page side of one pool worker: the only place a pool worker is created. It sends batches and skips,
// keeps the items in flight in its ledger (slot-ledger.ts: which item runs where), and turns every way a
// worker can die into one call to its host. Page realm.
import {
  assertNever,
  type BatchMessage,
  type ErrorInfo,
  type InitMessage,
  type ReportMessage,
  type SkipMessage,
  type WorkerToPage,
} from '../protocol/pool-protocol.ts';
import { packNumbersOf } from '../protocol/packed-numbers.ts';
import { SlotLedger } from './slot-ledger.ts';
import type { TaskRef, WorkItem } from './work-item.ts';
import { WorkerStatus } from '../protocol/worker-status.ts';
import { workerErrorReason } from '../../workers/worker-failure.ts';

export interface SlotHost {
  ready(slot: WorkerSlot): void;
  report(slot: WorkerSlot, report: ReportMessage): void;
  /**
   * The worker died or is dying. `runningSeq` is the item it was running when the worker said so itself
   * (close(), an uncaught error); undefined when the page only saw it go.
   */
  died(slot: WorkerSlot, reason: string, runningSeq: number | undefined, error?: ErrorInfo): void;
}

/**
 * The start of this pool's Web Locks names, unique to the pool so pools never wait on each other's locks;
 * null when there is no locks API. Each worker's lock is `${prefix}/${id}`.
 */
export function poolLockPrefix(): string | null {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | undefined);
  const unique =
    typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
  return locks ? `concurrency-playground-pool/${unique}` : null;
}

/** A worker forgets no task, but a page may create many: past this many, sources are sent again. */
const MAX_SENT_TASKS = 256;

/** An item's argument, as it goes into a batch message (one function, so every call site shares its shape). */
const argOf = (item: WorkItem) => item.arg;

export class WorkerSlot {
  readonly id: number;
  /** `stopping`: about to be terminated, waiting for reports already on their way (no new work). */
  state: 'starting' | 'ready' | 'stopping' | 'dead' = 'starting';
  /** Shared progress when the page is cross-origin isolated; otherwise reports carry the running item. */
  readonly status: WorkerStatus | null;
  /** The items sent to this worker and how far each has got. */
  readonly ledger: SlotLedger<WorkItem>;
  /**
   * worker clock + offsetMs = page clock (ms), from the two time origins: they can disagree by a few ms, so
   * times mapped with it are capped at the moment the page learned them (here, report-intake.ts).
   */
  offsetMs = 0;
  /** ms, performance.now(); NaN before ready / while alive. */
  readyAt = Number.NaN;
  /** Timers owned by the dispatcher. */
  watchdog: ReturnType<typeof setTimeout> | undefined;
  idleTimer: ReturnType<typeof setTimeout> | undefined;
  stopTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #host: SlotHost;
  readonly #worker: Worker | null;
  readonly #lockName: string | null;
  readonly #lockWatch = new AbortController();
  readonly #sentTasks = new Set<number>();
  #skipGeneration = 0;

  /** `prepare`: the pool's prepareWorker source, run in the worker before it is ready (or null). */
  constructor(id: number, host: SlotHost, lockPrefix: string | null, prepare: string | null = null) {
    this.id = id;
    this.#host = host;
    const status =
      typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated
        ? WorkerStatus.create()
        : null;
    this.status = status;
    this.ledger = new SlotLedger<WorkItem>(status ? () => status.read() : null);
    this.#lockName = lockPrefix === null ? null : `${lockPrefix}/${id}`;
    let worker: Worker | null = null;
    try {
      worker = new Worker(new URL('../worker/pool.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      queueMicrotask(() => this.#host.died(this, `new Worker() threw: ${reason}`, undefined));
    }
    this.#worker = worker;
    if (!worker) return;
    worker.addEventListener('message', (event: MessageEvent<WorkerToPage>) => this.#onMessage(event.data));
    worker.addEventListener('error', (event) => {
      // Before ready: the script did not load or threw at top level. After: an error the worker did not catch.
      event.preventDefault();
      this.#host.died(this, workerErrorReason(event), undefined);
    });
    worker.addEventListener('messageerror', () => {
      this.#host.died(this, 'a message from the worker could not be read', undefined);
    });
    const init: InitMessage = {
      type: 'init',
      lockName: this.#lockName,
      status: status?.buffer ?? null,
      prepare,
    };
    worker.postMessage(init);
  }

  /** Items sent and not yet reported, in the order the worker runs them. */
  get inFlight(): SlotLedger<WorkItem>['inFlight'] {
    return this.ledger.inFlight;
  }

  get batchesInFlight(): number {
    return this.ledger.batchesInFlight;
  }

  /**
   * Sends items of one call as one message. `buffered`: tiny items, which may share reports (see
   * BatchMessage.buffered); `reportStarts`: the page must learn of each start. Returns the error if the
   * message could not be sent (then nothing was sent).
   */
  send(task: TaskRef, items: readonly WorkItem[], buffered: boolean, reportStarts: boolean): unknown {
    if (!this.#worker) return new Error('no worker');
    if (this.#sentTasks.size >= MAX_SENT_TASKS) this.#sentTasks.clear();
    // Optional fields only when set: every property costs structured clone time, on every message.
    const args = packNumbersOf(items, argOf);
    const message: BatchMessage = { type: 'batch', taskId: task.id, firstSeq: this.ledger.nextSeq, args };
    if (!this.#sentTasks.has(task.id)) message.source = task.source;
    if (buffered) message.buffered = items[0]!.call.id;
    if (reportStarts) message.reportStarts = true;
    try {
      // Items with Transferables travel alone (the dispatcher sees to it); numeric arguments are moved.
      this.#worker.postMessage(
        message,
        args instanceof Float64Array ? [args.buffer] : (items[0]?.transfer ?? []),
      );
    } catch (error) {
      return error;
    }
    this.#sentTasks.add(task.id);
    this.ledger.sent(items);
    return undefined;
  }

  /** Tells the worker not to start these items (sequence numbers); each comes back reported as skipped. */
  skip(seqs: readonly number[]): void {
    if (!this.#worker || seqs.length === 0 || this.state === 'dead') return;
    const generation = ++this.#skipGeneration;
    const message: SkipMessage = { type: 'skip', seqs, generation };
    this.#worker.postMessage(message);
    // After the post: a worker that sees the new generation knows the message is on its way.
    this.status?.publishSkips(generation);
  }

  /** The item the worker is running now and when it began (page clock), as far as the page can tell. */
  running(): { seq: number; startMs: number } | undefined {
    const running = this.ledger.running();
    return (
      running && { seq: running.seq, startMs: Math.min(running.since + this.offsetMs, performance.now()) }
    );
  }

  /** The in-flight item the worker is running now, and when it began (page clock), as far as the page can tell. */
  runningItem(): { item: WorkItem; seq: number; startMs: number } | undefined {
    const running = this.running();
    const item = running && this.ledger.itemAt(running.seq);
    return running && item ? { item, seq: running.seq, startMs: running.startMs } : undefined;
  }

  /** Stops the worker now. Safe to call more than once. */
  terminate(): void {
    this.state = 'dead';
    this.#lockWatch.abort();
    clearTimeout(this.watchdog);
    clearTimeout(this.idleTimer);
    clearTimeout(this.stopTimer);
    this.watchdog = undefined;
    this.idleTimer = undefined;
    this.stopTimer = undefined;
    this.#worker?.terminate();
  }

  #onMessage(message: WorkerToPage): void {
    if (this.state === 'dead') return;
    switch (message.type) {
      case 'report':
        this.#host.report(this, message);
        break;
      case 'ready':
        this.state = 'ready';
        this.readyAt = performance.now();
        this.offsetMs = message.timeOrigin - performance.timeOrigin;
        if (message.locked) this.#watchLock();
        this.#host.ready(this);
        break;
      case 'prepare-failed':
        // Only a starting worker prepares: a late or forged one from a ready worker is not a start failure.
        if (this.state !== 'starting') break;
        this.#host.died(
          this,
          `prepareWorker threw ${message.error.name}: ${message.error.message}`,
          undefined,
        );
        break;
      case 'closing':
        this.#host.died(this, 'close() was called in the worker', message.runningSeq);
        break;
      case 'fault':
        this.#host.died(
          this,
          `uncaught ${message.error.name}: ${message.error.message}`,
          message.runningSeq,
          message.error,
        );
        break;
      default:
        // A new WorkerToPage kind fails to compile here until it is handled.
        assertNever(message);
    }
  }

  /** The worker holds a lock until it is gone; asking for the same lock learns when, whatever the cause. */
  #watchLock(): void {
    const locks = navigator.locks as LockManager | undefined;
    if (!this.#lockName || !locks) return;
    locks
      .request(this.#lockName, { signal: this.#lockWatch.signal }, () => {
        this.#host.died(this, 'the worker stopped (out of memory, or closed)', undefined);
      })
      .catch(() => {
        // Aborted because the page terminated the worker itself.
      });
  }
}
