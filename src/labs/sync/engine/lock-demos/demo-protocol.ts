// The lock demos of the locks lab, on real workers: a deadlock (and its fix), a semaphore limiting
// connections, a barrier between phases. What the page posts to each worker and what comes back.
// Realm-neutral.
import type { SyncHandle } from '../../../../lib/atomics/shared-handle.ts';
import type { WaitEdge } from '../../../../lib/atomics/wait-for.ts';

/** Int32 slots of a demo's control buffer. */
export const CONTROL = {
  /** Workers at the start line; the page says go when all are. */
  ready: 0,
  /** 1 = go. */
  go: 1,
  /** Semaphore demo: workers inside (holding a permit) now, and the most ever seen at once. */
  inside: 2,
  peak: 3,
} as const;
export const CONTROL_SLOTS = 4;

export interface DeadlockJob {
  readonly kind: 'deadlock';
  readonly workerId: number;
  /** Every lock of the run (Mutex handles; the buffer is shared, not copied). */
  readonly locks: readonly SyncHandle[];
  /** Indices into `locks`: taken in this order. */
  readonly first: number;
  readonly second: number;
  /** ms the worker works holding its first lock before it asks for the second (and again holding both). */
  readonly holdMs: number;
  /** ms it waits for its second lock before it gives up. */
  readonly timeoutMs: number;
  readonly control: Int32Array;
  /** Slot `workerId`: 1 + the lock this worker waits for now, or 0. Read by the page and by a worker that timed out. */
  readonly waitingFor: Int32Array;
}

export interface SemaphoreJob {
  readonly kind: 'semaphore';
  readonly workerId: number;
  readonly semaphore: SyncHandle;
  /** Connections this worker opens, one after another. */
  readonly connections: number;
  /** ms each connection stays open (a blocking wait standing for I/O). */
  readonly connectMs: number;
  readonly control: Int32Array;
}

export interface BarrierJob {
  readonly kind: 'barrier';
  readonly workerId: number;
  readonly barrier: SyncHandle;
  /** ms of work in each phase for this worker; the barrier follows every phase. */
  readonly workMs: readonly number[];
  readonly control: Int32Array;
}

export type DemoJob = DeadlockJob | SemaphoreJob | BarrierJob;

/** An interval of a worker's life in a demo, wall-clock ms (timeOrigin + now(), comparable across threads). */
export interface DemoSpan {
  /** hold: held the lock (a permit; working, for the barrier); wait: blocked asking for it. */
  readonly kind: 'hold' | 'wait';
  readonly lock: number;
  readonly start: number;
  readonly end: number;
  /** A wait that ended at its timeout. */
  readonly gaveUp?: boolean;
  /** Barrier demo: the phase. */
  readonly phase?: number;
}

export interface DemoReport {
  readonly workerId: number;
  readonly spans: readonly DemoSpan[];
  /** Deadlock demo: whether the worker got both locks, or gave up at its timeout. */
  readonly outcome: 'done' | 'gave-up';
  /** Deadlock demo, gave up: the wait-for graph as this worker saw it at its timeout, before it let go. */
  readonly waitFor?: readonly WaitEdge[];
}
