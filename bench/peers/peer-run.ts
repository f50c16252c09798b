// What a comparator run reports: the same timing split as parallelSum, so the bench compares like with like.

export interface PeerRun {
  /** Exact sum, for checking the peer against sumRange. */
  readonly total: bigint;
  /** ms from handing out the chunks to having every partial, after the workers have started and warmed up. */
  readonly ms: number;
  /** ms to start the workers and have each run the warm-up (PEER_WARM_UP) once. */
  readonly startupMs: number;
}

/**
 * What each comparator worker does, untimed, before the clock starts: the summation workers' own warm-up
 * (src/lib/sum/kernels/warm-up.ts), so every series starts its timed chunk with the loop compiled by V8 for
 * every kind of value it will see, rather than some series paying for the JIT's slower tiers inside the
 * timed region.
 */
export const PEER_WARM_UP = 'warmUpSumRange';
