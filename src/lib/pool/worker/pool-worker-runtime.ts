// Everything a pool worker does, given its global scope: runs batches of items one at a time, reports
// finished items in batches, forwards console output, and tells the page when the worker is about to die.
// It alone talks to the page: it takes postMessage for itself before any task runs
// (reserve-post-message.ts) and heeds only events the browser dispatched, not ones a task made up.
// Realm-neutral so the page realm's type check sees it too; pool.worker.ts passes `self`.
// One file because its parts share one closure of per-worker state (the queue, the running item, the report
// buffer and its clock); report building and task compiling already live in their own modules.
import { TaskCache, type TaskFunction } from './compile-task.ts';
import { Fifo } from '../fifo.ts';
import { GroupClock } from './group-clock.ts';
import { formatLogArguments } from '../protocol/format-log.ts';
import {
  assertNever,
  ENDED_ERROR,
  ENDED_OK,
  ENDED_SKIPPED,
  type BatchMessage,
  type ErrorInfo,
  type LogLevel,
  type PageToWorker,
  type SkipMessage,
  type WorkerToPage,
} from '../protocol/pool-protocol.ts';
import { ReportBuffer, reportTransfer } from './report-buffer.ts';
import { reservePostMessage } from './reserve-post-message.ts';
import { toErrorInfo } from '../protocol/task-errors.ts';
import { WorkerStatus } from '../protocol/worker-status.ts';

/**
 * Buffered batches (tiny items): what ended is reported before the next item once this long has passed since
 * the last report (ms). It bounds how much finished work an item that turns out long can hold back. Each
 * report wakes the page, which for tiny items costs more than the items: a few ms apart keeps it to a few
 * hundred reports a second.
 */
const BUFFERED_FLUSH_MS = 4;
/** Log lines of a long item go out at least this often (ms). */
const LOG_FLUSH_MS = 4;
/**
 * Without shared status, after a synchronous item at least this long (ms) the worker reads the messages that
 * arrived meanwhile (a skip, say) before it starts the next item.
 */
const CATCH_UP_AFTER_MS = 1;
/** A report carries at most this many items. */
export const FLUSH_ITEMS = 8192;

export interface PoolWorkerScope {
  postMessage(message: WorkerToPage, transfer: Transferable[]): void;
  close(): void;
  addEventListener(type: string, listener: (event: Event) => void): void;
}

interface Batch {
  readonly task: TaskFunction | ErrorInfo;
  readonly firstSeq: number;
  readonly args: readonly unknown[] | Float64Array;
  /** The call whose tiny items may share reports (BatchMessage.buffered); -1: report before each start. */
  readonly bufferedCall: number;
  readonly reportStarts: boolean;
  next: number;
}

const CONSOLE_LEVELS: readonly ['log' | 'info' | 'warn' | 'error' | 'debug', LogLevel][] = [
  ['log', 'log'],
  ['info', 'info'],
  ['warn', 'warn'],
  ['error', 'error'],
  ['debug', 'log'],
];

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

