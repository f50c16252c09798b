// What a comparator run reports: the same timing split as parallelSum, so the bench compares like with like.

export interface PeerRun {
  /** Exact sum, for checking the peer against sumRange. */
  readonly total: bigint;
  /** ms from handing out the chunks to having every partial, after the workers have started. */
  readonly ms: number;
  /** ms to start the workers and see each answer once. */
  readonly startupMs: number;
}
