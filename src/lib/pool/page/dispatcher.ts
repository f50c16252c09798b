// The heart of a pool: items waiting per call, workers started on demand up to the pool size, batches
// sent to the least loaded worker, and every way a worker ends (idle, crash, timeout, cancel, terminate)
// put in order, so each item gets exactly one outcome. Page realm.
// One file, past 250 lines, because it alone owns the pool's mutable state (the calls, the live workers,
// the pump) and sets the order of every step that changes it; each step's work lives elsewhere: batches
// (batch-sizing.ts, batch-assembly.ts), the choice of worker (choose-worker.ts), reports
// (report-intake.ts), who gets what when a worker ends (crash-attribution.ts, applied by slot-endings.ts),
// the timers (slot-timers.ts) and stats (pool-stats.ts).
import { autoShare, returnUnsent, takeBatch } from './batch-assembly.ts';
import { isBuffered, planDispatch, type DispatchPlan } from './batch-sizing.ts';
import { chooseWorker, type Candidate } from './choose-worker.ts';
import type { TraceRing } from './item-trace.ts';
import { OutcomeRecorder } from './outcome-recorder.ts';
import { WorkerStartError } from './pool-errors.ts';
import type { ErrorInfo, ReportMessage } from '../protocol/pool-protocol.ts';
import { poolStats, type PoolCounters } from './pool-stats.ts';
import type { PoolStats } from '../pool-types.ts';
import { takeReport } from './report-intake.ts';
import * as endings from './slot-endings.ts';
import { SlotTimers, type TimerHost } from './slot-timers.ts';
import type { ResolvedPoolOptions } from './validate-options.ts';
import type { Call, WorkItem } from './work-item.ts';
import { poolLockPrefix, WorkerSlot, type SlotHost } from './worker-slot.ts';

/** Workers that fail to start this many times in a row end the calls waiting for them. */
export const MAX_START_FAILURES = 3;
/**
 * A worker being stopped waits at most this long (ms) for the reports of items that ended in it and are on
 * their way (shared status shows they ended): they keep their outcomes rather than being lost.
 */
export const STOP_GRACE_MS = 250;

export class Dispatcher implements SlotHost, TimerHost {
  readonly options: ResolvedPoolOptions;
  readonly #record: OutcomeRecorder;
  readonly #slots: WorkerSlot[] = [];
  readonly #calls = new Set<Call>();
  readonly #lockPrefix: string | null;
  #nextWorkerId = 1;
  #startFailures = 0;
  #pumpScheduled = false;
  readonly #timers = new SlotTimers(this);
  #terminated = false;
  /** Workers being stopped, and why (the reason their worker-exit event gives). */
  readonly #stopping = new Map<WorkerSlot, string>();
  /** Alive time of workers that exited (ms). */
  #deadAliveMs = 0;
  readonly #pumpChannel = new MessageChannel();

  constructor(options: ResolvedPoolOptions) {
    this.options = options;
    this.#record = new OutcomeRecorder(options.traceCapacity, options.onEvent);
    this.#lockPrefix = poolLockPrefix();
    // Dispatch runs as its own task, after the current burst of reports and pulls, so batches fill up.
    this.#pumpChannel.port1.onmessage = () => this.#pump();
  }

  get terminated(): boolean {
    return this.#terminated;
  }

  get idleTimeoutMs(): number {
    return this.options.idleTimeoutMs;
  }

  slots(): Iterable<WorkerSlot> {
    return this.#slots;
  }

  get counters(): PoolCounters {
    return this.#record.counters;
  }

  get trace(): TraceRing {
    return this.#record.trace;
  }

  register(call: Call): void {
    this.#calls.add(call);
  }

  unregister(call: Call): void {
    this.#calls.delete(call);
  }

  /**
   * A new item of a call: it waits for a worker. `queuedMs`: when it was pulled (performance.now()); a call
   * that pulls many items at once reads the clock once for all of them, as a clock read costs about as much
   * as the rest of an item's way through the page.
   */
  enqueue(item: WorkItem, queuedMs = performance.now()): void {
    item.queuedMs = queuedMs;
    item.call.pending.push(item);
    this.schedulePump();
  }

