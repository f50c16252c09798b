// The speedup lab's inputs and their URL names (README "URL parameters" lists the same).
import { enumParam, intParam, optionalNumberParam } from '../../lib/url-state/index.ts';
import { SWEEP_WORKLOADS } from './engine/sweep-workloads.ts';

export const MAX_SWEEP_WORKERS = 32;

/** Default K: twice the reported cores, so the sweep shows oversubscription (capped). */
export function defaultMaxWorkers(cores: number): number {
  return Math.min(MAX_SWEEP_WORKERS, Math.max(2, 2 * cores));
}

export const speedupParams = {
  workload: enumParam(SWEEP_WORKLOADS, 'sum'),
  /** Problem size; 0 means the workload's default (see `DEFAULT_SIZES`). */
  size: intParam(0, 4_000_000_000, 0),
  max: intParam(1, MAX_SWEEP_WORKERS, defaultMaxWorkers(globalThis.navigator?.hardwareConcurrency || 1)),
  repeats: intParam(1, 20, 3),
  /** sum: chunks per worker; pools: batch size, 0 = auto. */
  grain: intParam(0, 10_000, 0),
  gil: optionalNumberParam(0.1, 1000),
};

/** Default sizes: one worker takes roughly half a second to a second on a laptop core. */
export const DEFAULT_SIZES = { sum: 400_000_000, 'pool-cpu': 400, tiny: 100_000 } as const;

/** Default grain when the URL has 0: 8 chunks per worker for sum; 'auto' batches for the pools. */
export const DEFAULT_SUM_CHUNKS = 8;

export type SpeedupParams = typeof speedupParams;
