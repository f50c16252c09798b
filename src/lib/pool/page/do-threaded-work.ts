// doThreadedWork: the article's do_threaded_work, on a pool of its own that it terminates when done.
import { createPool } from './create-pool.ts';
import type { DoThreadedWorkOptions, Outcome, OutcomesError, TaskFunction } from '../pool-types.ts';
import { taskSource } from '../task-source/task-source.ts';
import { checkItems, resolveDoThreadedWorkOptions } from './validate-options.ts';

/**
 * The error doThreadedWork rejects with, carrying every outcome given before it (in the order asked for). The
 * input's own error when it is an object; anything else thrown is wrapped in an Error with it as `cause`.
 */
function withOutcomes<A, R>(error: unknown, outcomes: Outcome<A, R>[]): OutcomesError<A, R> {
  const carrier =
    typeof error === 'object' && error !== null && Object.isExtensible(error)
      ? (error as OutcomesError<A, R>)
      : (new Error(String(error), { cause: error }) as OutcomesError<A, R>);
  Object.defineProperty(carrier, 'outcomes', { value: outcomes, configurable: true, writable: true });
  return carrier;
}

/**
 * Runs `workFunc` on every item on `numThreads` workers (default: the core count, never one per item) and
 * resolves with one outcome per item: in input order unless `preserveResultOrdering` is false. An abort
 * resolves promptly with the rest `cancelled`. Rejects only when workers cannot start (WorkerStartError) or
 * the input itself throws, with that error carrying `outcomes`: one per item pulled before it. Bad options
 * throw before any worker starts.
 */
export function doThreadedWork<A, R>(
  workItems: Iterable<A> | AsyncIterable<A>,
  workFunc: TaskFunction<A, R>,
  options?: DoThreadedWorkOptions,
): Promise<Outcome<A, R>[]> {
  checkItems('workItems', workItems);
  const { pool: poolOptions, map: mapOptions } = resolveDoThreadedWorkOptions(options);
  taskSource(workFunc, 'workFunc');
  const pool = createPool(poolOptions);
  const outcomes = pool.map(workItems, workFunc, mapOptions);
  const collect = async () => {
    const all: Outcome<A, R>[] = [];
    try {
      for await (const outcome of outcomes) all.push(outcome);
      return all;
    } catch (error) {
      throw withOutcomes(error, all);
    } finally {
      await pool.terminate();
    }
  };
  return collect();
}