export function startPoolWorker(scope: PoolWorkerScope): void {
  const postToPage = reservePostMessage(scope);
  const tasks = new TaskCache();
  const queue = new Fifo<Batch>();
  const buffer = new ReportBuffer();
  const group = new GroupClock();
  let status: WorkerStatus | null = null;
  /** An async task is pending: the loop resumes when it settles. */
  let waiting = false;
  /** close() was called or an uncaught error happened: run nothing more. */
  let stopped = false;
  let runningSeq = -1;
  let runningSince = 0;
  let reportedRunningSeq = -1;
  /** The highest sequence number started or skipped so far. */
  let lastSeq = -1;
  let lastFlush = performance.now();
  let idleFlushPending = false;
  /** Items the page cancelled before they started. */
  const skips = new Set<number>();
  /** The skip generation of the last SkipMessage read (see SkipMessage). */
  let skipsRead = 0;
  /** The call of the buffered items waiting to be reported, -1 when none is buffered. */
  let bufferedCall = -1;
  /**
   * The last item of the open group that ended, -1 when none: its end goes to the shared status when the
   * group closes. Within a group each start says the item before it ended, so the status words are written
   * once per item, not twice.
   */
  let groupEndedSeq = -1;

  const post = (message: WorkerToPage, transfer: Transferable[] = []) => postToPage(message, transfer);

  /**
   * Closes the open group at `nowMs` (`extraSlots`: see GroupClock.close) and publishes the end of its last
   * ended item. Every group closes here.
   */
  const endGroup = (nowMs: number, extraSlots = 0): number => {
    const end = group.close(nowMs, buffer, extraSlots);
    if (groupEndedSeq >= 0) {
      status?.finished(groupEndedSeq);
      groupEndedSeq = -1;
    }
    return end;
  };

  const flush = () => {
    lastFlush = performance.now();
    // Items of an open group get their times before they leave.
    if (group.isOpen) endGroup(lastFlush);
    reportedRunningSeq = runningSeq;
    const report = buffer.take(runningSeq, runningSince);
    try {
      post(report, reportTransfer(report));
    } catch (error) {
      // A value that does not survive structured clone: that item fails with the reason, the rest go through.
      // (Numbers in a Float64Array always do.)
      const original = report.values;
      if (original instanceof Float64Array) throw error;
      const endings = report.endings;
      const values = original.map((value, i) => {
        if (endings[i] !== ENDED_OK) return value;
        try {
          structuredClone(value);
          return value;
        } catch (cloneError) {
          endings[i] = ENDED_ERROR;
          const info = toErrorInfo(cloneError);
          return {
            name: info.name,
            message: `the task's result cannot be sent to the page: ${info.message}`,
          };
        }
      });
      if (values.every((value, i) => value === original[i])) throw error;
      post({ ...report, values }, [report.times.buffer, report.endings.buffer]);
    }
  };

  // Once the queue is empty, report after the messages already waiting have been handled, so items that
  // arrive one message each (batchSize 1) are still reported together.
  const idle = new MessageChannel();
  idle.port1.onmessage = () => {
    idleFlushPending = false;
    if (!stopped && (!buffer.isEmpty || runningSeq !== reportedRunningSeq)) flush();
  };
  const flushWhenIdle = () => {
    if (idleFlushPending) return;
    idleFlushPending = true;
    idle.port2.postMessage(null);
  };

  // A skip posted while a long synchronous item ran is read before the next item starts: the loop pauses for
  // one turn of the event loop, behind the messages already waiting. (With shared status the skip word
  // does this exactly; see SkipMessage.)
  const catchUp = new MessageChannel();
  catchUp.port1.onmessage = () => {
    waiting = false;
    if (!stopped) drain();
  };

  /** After a long synchronous item, without shared status: pause the loop for one turn (see catchUp). */
  const pausedToCatchUp = (start: number, end: number): boolean => {
    if (status !== null || end - start < CATCH_UP_AFTER_MS || queue.length === 0) return false;
    waiting = true;
    catchUp.port2.postMessage(null);
    return true;
  };

  const finish = (seq: number, start: number, end: number, value: unknown, ending: number) => {
    runningSeq = -1;
    status?.finished(seq);
    buffer.add(seq, start, end, value, ending);
    if (buffer.count >= FLUSH_ITEMS) flush();
  };

  /**
   * An item of the open group ended: buffered now, timed when the group closes (group-clock.ts). If a report
   * left while it ran (a task that logs), the group closed under it: it is timed on its own, from `start`.
   */
  const finishInGroup = (seq: number, start: number, value: unknown, ending: number) => {
    if (!group.isOpen) {
      finish(seq, start, performance.now(), value, ending);
      return;
    }
    // Counted first, so a flush below times it with the rest of the group.
    group.add();
    groupEndedSeq = seq;
    runningSeq = -1;
    buffer.add(seq, 0, 0, value, ending);
    if (buffer.count >= FLUSH_ITEMS) flush();
  };

  /**
   * Closes the open group, if any, with a fresh clock reading; returns the latest reading, no older than `now`.
   * A report that left meanwhile (a full buffer) closed the group at its own reading, `lastFlush`: the next
   * group must not open before it, or its items would seem to start before the ones ahead of them ended.
   */
  const closeGroup = (now: number): number => {
    if (!group.isOpen) return Math.max(now, lastFlush);
    const t = performance.now();
    endGroup(t);
    return t;
  };

  /**
   * Runs queued items in order until the queue is empty, an async item is pending, or the page has posted
   * skips this worker has not read yet (then the SkipMessage handler resumes it). Items of buffered batches
   * are timed in groups (group-clock.ts); a group never stays open across a return from here.
   */
  const drain = () => {
    let now = performance.now();
    for (let batch = queue.at(0); batch !== undefined && !stopped; batch = queue.at(0)) {
      if (batch.next >= batch.args.length) {
        queue.shift();
        continue;
      }
      if (status !== null && status.skipGeneration() > skipsRead) {
        closeGroup(now);
        return;
      }
      const k = batch.next++;
      const seq = batch.firstSeq + k;
      lastSeq = seq;
      if (skips.size > 0 && skips.delete(seq)) {
        now = closeGroup(now);
        status?.finished(seq);
        buffer.add(seq, now, now, undefined, ENDED_SKIPPED);
        continue;
      }
      const task = batch.task;
      // Only with shared status: without it, a skip posted during a long item is read only if the worker
      // notices the item was long (pausedToCatchUp), which takes a clock reading after every item.
      const grouped = status !== null && batch.bufferedCall >= 0 && typeof task === 'function';
      // A group holds one call's tiny items only.
      if (group.isOpen && (!grouped || bufferedCall !== batch.bufferedCall)) now = closeGroup(now);
      // A new group opens at `now`, a fresh reading (the last group closed with one).
      const start = group.isOpen ? group.startMs : now;
      runningSeq = seq;
      runningSince = start;
      status?.started(seq, start);
      if (!group.isOpen) {
        // What ended leaves before this item starts, so a long item holds back nothing; only tiny items of
        // one call share a report, at most BUFFERED_FLUSH_MS apart (checked as each group opens).
        if (batch.bufferedCall < 0) {
          if (batch.reportStarts || !buffer.isEmpty) flush();
          bufferedCall = -1;
        } else {
          if (
            !buffer.isEmpty &&
            (bufferedCall !== batch.bufferedCall || now - lastFlush >= BUFFERED_FLUSH_MS)
          ) {
            flush();
          }
          bufferedCall = batch.bufferedCall;
        }
        if (grouped) group.open(start, buffer.count);
      }
      if (typeof task !== 'function') {
        finish(seq, start, start, task, ENDED_ERROR);
        continue;
      }
      let value: unknown;
      try {
        value = task(batch.args[k]);
      } catch (error) {
        if (grouped) {
          finishInGroup(seq, start, toErrorInfo(error), ENDED_ERROR);
          now = closeGroup(now);
        } else {
          now = performance.now();
          finish(seq, start, now, toErrorInfo(error), ENDED_ERROR);
        }
        if (pausedToCatchUp(start, now)) return;
        continue;
      }
      if (isThenable(value)) {
        // An async item ends the group; it began where the group's items left off.
        const asyncStart = grouped ? endGroup(performance.now(), 1) : start;
        runningSince = asyncStart;
        waiting = true;
        flushWhenIdle();
        const settle = (result: unknown, failed: boolean) => {
          waiting = false;
          if (stopped) return;
          const ending = failed ? ENDED_ERROR : ENDED_OK;
          finish(seq, asyncStart, performance.now(), failed ? toErrorInfo(result) : result, ending);
          drain();
        };
        Promise.resolve(value).then(
          (result) => settle(result, false),
          (error: unknown) => settle(error, true),
        );
        return;
      }
      if (grouped) {
        finishInGroup(seq, start, value, ENDED_OK);
        if (group.isOpen && !group.full) continue;
        now = closeGroup(now);
      } else {
        now = performance.now();
        finish(seq, start, now, value, ENDED_OK);
      }
      if (pausedToCatchUp(start, now)) return;
    }
    closeGroup(now);
    flushWhenIdle();
  };

  const onBatch = (message: BatchMessage) => {
    queue.push({
      task: tasks.get(message.taskId, message.source ?? null),
      firstSeq: message.firstSeq,
      args: message.args,
      bufferedCall: message.buffered ?? -1,
      reportStarts: message.reportStarts === true,
      next: 0,
    });
    if (!waiting && !stopped) drain();
  };

  const onSkip = (message: SkipMessage) => {
    // An item already started (the skip crossed it on the way) runs on; the page stops it if it must.
    for (const seq of message.seqs) if (seq > lastSeq) skips.add(seq);
    skipsRead = Math.max(skipsRead, message.generation);
    if (!waiting && !stopped) drain();
  };

  const onInit = (lockName: string | null, shared: SharedArrayBuffer | null, prepare: string | null) => {
    status = shared ? WorkerStatus.attach(shared) : null;
    let announced = false;
    const ready = (locked: boolean) => {
      if (announced) return;
      announced = true;
      post({ type: 'ready', timeOrigin: performance.timeOrigin, locked });
    };
    const announce = () => {
      const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
      if (lockName === null || locks === undefined) {
        ready(false);
        return;
      }
      // Held until this worker is gone, however it goes: the page waits on the same name to learn of it.
      locks
        .request(lockName, () => {
          ready(true);
          return new Promise<never>(() => {});
        })
        .catch(() => ready(false));
    };
    if (prepare === null) {
      announce();
      return;
    }
    // The pool's prepareWorker, compiled as a task is (in a cache of its own) and awaited before ready.
    const prepared = new TaskCache().get(0, prepare);
    if (typeof prepared !== 'function') {
      post({ type: 'prepare-failed', error: prepared });
      return;
    }
    void (async () => {
      try {
        await prepared(undefined);
      } catch (error) {
        post({ type: 'prepare-failed', error: toErrorInfo(error) });
        return;
      }
      announce();
    })();
  };

  // A task can dispatch events on the scope itself: one it made (`isTrusted` false) is not the page's, and
  // a batch or a crash it forged would have the runtime report items the page never sent.
  scope.addEventListener('message', (event) => {
    if (!event.isTrusted) return;
    const message = (event as MessageEvent<PageToWorker>).data;
    switch (message.type) {
      case 'batch':
        onBatch(message);
        break;
      case 'skip':
        onSkip(message);
        break;
      case 'init':
        onInit(message.lockName, message.status, message.prepare ?? null);
        break;
      default:
        // A new PageToWorker kind fails to compile here until it is handled.
        assertNever(message);
    }
  });

  // A task that calls close() ends its worker: report what finished, say which item was running, then close.
  const close = scope.close.bind(scope);
  scope.close = () => {
    if (!stopped) {
      stopped = true;
      flush();
      post({ type: 'closing', runningSeq });
    }
    close();
  };

  // An error nobody caught (thrown from a timer a task set, say): the worker's state is unknown, so it stops.
  scope.addEventListener('error', (event) => {
    if (!event.isTrusted) return;
    event.preventDefault();
    if (stopped) return;
    stopped = true;
    const error: unknown = (event as ErrorEvent).error;
    const message = (event as ErrorEvent).message;
    flush();
    post({
      type: 'fault',
      runningSeq,
      error:
        error instanceof Error ? toErrorInfo(error) : { name: 'Error', message: message || 'unknown error' },
    });
  });

  scope.addEventListener('unhandledrejection', (event) => {
    if (!event.isTrusted) return;
    event.preventDefault();
    const reason: unknown = (event as PromiseRejectionEvent).reason;
    log('error', [`Unhandled promise rejection:`, reason]);
  });

  const log = (level: LogLevel, args: readonly unknown[]) => {
    const t = performance.now();
    buffer.log(t, level, formatLogArguments(args));
    // A long task that logs still has its lines shown as it goes.
    if (t - lastFlush >= LOG_FLUSH_MS) flush();
    else if (!waiting && runningSeq < 0) flushWhenIdle();
  };
  for (const [method, level] of CONSOLE_LEVELS) {
    (console as unknown as Record<string, (...args: unknown[]) => void>)[method] = (...args: unknown[]) =>
      log(level, args);
  }
}
