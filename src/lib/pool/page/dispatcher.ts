// The heart of a pool: items waiting per call, workers started on demand up to the pool size, batches
// sent to the least loaded worker, reports turned into outcomes, and every way an item can end (value,
// throw, timeout, crash, cancel) giving it exactly one outcome. Page realm.
// One file because dispatch, reports and the ways a worker ends all change the same state (the calls'
// queues, the slots, the counters) in one order; the decisions live elsewhere: batch sizing, the choice of
// worker, crash attribution (crash-attribution.ts) and the timers (slot-timers.ts).
import { planDispatch, type DispatchPlan } from './batch-sizing.ts';
import { chooseWorker, type Candidate } from './choose-worker.ts';
import { crashedItem, leftoverFate, mayRetry, planCancel, type WorkerView } from './crash-attribution.ts';
import type { TraceRing } from './item-trace.ts';
import { OutcomeRecorder } from './outcome-recorder.ts';
import { WorkerCrashError, WorkerStartError } from './pool-errors.ts';
import type { ErrorInfo, ReportMessage } from '../protocol/pool-protocol.ts';
import type { PoolCounters } from './pool-stats.ts';
import type { PoolStats } from '../pool-types.ts';
import type { ResolvedPoolOptions } from './validate-options.ts';
import type { Call, WorkItem } from './work-item.ts';
import { SlotTimers, type TimerHost } from './slot-timers.ts';
import { WorkerSlot, type SlotHost } from './worker-slot.ts';

