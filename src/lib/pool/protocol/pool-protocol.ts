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
  /** The pool's prepareWorker, as source: run (and awaited) before the worker says it is ready. */
  readonly prepare: string | null;
}

/** Page -> worker: items of one task, run in order, one at a time. Item k has sequence number firstSeq + k. */
export interface BatchMessage {
  readonly type: 'batch';
  readonly taskId: number;
  readonly firstSeq: number;
  /** The items' arguments; a transferred Float64Array when they are all numbers (packed-numbers.ts). */
  readonly args: readonly unknown[] | Float64Array;
  /** The task's source expression, with the first batch of that task to this worker only. */
  source?: string;
  /**
   * The items are tiny (the page measured them far under a message's cost) and belong to this call: what
   * ended may wait for the report after next, at most BUFFERED_FLUSH_MS, while the next item is another
   * tiny one of the same call. Without it, whatever ended is reported before the next item starts, so
   * nothing waits on a long item behind it.
   */
  buffered?: number;
  /** Report each item's start at once, even with nothing ended to report (timeouts, and cancel without
   * shared status, need to know what runs). */
  reportStarts?: true;
}

/**
 * Page -> worker: these items were cancelled; do not start them. Each is reported back as skipped. With
 * shared status the page also raises its skip word (worker-status.ts) right after posting, and a worker
 * that sees the word ahead of the skips it has read starts nothing until this message arrives.
 */
export interface SkipMessage {
  readonly type: 'skip';
  readonly seqs: readonly number[];
  /** The skip word's value once this message is counted. */
  readonly generation: number;
}

export type PageToWorker = InitMessage | BatchMessage | SkipMessage;

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

/** How an item in a report ended. */
export const ENDED_OK = 0;
export const ENDED_ERROR = 1;
/** Not started: the page cancelled it (a SkipMessage). */
export const ENDED_SKIPPED = 2;

/**
 * Worker -> page: the items ended since the last report, in order, starting at firstSeq, and the item about
 * to run or running now. Sent before the next item starts (every few ms for buffered batches), and as soon
 * as the worker is idle.
 */
export interface ReportMessage {
  readonly type: 'report';
  readonly firstSeq: number;
  /** start, end per item (ms, worker clock); transferred, not copied. */
  readonly times: Float64Array;
  /** ENDED_OK: value; ENDED_ERROR: the values entry is an ErrorInfo; ENDED_SKIPPED: never started. */
  readonly endings: Uint8Array;
  /** Per item, as `endings` says; a transferred Float64Array when all are numbers (packed-numbers.ts). */
  readonly values: readonly unknown[] | Float64Array;
  readonly logs: readonly LogRecord[];
  /** Sequence number of the item running now (or starting as this report leaves), or -1. */
  readonly runningSeq: number;
  /** When that item started (ms, worker clock). */
  readonly runningSince: number;
}

/** Worker -> page, instead of ready: the pool's prepareWorker threw (or did not compile) in this worker. */
export interface PrepareFailedMessage {
  readonly type: 'prepare-failed';
  readonly error: ErrorInfo;
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

export type WorkerToPage =
  ReadyMessage | PrepareFailedMessage | ReportMessage | ClosingMessage | FaultMessage;

/**
 * The `default:` of a switch over a message union: it compiles only while every kind is handled, so a new
 * message kind cannot be ignored by one side. Throws if a value of no known kind arrives anyway.
 */
export function assertNever(message: never): never {
  throw new TypeError(`unknown pool message: ${JSON.stringify(message)}`);
}
