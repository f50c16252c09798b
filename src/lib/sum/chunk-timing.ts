// One chunk of a parallel sum, as the page reports it: for the timeline and the progress bar.

export interface ChunkTiming {
  /** Position of the chunk in the range, from 0. */
  readonly index: number;
  /** The chunk's range [low, high). */
  readonly low: number;
  readonly high: number;
  /** Worker that summed it, from 1. */
  readonly workerId: number;
  /** When the worker began and finished it, ms on the page's performance.now() clock. */
  readonly startMs: number;
  readonly endMs: number;
  /** Simulated GIL only: times this worker took the GIL from another worker during the chunk. */
  readonly handoffs?: number;
  /** Simulated GIL only: ms this worker spent waiting for the GIL during the chunk. */
  readonly gilWaitMs?: number;
  /**
   * Simulated GIL only: when this worker held the GIL during the chunk, on the page's clock. Always in the
   * result; in `onChunk` only with transport 'message' (with 'shared' they arrive after the last partial).
   */
  readonly gilHolds?: readonly TimeSpan[];
}

/** An interval, ms on the page's performance.now() clock. */
export interface TimeSpan {
  readonly startMs: number;
  readonly endMs: number;
}
