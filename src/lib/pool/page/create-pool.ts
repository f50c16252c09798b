// createPool: a pool of module workers that run task functions shipped by source. Page realm.
import { RunTimeEstimate } from './batch-sizing.ts';
import { Dispatcher } from './dispatcher.ts';
import { MapCall } from './map-call.ts';
import { PoolQueueFullError, PoolTerminatedError } from './pool-errors.ts';
import type { MapOptions, Outcome, Pool, PoolOptions, RunOptions, TaskFunction } from '../pool-types.ts';
import { RunCall } from './run-call.ts';
import { anchorCallShapes } from './shape-anchors.ts';
import { taskSource } from '../task-source/task-source.ts';
import { checkItems, resolveMapOptions, resolvePoolOptions, resolveRunOptions } from './validate-options.ts';
import type { TaskRef } from './work-item.ts';

/** Tasks remembered by source (their time estimate carries over to the next call); past this, it starts over. */
const MAX_TASKS = 256;

/**
 * A pool of up to `size` workers, started only when work arrives and stopped after `idleTimeoutMs` idle.
 * Options are checked here: a bad one throws a RangeError or TypeError naming it, before any worker starts.
 */
export function createPool(options?: PoolOptions): Pool {
  const resolved = resolvePoolOptions(options);
  const dispatcher = new Dispatcher(resolved);
  // The shapes of a map call's objects outlive every call (see shape-anchors.ts).
  anchorCallShapes(resolved);
  const tasks = new Map<string, TaskRef>();
  let nextTaskId = 1;
  let nextCallId = 1;

  const taskFor = (task: unknown, option: string): TaskRef => {
    const source = taskSource(task, option);
    let ref = tasks.get(source);
    if (!ref) {
      if (tasks.size >= MAX_TASKS) tasks.clear();
      ref = { id: nextTaskId++, source, estimate: new RunTimeEstimate() };
      tasks.set(source, ref);
    }
    return ref;
  };

  const checkAlive = () => {
    if (dispatcher.terminated) throw new PoolTerminatedError();
  };

  return {
    size: resolved.size,

    run<A, R>(task: TaskFunction<A, R>, arg: A, opts?: RunOptions): Promise<R> {
      checkAlive();
      const callOptions = resolveRunOptions(opts, resolved);
      const ref = taskFor(task, 'task');
      if (dispatcher.queuedRuns() >= resolved.maxQueue)
        return Promise.reject(new PoolQueueFullError(resolved.maxQueue));
      return new RunCall<R>(dispatcher, nextCallId++, ref, arg, callOptions).promise;
    },

    map<A, R>(
      items: Iterable<A> | AsyncIterable<A>,
      task: TaskFunction<A, R>,
      opts?: MapOptions,
    ): AsyncIterable<Outcome<A, R>> {
      checkAlive();
      checkItems('items', items);
      const callOptions = resolveMapOptions(opts, resolved);
      const ref = taskFor(task, 'task');
      return new MapCall<A, R>(dispatcher, nextCallId++, items, ref, callOptions);
    },

    terminate(): Promise<void> {
      dispatcher.terminate();
      return Promise.resolve();
    },

    stats: () => dispatcher.stats(),
    trace: () => dispatcher.trace.entries(),
  };
}
