// The wire protocol between the page (worker-slot.ts) and a pool worker (pool-worker-runtime.ts).
// Realm-neutral: both sides import it.
//
// Plain postMessage with string-valued `type`s rather than Comlink: the hot path is one message per batch
// out and one batched report back, and a 100k-item run must cost little more than those messages. Comlink
// would add a promise, an id and a proxy round trip per call, and its `expose` answers every message on
// its port; the control part (init, ready) is two messages, so a second channel would buy nothing.

/** Page -> worker, first message: what the worker needs before it says it is ready. */
export interface InitMessage {
  readonly type: 'init';
  /** A Web Locks name the worker holds until it dies, so the page learns of any death; null: no locks API. */
  readonly lockName: string | null;
  /** worker-status.ts layout, or null when the page is not cross-origin isolated. */
  readonly status: SharedArrayBuffer | null;
}

/** Page -> worker: items of one task, run in order, one at a time. Item k has sequence number firstSeq + k. */
export interface BatchMessage {
  readonly type: 'batch';
  readonly taskId: number;
  readonly firstSeq: number;
  readonly args: readonly unknown[];
  /** The task's source expression, with the first batch of that task to this worker only. */
  source?: string;
  /** Report each item's start at once (timeouts without shared status need the start to arm the timer). */
  reportStarts?: true;
}

export type PageToWorker = InitMessage | BatchMessage;

export interface ReadyMessage {
  readonly type: 'ready';
  /** The worker's performance.timeOrigin: worker times + (this − page timeOrigin) = page times. */
  readonly timeOrigin: number;
  /** Whether the worker holds the InitMessage's lock. */
  readonly locked: boolean;
}

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export interface LogRecord {
  /** ms, the worker's performance.now() */
  readonly t: number;
  readonly level: LogLevel;
  readonly message: string;
}

export interface ErrorInfo {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

/**
 * Worker -> page: the items finished since the last report, in order, starting at firstSeq, and the item
 * running now. Sent at most every few ms while busy, and as soon as the worker is idle.
 */
export interface ReportMessage {
  readonly type: 'report';
  readonly firstSeq: number;
  /** start, end per finished item (ms, worker clock); transferred, not copied. */
  readonly times: Float64Array;
  /** 0: value, 1: error (the values entry is an ErrorInfo). */
  readonly failed: Uint8Array;
  readonly values: readonly unknown[];
  readonly logs: readonly LogRecord[];
  /** Sequence number of the item running now, or -1. */
  readonly runningSeq: number;
  /** When that item started (ms, worker clock). */
  readonly runningSince: number;
}

/** Worker -> page: the task called close(); sent after a last report, just before the worker stops. */
export interface ClosingMessage {
  readonly type: 'closing';
  readonly runningSeq: number;
}

/** Worker -> page: an uncaught error outside any task call (a throw in a timer, say); the worker stops. */
export interface FaultMessage {
  readonly type: 'fault';
  readonly runningSeq: number;
  readonly error: ErrorInfo;
}

export type WorkerToPage = ReadyMessage | ReportMessage | ClosingMessage | FaultMessage;

/**
 * The `default:` of a switch over a message union: it compiles only while every kind is handled, so a new
 * message kind cannot be ignored by one side. Throws if a value of no known kind arrives anyway.
 */
export function assertNever(message: never): never {
  throw new TypeError(`unknown pool message: ${JSON.stringify(message)}`);
}
