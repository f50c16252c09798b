// Worker side: task source text -> function, compiled once per worker and source. Realm-neutral, but it only
// works where `new Function` is allowed: the worker scripts' Content-Security-Policy has 'unsafe-eval'
// (scripts/worker-csp.mjs); the page's does not.
import type { ErrorInfo } from '../protocol/pool-protocol.ts';
import { toErrorInfo } from '../protocol/task-errors.ts';

export type TaskFunction = (arg: unknown) => unknown;

/** A worker keeps at most this many compiled sources; past it the cache starts over. */
const MAX_SOURCES = 512;

export class TaskCache {
  readonly #bySource = new Map<string, TaskFunction | ErrorInfo>();
  readonly #byId = new Map<number, TaskFunction | ErrorInfo>();

  /** The task for `id`, compiling `source` when given (the first batch of a task to this worker carries it). */
  get(id: number, source: string | null): TaskFunction | ErrorInfo {
    if (source !== null) {
      let entry = this.#bySource.get(source);
      if (entry === undefined) {
        if (this.#bySource.size >= MAX_SOURCES) this.#bySource.clear();
        entry = compile(source);
        this.#bySource.set(source, entry);
      }
      this.#byId.set(id, entry);
      return entry;
    }
    return (
      this.#byId.get(id) ?? {
        name: 'Error',
        message: `pool worker: task ${id} arrived without its source (internal error)`,
      }
    );
  }
}

function compile(source: string): TaskFunction | ErrorInfo {
  try {
    // Strict like the module the function came from; globals are the worker's.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const evaluate = new Function(`"use strict";\nreturn (${source});`) as () => unknown;
    const value = evaluate();
    if (typeof value === 'function') return value as TaskFunction;
    return {
      name: 'TypeError',
      message: `task source did not evaluate to a function: ${source.slice(0, 80)}`,
    };
  } catch (error) {
    return toErrorInfo(error);
  }
}
