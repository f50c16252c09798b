// The task pool library: do_threaded_work done right, on Web Workers. No React, no DOM beyond Worker.
// Its contract and guide: docs/pool.md.
export { createPool } from './page/create-pool.ts';
export { doThreadedWork } from './page/do-threaded-work.ts';
export { taskFromSource } from './task-source/task-source.ts';
export { traceToCsv } from './page/item-trace.ts';
export {
  PoolQueueFullError,
  PoolTerminatedError,
  ResultLostError,
  TaskError,
  TaskTimeoutError,
  WorkerCrashError,
  WorkerStartError,
} from './page/pool-errors.ts';
export type {
  DoThreadedWorkOptions,
  ItemTrace,
  MapOptions,
  Outcome,
  OutcomesError,
  OutcomeStatus,
  Percentiles,
  Pool,
  PoolEvent,
  PoolOptions,
  PoolStats,
  RunOptions,
  TaskFunction,
} from './pool-types.ts';
