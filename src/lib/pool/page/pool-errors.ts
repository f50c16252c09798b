// Errors of the pool with names of their own, so callers tell them from a task's own throw. Page realm.
import type { ErrorInfo } from '../protocol/pool-protocol.ts';

/** The worker running an item died under it: close() inside the task, an uncaught error, out of memory. */
export class WorkerCrashError extends Error {
  override readonly name = 'WorkerCrashError';
  constructor(message: string) {
    super(message);
  }

  /** The message of a crash outcome: `worker 3 crashed: <what happened>`. */
  static describe(workerId: number, reason: string): string {
    return `worker ${workerId} crashed: ${reason}`;
  }
}

/**
 * An item finished in its worker, but the worker was stopped (a timeout or cancel of another item, a crash)
 * before the item's report reached the page. It is not run again: it may have had side effects.
 */
export class ResultLostError extends Error {
  override readonly name = 'ResultLostError';
  constructor(message: string) {
    super(message);
  }

  static describe(workerId: number, reason: string): string {
    return `the item finished, but worker ${workerId} stopped (${reason}) before its result reached the page`;
  }
}

/** Workers failed to start several times in a row (a script that does not load, a blocked worker): the run ends. */
export class WorkerStartError extends Error {
  override readonly name = 'WorkerStartError';
  constructor(failures: number, lastReason: string) {
    super(`pool workers failed to start ${failures} times in a row; last: ${lastReason}`);
  }
}

/** A `run` past its timeout (its worker was terminated and replaced). */
export class TaskTimeoutError extends Error {
  override readonly name = 'TaskTimeoutError';
  constructor(timeoutMs: number) {
    super(`the task ran longer than its timeout of ${timeoutMs} ms`);
  }
}

/** `run` when `maxQueue` runs are already waiting. */
export class PoolQueueFullError extends Error {
  override readonly name = 'PoolQueueFullError';
  constructor(maxQueue: number) {
    super(`maxQueue: ${maxQueue} tasks are already waiting for a worker`);
  }
}

/** A call on a pool after terminate(), or a run the terminate() cut short. */
export class PoolTerminatedError extends Error {
  override readonly name = 'PoolTerminatedError';
  constructor() {
    super('the pool was terminated');
  }
}

/** What `run` rejects with when its task threw: the task's own name, message and stack. */
export class TaskError extends Error {
  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = info.name;
    if (info.stack !== undefined) this.stack = info.stack;
  }
}

/** The signal's reason when it is an AbortError DOMException, else a new one. */
export function abortError(signal: AbortSignal): DOMException {
  const reason: unknown = signal.reason;
  return reason instanceof DOMException && reason.name === 'AbortError'
    ? reason
    : new DOMException('The operation was aborted.', 'AbortError');
}
