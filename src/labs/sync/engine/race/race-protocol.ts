import type { HoldTrace } from '../../../../lib/atomics/hold-tracer.ts';
import type { MutexHandle } from '../../../../lib/atomics/mutex.ts';

// The counter race on real threads: k workers each add 1 to one shared counter m times. Realm-neutral.

export const RACE_MODES = ['plain', 'atomic', 'mutex'] as const;
export type RaceMode = (typeof RACE_MODES)[number];

/** Layout of the shared control words (Int32Array indices). */
export const WORD = {
  /** The counter everyone increments (a logged race counts on its stamped `RaceLog.counter` instead). */
  counter: 0,
  /** Workers that are ready; the page starts them all at once when it reaches k. */
  ready: 1,
  /** 1 = go. */
  go: 2,
} as const;
export const CONTROL_WORDS = 8;

export interface RaceJob {
  readonly workerId: number;
  readonly mode: RaceMode;
  /** Increments this worker performs. */
  readonly iterations: number;
  /** Busy-work iterations between the read and the write (plain mode): a wider window loses more. */
  readonly window: number;
  readonly control: Int32Array;
  /** Mutex mode: the lock every increment takes (src/lib/atomics's Mutex; the buffer is shared, not copied). */
  readonly mutex?: MutexHandle;
  /** Log every access (plain or mutex mode); absent = no log, and the counter is `control[WORD.counter]`. */
  readonly log?: RaceLog;
  /** Mutex mode: record when this worker waited for and held the lock (slower: clock reads per increment). */
  readonly trace?: boolean;
}

/** A logged race: its counter and the log of every access to it, both in shared memory (not copied). */
export interface RaceLog {
  /** The counter everyone increments, stamped: each access takes its ticket in the same atomic step. */
  readonly counter: BigInt64Array;
  /** LOG_WORDS Int32 per access, at its ticket; accesses past its end are counted but not logged. */
  readonly events: Int32Array;
}

export interface RaceReport {
  readonly workerId: number;
  /** ms from go to this worker's last increment. */
  readonly ms: number;
  /** Mutex mode with `trace`: the worker's waits and holds, in buffers transferred to the page (not copied). */
  readonly trace?: HoldTrace;
}
