// One pool.run call: a single item, sent alone, whose outcome settles a promise. Page realm.
import type { Dispatcher } from './dispatcher.ts';
import { Fifo } from '../fifo.ts';
import {
  abortError,
  PoolTerminatedError,
  TaskError,
  TaskTimeoutError,
  WorkerCrashError,
} from './pool-errors.ts';
import type { Outcome } from '../pool-types.ts';
import type { ResolvedCallOptions } from './validate-options.ts';
import { WorkItem, type Call, type TaskRef } from './work-item.ts';

/**
 * The item with its Transferables moved out of the caller's hands now, not when a worker is free: the
 * caller's buffers are detached as `run` returns, as with postMessage, and the pool keeps the only copy.
 */
function moved(call: Call, arg: unknown, transfer: Transferable[] | undefined): WorkItem {
  if (!transfer || transfer.length === 0) return new WorkItem(call, 0, arg);
  const held = structuredClone({ arg, transfer }, { transfer });
  return new WorkItem(call, 0, held.arg, held.transfer);
}

export class RunCall<R> implements Call {
  readonly kind = 'run';
  readonly id: number;
  readonly task: TaskRef;
  readonly timeoutMs: number | undefined;
  readonly retries: number;
  readonly batchSize = 1;
  readonly pending = new Fifo<WorkItem>();
  closed = false;
  readonly promise: Promise<R>;

  readonly #dispatcher: Dispatcher;
  readonly #signal: AbortSignal | undefined;
  #resolve: (value: R) => void = () => {};
  #reject: (error: unknown) => void = () => {};
  readonly #onAbort = () => {
    this.#dispatcher.cancelCall(this);
  };

  constructor(dispatcher: Dispatcher, id: number, task: TaskRef, arg: unknown, options: ResolvedCallOptions) {
    this.#dispatcher = dispatcher;
    this.id = id;
    this.task = task;
    this.timeoutMs = options.timeoutMs;
    this.retries = options.retries;
    this.#signal = options.signal;
    this.promise = new Promise<R>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    if (this.#signal?.aborted) {
      this.closed = true;
      this.#reject(abortError(this.#signal));
      return;
    }
    this.#signal?.addEventListener('abort', this.#onAbort, { once: true });
    dispatcher.register(this);
    dispatcher.enqueue(moved(this, arg, options.transfer));
  }

  settle(_item: WorkItem, outcome: Outcome<unknown, unknown>): void {
    this.#end();
    switch (outcome.status) {
      case 'ok':
        this.#resolve(outcome.value as R);
        break;
      case 'error': {
        const error =
          outcome.error.name === 'WorkerCrashError'
            ? new WorkerCrashError(outcome.error.message)
            : new TaskError(outcome.error);
        this.#reject(error);
        break;
      }
      case 'timeout':
        this.#reject(new TaskTimeoutError(this.timeoutMs ?? 0));
        break;
      case 'cancelled':
        this.#reject(this.#signal?.aborted ? abortError(this.#signal) : new PoolTerminatedError());
        break;
    }
  }

  fail(error: Error): void {
    this.#end();
    this.pending.drain();
    this.#reject(error);
  }

  terminate(): void {
    this.#dispatcher.cancelCall(this);
  }

  #end(): void {
    this.closed = true;
    this.#signal?.removeEventListener('abort', this.#onAbort);
    this.#dispatcher.unregister(this);
  }
}
