// What a comparator run reports: the same timing split as parallelSum, so the bench compares like with like.

export interface PeerRun {
  /** Exact sum, for checking the peer against sumRange. */
  readonly total: bigint;
  /** ms from handing out the chunks to having every partial, after the workers have started and warmed up. */
  readonly ms: number;
  /** ms to start the workers and have each sum PEER_WARM_UP_VALUES values once. */
  readonly startupMs: number;
}

/**
 * Values each comparator worker sums, untimed, before the clock starts: the same warm-up as the summation
 * workers' `ready()` (src/lib/sum/sum-api.ts), so every series starts its timed chunk with the loop already
 * compiled by V8 rather than some series paying for the JIT's slower tiers inside the timed region.
 */
export const PEER_WARM_UP_VALUES = 1 << 22;
