// What one summation run is asked for and what it gives: shared by the run hook, the results, the history
// and the lesson steps. Types only.
import type { ChunkTiming } from '../../lib/sum/parallel-sum.ts';

export interface SumRequest {
  readonly low: number;
  readonly high: number;
  readonly workers: number;
  readonly chunksPerWorker: number;
  readonly transport: 'message' | 'shared';
  readonly gilMs: number | undefined;
  readonly where: 'workers' | 'main';
}

export interface SumOutcome {
  readonly request: SumRequest;
  readonly total: bigint;
  readonly ms: number;
  readonly chunks: readonly ChunkTiming[];
  readonly handoffs: number | undefined;
}