  schedulePump(): void {
    if (this.#pumpScheduled || this.#terminated) return;
    this.#pumpScheduled = true;
    this.#pumpChannel.port2.postMessage(null);
  }

  /** Runs waiting to be sent (for maxQueue). */
  queuedRuns(): number {
    if (!Number.isFinite(this.options.maxQueue)) return 0;
    let n = 0;
    for (const call of this.#calls) if (call.kind === 'run' && call.pending.length > 0) n++;
    return n;
  }

  /**
   * Every unfinished item of `call` is cancelled at once, except those that already ended in a worker (their
   * reports bring their outcomes). Workers are told to skip its items they have not started; a worker running
   * one is stopped (a fresh one starts when there is work), and items of other calls it had not started go
   * back to the front of their queues.
   */
  cancelCall(call: Call): void {
    for (const item of call.pending.drain()) this.#record.finish(item, { status: 'cancelled' });
    for (const slot of [...this.#slots]) {
      if (endings.cancelOnSlot(slot, call, this.#record)) this.#stopSlot(slot, 'cancelled');
    }
    this.schedulePump();
  }

  /** Every call waiting for workers that cannot start: its waiting items fail with `error`, then the call. */
  #failCalls(error: WorkerStartError): void {
    const info = { name: error.name, message: error.message };
    for (const call of [...this.#calls]) {
      if (call.pending.length === 0) continue;
      call.fail(error);
      for (const item of call.pending.drain()) this.#record.finish(item, { status: 'error', error: info });
    }
  }

  /** Terminates every worker; calls still going end (map: items cancelled; run: rejected). */
  terminate(): void {
    if (this.#terminated) return;
    this.#terminated = true;
    const orphans: WorkItem[] = [];
    for (const slot of [...this.#slots]) {
      endings.keepRunningStart(slot);
      this.#retire(slot, 'terminated');
      for (const { item } of slot.ledger.drain()) orphans.push(item);
    }
    endings.cancelOrphans(orphans, this.#record);
    for (const call of [...this.#calls]) call.terminate();
    this.#pumpChannel.port1.close();
    this.#timers.stop();
  }

  stats(): PoolStats {
    return poolStats({
      size: this.options.size,
      calls: this.#calls,
      workers: this.#slots,
      deadAliveMs: this.#deadAliveMs,
      counters: this.#record.counters,
    });
  }

  ready(slot: WorkerSlot): void {
    this.#startFailures = 0;
    this.#record.events.workerStart(slot.id);
    this.schedulePump();
  }

  report(slot: WorkerSlot, report: ReportMessage): void {
    takeReport(slot, report, this.#record);
    if (slot.state === 'stopping') {
      if (!slot.ledger.awaitingReports()) this.#finishStop(slot);
      return;
    }
    this.#timers.armWatchdog(slot);
    if (slot.inFlight.length === 0) this.#timers.armIdle(slot);
    this.schedulePump();
  }

  died(slot: WorkerSlot, reason: string, runningSeq: number | undefined, error?: ErrorInfo): void {
    if (slot.state === 'dead') return;
    if (slot.state === 'starting') {
      this.#startFailed(slot, reason);
      return;
    }
    if (slot.state === 'stopping') {
      // Nothing more will come from it.
      this.#finishStop(slot);
      return;
    }
    endings.recordCrash(slot, reason, runningSeq, error, this.#record);
    this.#stopSlot(slot, `crashed: ${reason}`);
  }

  #pump(): void {
    this.#pumpScheduled = false;
    if (this.#terminated) return;
    const now = performance.now();
    // How long each worker has been on its current item: read once per round, it changes little meanwhile.
    const ready: Candidate<WorkerSlot>[] = [];
    for (const slot of this.#slots) {
      if (slot.state !== 'ready') continue;
      const running = slot.batchesInFlight > 0 ? slot.running() : undefined;
      ready.push({ worker: slot, elapsed: running ? now - running.startMs : 0 });
    }
    const calls = [...this.#calls].filter((call) => call.pending.length > 0);
    const plans = calls.map((call) => planDispatch(call.batchSize, call.task.estimate.msPerItem));
    const shares = calls.map((call) => autoShare(call, ready.length));
    for (let progress = true; progress && ready.length > 0;) {
      progress = false;
      calls.forEach((call, i) => {
        if (call.pending.length > 0 && this.#dispatchOne(call, plans[i]!, shares[i]!, ready, now))
          progress = true;
      });
    }
    // Start workers for items no started worker can take, up to the pool size.
    let waiting = 0;
    for (const call of calls) waiting += call.pending.length;
    const starting = this.#slots.length - ready.length;
    let toStart = Math.min(this.options.size - this.#slots.length, waiting - starting);
    for (; toStart > 0; toStart--) this.#spawn();
    for (const { worker } of ready) if (worker.inFlight.length === 0) this.#timers.armIdle(worker);
  }

  /** Sends one batch of `call` to the worker chooseWorker picks; false if no worker has room. */
  #dispatchOne(
    call: Call,
    plan: DispatchPlan,
    share: number,
    ready: readonly Candidate<WorkerSlot>[],
    now: number,
  ): boolean {
    const alone = call.pending.at(0)!.transfer !== undefined;
    const best = chooseWorker(ready, plan, call.task.estimate.msPerItem, alone);
    if (!best) return false;
    const items = takeBatch(call, plan, share, alone);
    for (const item of items) {
      item.dispatchedMs = now;
      item.workerId = best.id;
    }
    const buffered = isBuffered(call.task.estimate.msPerItem, call.timeoutMs);
    // Timeouts need each start; so does cancel where no shared status shows what runs.
    const reportStarts = call.timeoutMs !== undefined || best.status === null;
    const error = best.send(call.task, items, buffered, reportStarts);
    if (error !== undefined) {
      returnUnsent(call, items, error, this.#record);
      this.schedulePump();
      return true;
    }
    if (this.#record.events.listening) this.#timers.watchStarts();
    this.#timers.cancelIdle(best);
    return true;
  }

  #spawn(): void {
    const slot = new WorkerSlot(this.#nextWorkerId++, this, this.#lockPrefix, this.options.prepareWorker);
    this.#slots.push(slot);
  }

  #startFailed(slot: WorkerSlot, reason: string): void {
    this.#retire(slot, `failed to start: ${reason}`);
    this.#startFailures++;
    if (this.#startFailures >= MAX_START_FAILURES) {
      const error = new WorkerStartError(this.#startFailures, reason);
      this.#startFailures = 0;
      this.#failCalls(error);
      return;
    }
    this.schedulePump();
  }

  timedOut(slot: WorkerSlot, item: WorkItem, startMs: number, timeoutMs: number): void {
    endings.recordTimeout(item, startMs, this.#record);
    this.#stopSlot(slot, `timeout: an item ran past ${timeoutMs} ms`);
  }

  idle(slot: WorkerSlot): void {
    this.#retire(slot, 'idle');
  }

  started(item: WorkItem, startMs: number): void {
    item.startMs = startMs;
    this.#record.events.taskStart(item, startMs);
  }

  /**
   * Stops a worker whose culprit item already has its outcome (or is being retried). It takes no more work
   * at once; it is terminated as soon as the reports of items that ended in it have arrived, or after
   * STOP_GRACE_MS; then its items that never started wait again.
   */
  #stopSlot(slot: WorkerSlot, reason: string): void {
    if (slot.state === 'dead' || this.#stopping.has(slot)) return;
    slot.state = 'stopping';
    this.#stopping.set(slot, reason);
    clearTimeout(slot.watchdog);
    clearTimeout(slot.idleTimer);
    if (!slot.ledger.awaitingReports()) {
      this.#finishStop(slot);
      return;
    }
    slot.stopTimer = setTimeout(() => this.#finishStop(slot), STOP_GRACE_MS);
  }

  #finishStop(slot: WorkerSlot): void {
    const reason = this.#stopping.get(slot);
    if (reason === undefined) return;
    this.#stopping.delete(slot);
    this.#retire(slot, reason);
    endings.settleLeftovers(slot, reason, this.#record);
    this.schedulePump();
  }

  #retire(slot: WorkerSlot, reason: string): void {
    this.#stopping.delete(slot);
    if (slot.state !== 'dead') {
      if (!Number.isNaN(slot.readyAt)) this.#deadAliveMs += performance.now() - slot.readyAt;
      slot.terminate();
      this.#record.events.workerExit(slot.id, reason);
    }
    const at = this.#slots.indexOf(slot);
    if (at >= 0) this.#slots.splice(at, 1);
  }
}
