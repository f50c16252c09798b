// Options of createPool, run, map and doThreadedWork: checked up front, so a bad value throws a RangeError
// or TypeError that names the option before any worker starts. Page realm.
import { taskSource } from '../task-source/task-source.ts';
import type { DoThreadedWorkOptions, MapOptions, PoolEvent, PoolOptions, RunOptions } from '../pool-types.ts';

/** The most workers a pool may have. */
export const MAX_POOL_SIZE = 256;
/** Default workers: the reported core count, which browsers may clamp or inflate, kept within 1..16. */
export const DEFAULT_SIZE_CAP = 16;
export const DEFAULT_MAX_IN_FLIGHT = 10_000;
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
export const DEFAULT_TRACE_CAPACITY = 10_000;
/** setTimeout's limit. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
const MAX_BATCH_SIZE = 100_000;
const MAX_RETRIES = 100;

export function defaultPoolSize(): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency;
  return Math.min(DEFAULT_SIZE_CAP, Math.max(1, Number.isInteger(cores) ? cores : 1));
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

function checkKnown(options: object, known: readonly string[], where: string): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new TypeError(`${key}: not an option of ${where}; its options are ${known.join(', ')}`);
    }
  }
}

function optionsObject(options: unknown, where: string): Record<string, unknown> {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`${where}: options must be an object, got ${describe(options)}`);
  }
  return options as Record<string, unknown>;
}

function integer(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name}: expected an integer from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

function integerOrInfinity(name: string, value: unknown, min: number): number {
  if (value === Infinity) return Infinity;
  return integer(name, value, min, Number.MAX_SAFE_INTEGER);
}

function milliseconds(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value > 0 && value <= MAX_TIMEOUT_MS)) {
    throw new RangeError(
      `${name}: expected a number of milliseconds above 0 and up to ${MAX_TIMEOUT_MS}, got ${describe(value)}`,
    );
  }
  return value;
}

function boolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean')
    throw new TypeError(`${name}: expected true or false, got ${describe(value)}`);
  return value;
}

function callback<F>(name: string, value: unknown): F | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function')
    throw new TypeError(`${name}: expected a function, got ${describe(value)}`);
  return value as F;
}

function signal(name: string, value: unknown): AbortSignal | undefined {
  if (value === undefined) return undefined;
  if (!(value instanceof AbortSignal))
    throw new TypeError(`${name}: expected an AbortSignal, got ${describe(value)}`);
  return value;
}

function batchSize(name: string, value: unknown): number | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  if (typeof value === 'string')
    throw new TypeError(`${name}: expected 'auto' or an integer, got ${describe(value)}`);
  return integer(name, value, 1, MAX_BATCH_SIZE);
}

/** Throws a TypeError naming `name` unless `items` is iterable or async-iterable. */
export function checkItems(name: string, items: unknown): void {
  const ok =
    items !== null &&
    items !== undefined &&
    (typeof (items as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function' ||
      typeof (items as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function');
  if (!ok) throw new TypeError(`${name}: expected an iterable or async iterable, got ${describe(items)}`);
}

export interface ResolvedPoolOptions {
  readonly size: number;
  readonly taskTimeoutMs: number | undefined;
  readonly onEvent: ((e: PoolEvent) => void) | undefined;
  readonly retries: number;
  readonly maxQueue: number;
  readonly idleTimeoutMs: number;
  readonly traceCapacity: number;
  /** prepareWorker's source (task-source.ts), or null. */
  readonly prepareWorker: string | null;
}

export function resolvePoolOptions(input: PoolOptions | undefined): ResolvedPoolOptions {
  const o = optionsObject(input, 'createPool');
  checkKnown(
    o,
    [
      'size',
      'taskTimeoutMs',
      'onEvent',
      'retries',
      'maxQueue',
      'idleTimeoutMs',
      'traceCapacity',
      'prepareWorker',
    ],
    'createPool',
  );
  return {
    size: o['size'] === undefined ? defaultPoolSize() : integer('size', o['size'], 1, MAX_POOL_SIZE),
    taskTimeoutMs: milliseconds('taskTimeoutMs', o['taskTimeoutMs']),
    onEvent: callback('onEvent', o['onEvent']),
    retries: o['retries'] === undefined ? 0 : integer('retries', o['retries'], 0, MAX_RETRIES),
    maxQueue: o['maxQueue'] === undefined ? Infinity : integerOrInfinity('maxQueue', o['maxQueue'], 0),
    idleTimeoutMs:
      o['idleTimeoutMs'] === undefined
        ? DEFAULT_IDLE_TIMEOUT_MS
        : o['idleTimeoutMs'] === Infinity
          ? Infinity
          : (milliseconds('idleTimeoutMs', o['idleTimeoutMs']) ?? DEFAULT_IDLE_TIMEOUT_MS),
    traceCapacity:
      o['traceCapacity'] === undefined
        ? DEFAULT_TRACE_CAPACITY
        : integer('traceCapacity', o['traceCapacity'], 0, 10_000_000),
    prepareWorker: o['prepareWorker'] === undefined ? null : taskSource(o['prepareWorker'], 'prepareWorker'),
  };
}

export interface ResolvedCallOptions {
  readonly ordered: boolean;
  readonly batchSize: number | 'auto';
  readonly timeoutMs: number | undefined;
  readonly signal: AbortSignal | undefined;
  readonly maxInFlight: number;
  readonly retries: number;
  readonly transfer: Transferable[] | undefined;
}

export function resolveMapOptions(
  input: MapOptions | undefined,
  pool: ResolvedPoolOptions,
): ResolvedCallOptions {
  const o = optionsObject(input, 'map');
  checkKnown(o, ['ordered', 'batchSize', 'timeoutMs', 'signal', 'maxInFlight', 'retries'], 'map');
  return {
    ordered: boolean('ordered', o['ordered'], true),
    batchSize: batchSize('batchSize', o['batchSize']),
    timeoutMs: milliseconds('timeoutMs', o['timeoutMs']) ?? pool.taskTimeoutMs,
    signal: signal('signal', o['signal']),
    maxInFlight:
      o['maxInFlight'] === undefined
        ? DEFAULT_MAX_IN_FLIGHT
        : integer('maxInFlight', o['maxInFlight'], 1, Number.MAX_SAFE_INTEGER),
    retries: o['retries'] === undefined ? pool.retries : integer('retries', o['retries'], 0, MAX_RETRIES),
    transfer: undefined,
  };
}

export function resolveRunOptions(
  input: RunOptions | undefined,
  pool: ResolvedPoolOptions,
): ResolvedCallOptions {
  const o = optionsObject(input, 'run');
  checkKnown(o, ['signal', 'timeoutMs', 'transfer', 'retries'], 'run');
  const transfer = o['transfer'];
  if (transfer !== undefined && !Array.isArray(transfer)) {
    throw new TypeError(`transfer: expected an array of Transferable objects, got ${describe(transfer)}`);
  }
  return {
    ordered: true,
    batchSize: 1,
    timeoutMs: milliseconds('timeoutMs', o['timeoutMs']) ?? pool.taskTimeoutMs,
    signal: signal('signal', o['signal']),
    maxInFlight: 1,
    retries: o['retries'] === undefined ? pool.retries : integer('retries', o['retries'], 0, MAX_RETRIES),
    transfer: transfer as Transferable[] | undefined,
  };
}

/** doThreadedWork's options split into the pool's and the map's, each checked under its own name. */
export function resolveDoThreadedWorkOptions(input: DoThreadedWorkOptions | undefined): {
  pool: PoolOptions;
  map: MapOptions;
} {
  const o = optionsObject(input, 'doThreadedWork');
  checkKnown(
    o,
    [
      'numThreads',
      'perTaskTimeoutMs',
      'preserveResultOrdering',
      'batchSize',
      'signal',
      'onEvent',
      'maxInFlight',
      'retries',
    ],
    'doThreadedWork',
  );
  const numThreads =
    o['numThreads'] === undefined ? undefined : integer('numThreads', o['numThreads'], 1, MAX_POOL_SIZE);
  const perTaskTimeoutMs = milliseconds('perTaskTimeoutMs', o['perTaskTimeoutMs']);
  const ordered = boolean('preserveResultOrdering', o['preserveResultOrdering'], true);
  const onEvent = callback<(e: PoolEvent) => void>('onEvent', o['onEvent']);
  const pool: PoolOptions = {
    ...(numThreads === undefined ? {} : { size: numThreads }),
    ...(perTaskTimeoutMs === undefined ? {} : { taskTimeoutMs: perTaskTimeoutMs }),
    ...(onEvent === undefined ? {} : { onEvent }),
  };
  const resolvedPool = resolvePoolOptions(pool);
  const map: MapOptions = {
    ordered,
    batchSize: batchSize('batchSize', o['batchSize']),
    ...(o['signal'] === undefined ? {} : { signal: signal('signal', o['signal']) }),
    ...(o['maxInFlight'] === undefined
      ? {}
      : { maxInFlight: integer('maxInFlight', o['maxInFlight'], 1, Number.MAX_SAFE_INTEGER) }),
    ...(o['retries'] === undefined ? {} : { retries: integer('retries', o['retries'], 0, MAX_RETRIES) }),
  };
  resolveMapOptions(map, resolvedPool);
  return { pool, map };
}
