// The public types of the task pool (docs/pool.md). Page realm.

/** The result of one input item: exactly one per item, whatever happened to it. */
export type Outcome<A, R> = {
  /** Position of the item in the input, from 0. */
  index: number;
  item: A;
  /** The worker that ran it; null if no worker began it (cancelled while waiting, or it could not be sent). */
  workerId: number | null;
  /** When the worker began the item (ms, the page's performance.now()). */
  startMs?: number;
  /** When it finished, timed out, crashed or was cancelled (ms, performance.now()). */
  endMs?: number;
} & (
  | { status: 'ok'; value: R }
  | { status: 'error'; error: { name: string; message: string; stack?: string } }
  | { status: 'timeout' }
  | { status: 'cancelled' }
);

/** What doThreadedWork rejects with (the input's error, or workers that cannot start): every outcome so far. */
export type OutcomesError<A, R> = Error & { readonly outcomes: Outcome<A, R>[] };

export type OutcomeStatus = Outcome<unknown, unknown>['status'];

/** What the pool does, as it happens, for timelines and log panels. `t` is ms on performance.now(). */
export type PoolEvent = { t: number } & (
  | { type: 'worker-start' | 'worker-exit'; workerId: number; reason?: string }
  | { type: 'task-start' | 'task-end'; workerId: number; index: number; status?: OutcomeStatus }
  | { type: 'log'; workerId: number; level: 'log' | 'info' | 'warn' | 'error'; message: string }
);

export type TaskFunction<A, R> = (arg: A) => R | Promise<R>;

export interface PoolOptions {
  /** Workers; default navigator.hardwareConcurrency, at most 16, at least 1. Started only when work arrives. */
  size?: number;
  /** Default per-item timeout (ms, from the moment a worker begins the item); default none. */
  taskTimeoutMs?: number;
  /** Called for every PoolEvent, synchronously, on the page. */
  onEvent?: (e: PoolEvent) => void;
  /** How many times an item whose worker crashed under it is run again before it gets the crash; default 0. */
  retries?: number;
  /** `run` calls that may wait for a worker before `run` rejects with PoolQueueFullError; default unbounded. */
  maxQueue?: number;
  /** A worker with nothing to do for this long (ms) is terminated; a new one starts with the next work. Default 30,000. */
  idleTimeoutMs?: number;
  /** How many finished items pool.trace() keeps, most recent last; default 10,000; 0 keeps none. */
  traceCapacity?: number;
  /**
   * Run once in each worker as it starts (shipped by source, as tasks are), before the worker takes any
   * item: a worker is started, and an item's time or timeout can begin there, only once this has settled
   * (loading an interpreter, say). If it throws, the worker failed to start.
   */
  prepareWorker?: () => unknown;
}

export interface RunOptions {
  signal?: AbortSignal;
  /** ms; default the pool's taskTimeoutMs. */
  timeoutMs?: number;
  /** Moved to the worker, not copied: the sender's buffers are detached. */
  transfer?: Transferable[];
  /** Default the pool's retries. A run with `transfer` is never retried: its buffers went with the dead worker. */
  retries?: number;
}

export interface MapOptions {
  /** Outcomes in input order (default) or in completion order. */
  ordered?: boolean;
  /** Items per message to a worker; 'auto' (default) adapts to the measured task time. */
  batchSize?: number | 'auto';
  /** ms; default the pool's taskTimeoutMs. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Items pulled from the input but not yet handed to the consumer, at most; default 10,000. */
  maxInFlight?: number;
  /** Default the pool's retries. */
  retries?: number;
}

export interface DoThreadedWorkOptions {
  /** Workers; default navigator.hardwareConcurrency (at most 16), never one per item. */
  numThreads?: number;
  /** ms; default none. */
  perTaskTimeoutMs?: number;
  /** Outcomes in input order (default true) or completion order. */
  preserveResultOrdering?: boolean;
  /** Default 'auto'. */
  batchSize?: number | 'auto';
  signal?: AbortSignal;
  onEvent?: (e: PoolEvent) => void;
  /** Default 10,000. */
  maxInFlight?: number;
  /** Default 0. */
  retries?: number;
}

export interface Percentiles {
  /** Samples behind the figures (the most recent ones, at most a few thousand). */
  readonly count: number;
  /** ms; 0 when there are no samples. */
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

export interface PoolStats {
  readonly size: number;
  /** Workers alive now (starting or started). */
  readonly liveWorkers: number;
  /** Items waiting for a worker. */
  readonly queued: number;
  /** Items sent to a worker and not finished. */
  readonly running: number;
  readonly completed: number;
  /** Items that threw, or whose worker crashed. */
  readonly failed: number;
  readonly timedOut: number;
  readonly cancelled: number;
  /** Items run again after their worker crashed. */
  readonly retried: number;
  /** Time a worker spent on an item (end − start). */
  readonly runMs: Percentiles;
  /** Time from queued to started. */
  readonly waitMs: Percentiles;
  /** Share of worker time spent running items since the pool was created, 0..1. */
  readonly utilization: number;
}

/** One finished item, for export. Times are ms on performance.now(); null where it never got that far. */
export interface ItemTrace {
  /** Which map/run call, numbered from 1 per pool. */
  readonly call: number;
  readonly index: number;
  readonly workerId: number | null;
  readonly status: OutcomeStatus;
  readonly queuedMs: number;
  readonly dispatchedMs: number | null;
  readonly startedMs: number | null;
  readonly finishedMs: number;
}

export interface Pool {
  /** The configured number of workers (the most that run at once). */
  readonly size: number;
  /** One task; resolves with its value, rejects with its error, TaskTimeoutError, WorkerCrashError or AbortError. */
  run<A, R>(task: TaskFunction<A, R>, arg: A, opts?: RunOptions): Promise<R>;
  /** Every item through `task`: one Outcome per item, pulled lazily. */
  map<A, R>(
    items: Iterable<A> | AsyncIterable<A>,
    task: TaskFunction<A, R>,
    opts?: MapOptions,
  ): AsyncIterable<Outcome<A, R>>;
  /** Stops every worker; calls still running end with their items cancelled. Later calls throw. */
  terminate(): Promise<void>;
  stats(): PoolStats;
  /** The most recent finished items (up to traceCapacity), oldest first. */
  trace(): ItemTrace[];
}