/** Workers that fail to start this many times in a row end the calls waiting for them. */
export const MAX_START_FAILURES = 3;

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
  /** Alive time of workers that exited (ms). */
  #deadAliveMs = 0;
  readonly #pumpChannel = new MessageChannel();

  constructor(options: ResolvedPoolOptions) {
    this.options = options;
    this.#record = new OutcomeRecorder(options.traceCapacity, options.onEvent);
    const locks = typeof navigator === 'undefined' ? undefined : (navigator.locks as LockManager | undefined);
    const unique =
      typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
    this.#lockPrefix = locks ? `concurrency-playground-pool/${unique}` : null;
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

  /** A new item of a call: it waits for a worker. */
  enqueue(item: WorkItem): void {
    item.queuedMs = performance.now();
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
   * Every unfinished item of `call` is cancelled: waiting ones at once, and a worker running one of its
   * items is terminated (a fresh one starts when there is work). Items of other calls on that worker go
   * back to the front of their queues.
   */
  cancelCall(call: Call): void {
    for (const item of call.pending.drain()) this.#record.finish(item, { status: 'cancelled' });
    for (const slot of [...this.#slots]) {
      const running = crashedItem(undefined, this.#view(slot));
      const plan = planCancel(slot.inFlight, call, slot.headSeq, running);
      const items = plan.cancelled.map((k) => slot.inFlight.at(k)!);
      plan.cancelled.forEach((k, i) => {
        const item = items[i]!;
        if (k === plan.running && Number.isNaN(item.startMs)) item.startMs = running?.startMs ?? NaN;
        if (Number.isNaN(item.startMs)) item.workerId = null;
        this.#record.finish(item, { status: 'cancelled' });
      });
      if (plan.running !== undefined) this.#endSlot(slot, 'cancelled');
    }
    this.schedulePump();
  }

  /** Terminates every worker; calls still going end (map: items cancelled; run: rejected). */
  terminate(): void {
    if (this.#terminated) return;
    this.#terminated = true;
    const orphans: WorkItem[] = [];
    for (const slot of [...this.#slots]) {
      const running = slot.runningItem();
      if (running && Number.isNaN(running.item.startMs)) running.item.startMs = running.startMs;
      this.#retire(slot, 'terminated');
      orphans.push(...slot.inFlight.drain());
    }
    for (const item of orphans) {
      if (Number.isNaN(item.startMs)) item.workerId = null;
      this.#record.finish(item, { status: 'cancelled' });
    }
    for (const call of [...this.#calls]) call.terminate();
    this.#pumpChannel.port1.close();
    this.#timers.stop();
  }

  stats(): PoolStats {
    const now = performance.now();
    let queued = 0;
    for (const call of this.#calls) queued += call.pending.length;
    let running = 0;
    let aliveMs = this.#deadAliveMs;
    for (const slot of this.#slots) {
      running += slot.inFlight.length;
      if (!Number.isNaN(slot.readyAt)) aliveMs += now - slot.readyAt;
    }
    const c = this.#record.counters;
    return {
      size: this.options.size,
      liveWorkers: this.#slots.length,
      queued,
      running,
      completed: c.completed,
      failed: c.failed,
      timedOut: c.timedOut,
      cancelled: c.cancelled,
      retried: c.retried,
      runMs: c.runMs.percentiles(),
      waitMs: c.waitMs.percentiles(),
      utilization: aliveMs > 0 ? Math.min(1, c.busyMs / aliveMs) : 0,
    };
  }

  ready(slot: WorkerSlot): void {
    this.#startFailures = 0;
    this.#record.events.workerStart(slot.id);
    this.schedulePump();
  }

  report(slot: WorkerSlot, report: ReportMessage): void {
    const { times, failed, values, logs } = report;
    const offset = slot.offsetMs;
    const n = failed.length;
    this.#record.events.beginReport(logs, offset, slot.id);
    let estimateTask = slot.inFlight.at(0)?.call.task;
    let runSum = 0;
    let runCount = 0;
    for (let k = 0; k < n; k++) {
      const item = slot.shiftReported();
      if (!item) break;
      const startMs = times[2 * k]! + offset;
      const endMs = times[2 * k + 1]! + offset;
      if (item.call.task !== estimateTask) {
        estimateTask?.estimate.add(runSum, runCount);
        estimateTask = item.call.task;
        runSum = 0;
        runCount = 0;
      }
      runSum += endMs - startMs;
      runCount++;
      if (item.done) continue;
      item.startMs = startMs;
      if (!item.startEmitted) this.#record.events.taskStart(item, startMs);
      const value = values[k];
      this.#record.finish(
        item,
        failed[k] === 1 ? { status: 'error', error: value as ErrorInfo } : { status: 'ok', value },
        endMs,
      );
    }
    estimateTask?.estimate.add(runSum, runCount);
    this.#record.events.endReport();
    if (report.runningSeq >= 0) {
      slot.reportedRunningSeq = report.runningSeq;
      slot.reportedRunningSince = report.runningSince;
      const item = slot.itemAt(report.runningSeq);
      if (item && !item.done) {
        item.startMs = report.runningSince + offset;
        if (!item.startEmitted) this.#record.events.taskStart(item, item.startMs);
      }
    }
    if (slot.inFlight.length === 0) this.#timers.armIdle(slot);
    this.schedulePump();
  }

  died(slot: WorkerSlot, reason: string, runningSeq: number | undefined, error?: ErrorInfo): void {
    if (slot.state === 'dead') return;
    if (slot.state === 'starting') {
      this.#startFailed(slot, reason);
      return;
    }
    // The item running when it died gets the crash, unless it may be retried; the rest go back to the queue.
    const at = crashedItem(runningSeq, this.#view(slot));
    const crashed = at && slot.itemAt(at.seq);
    if (crashed && !crashed.done) {
      if (Number.isNaN(crashed.startMs) && at.startMs !== undefined) crashed.startMs = at.startMs;
      if (mayRetry(crashed)) {
        crashed.attempts++;
        this.#record.counters.retried++;
      } else {
        const info: ErrorInfo = {
          name: 'WorkerCrashError',
          message: WorkerCrashError.describe(slot.id, reason),
        };
        const stack = error?.stack;
        this.#record.finish(crashed, {
          status: 'error',
          error: stack === undefined ? info : { ...info, stack },
        });
      }
    }
    this.#endSlot(slot, `crashed: ${reason}`);
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
    for (let progress = true; progress && ready.length > 0;) {
      progress = false;
      calls.forEach((call, i) => {
        if (call.pending.length > 0 && this.#dispatchOne(call, plans[i]!, ready, now)) progress = true;
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
    ready: readonly Candidate<WorkerSlot>[],
    now: number,
  ): boolean {
    const alone = call.pending.at(0)!.transfer !== undefined;
    const best = chooseWorker(ready, plan, call.task.estimate.msPerItem, alone);
    if (!best) return false;
    let count = Math.min(plan.batch, call.pending.length);
    // 'auto' shares what is waiting among the workers rather than giving it all to the first.
    if (call.batchSize === 'auto') count = Math.min(count, Math.ceil(call.pending.length / ready.length));
    const items: WorkItem[] = [call.pending.shift()!];
    while (!alone && items.length < count && call.pending.at(0)?.transfer === undefined) {
      items.push(call.pending.shift()!);
    }
    for (const item of items) {
      item.dispatchedMs = now;
      item.workerId = best.id;
    }
    const error = best.send(call.task, items, call.timeoutMs !== undefined && best.status === null);
    if (error !== undefined) {
      this.#sendFailed(call, items, error);
      return true;
    }
    if (this.#record.events.listening) this.#timers.watchStarts();
    this.#timers.cancelIdle(best);
    if (call.timeoutMs !== undefined) this.#timers.armWatchdog(best);
    return true;
  }

  /** A batch that could not be sent: items that cannot be cloned fail; the others wait again. */
  #sendFailed(call: Call, items: readonly WorkItem[], error: unknown): void {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const back: WorkItem[] = [];
    for (const item of items) {
      item.reset();
      let cloneError: unknown;
      try {
        structuredClone(item.arg, { transfer: item.transfer ?? [] });
      } catch (e) {
        cloneError = e;
      }
      if (cloneError !== undefined || items.length === 1) {
        const name = cloneError instanceof Error ? cloneError.name : 'DataCloneError';
        const text = cloneError instanceof Error ? cloneError.message : reason;
        this.#record.finish(item, {
          status: 'error',
          error: { name, message: `the item cannot be sent to a worker: ${text}` },
        });
      } else {
        back.push(item);
      }
    }
    for (let i = back.length - 1; i >= 0; i--) call.pending.unshift(back[i]!);
    this.schedulePump();
  }

  #spawn(): void {
    const slot = new WorkerSlot(this.#nextWorkerId++, this, this.#lockPrefix);
    this.#slots.push(slot);
  }

  #startFailed(slot: WorkerSlot, reason: string): void {
    this.#retire(slot, `failed to start: ${reason}`);
    this.#startFailures++;
    if (this.#startFailures >= MAX_START_FAILURES) {
      const error = new WorkerStartError(this.#startFailures, reason);
      this.#startFailures = 0;
      for (const call of [...this.#calls]) if (call.pending.length > 0) call.fail(error);
      return;
    }
    this.schedulePump();
  }

  timedOut(slot: WorkerSlot, item: WorkItem, startMs: number, timeoutMs: number): void {
    if (!item.done) {
      item.startMs = startMs;
      if (!item.startEmitted) this.#record.events.taskStart(item, startMs);
      this.#record.finish(item, { status: 'timeout' });
    }
    this.#endSlot(slot, `timeout: an item ran past ${timeoutMs} ms`);
  }

  idle(slot: WorkerSlot): void {
    this.#retire(slot, 'idle');
  }

  started(item: WorkItem, startMs: number): void {
    item.startMs = startMs;
    this.#record.events.taskStart(item, startMs);
  }

  /** What the crash attribution needs to know of a worker. */
  #view(slot: WorkerSlot): WorkerView {
    return {
      running: slot.running(),
      exact: slot.status !== null,
      headSeq: slot.headSeq,
      headStartMs: slot.inFlight.at(0)?.startMs,
    };
  }

  /** Terminates a worker whose item already has its outcome; its other unfinished items wait again. */
  #endSlot(slot: WorkerSlot, reason: string): void {
    this.#retire(slot, reason);
    const back = slot.inFlight.drain();
    for (let i = back.length - 1; i >= 0; i--) {
      const item = back[i]!;
      const fate = leftoverFate(item);
      if (fate === 'keep') continue;
      if (fate === 'lost') {
        // Its buffers went to the dead worker: it cannot be sent again.
        const message = WorkerCrashError.describe(
          slot.id,
          `${reason} (the item's transferred buffers went with it)`,
        );
        this.#record.finish(item, { status: 'error', error: { name: 'WorkerCrashError', message } });
        continue;
      }
      item.reset();
      item.call.pending.unshift(item);
    }
    this.schedulePump();
  }

  #retire(slot: WorkerSlot, reason: string): void {
    if (slot.state !== 'dead') {
      if (!Number.isNaN(slot.readyAt)) this.#deadAliveMs += performance.now() - slot.readyAt;
      slot.terminate();
      this.#record.events.workerExit(slot.id, reason);
    }
    const at = this.#slots.indexOf(slot);
    if (at >= 0) this.#slots.splice(at, 1);
  }
}
