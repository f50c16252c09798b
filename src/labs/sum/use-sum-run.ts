// Runs one summation (on workers or on the main thread) and keeps the last finished result on screen
// when a later run fails or is cancelled. A cancelled run's late results never reach state.
import { useCallback, useState } from 'react';
import { sumRange } from '../../lib/sum/kernels/sum-range.ts';
import { parallelSum, type ChunkTiming } from '../../lib/sum/parallel-sum.ts';
import { IDLE, useRunState, type RunPhase as LabRunPhase } from '../../ui/use-run-state.ts';

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

type Busy = { readonly kind: 'running'; readonly done: number; readonly total: number };
export type RunPhase = LabRunPhase<Busy>;

/** Two frames, so "running" is painted before a main-thread loop blocks the page. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export function useSumRun() {
  const { phase, start, cancel } = useRunState<Busy>();
  const [outcome, setOutcome] = useState<SumOutcome | undefined>();

  const run = useCallback(
    (request: SumRequest) => {
      const totalChunks = request.where === 'main' ? 1 : request.workers * request.chunksPerWorker;
      return start({ kind: 'running', done: 0, total: totalChunks }, async (current) => {
        if (request.where === 'main') {
          await nextPaint();
          const start = performance.now();
          const total = sumRange(request.low, request.high);
          const ms = performance.now() - start;
          current.write(() => setOutcome({ request, total, ms, chunks: [], handoffs: undefined }));
          return IDLE;
        }
        let done = 0;
        const result = await parallelSum(request.low, request.high, {
          workers: request.workers,
          chunksPerWorker: request.chunksPerWorker,
          transport: request.transport,
          ...(request.gilMs === undefined ? {} : { gil: { switchIntervalMs: request.gilMs } }),
          signal: current.signal,
          onChunk: () => {
            done += 1;
            current.progress({ kind: 'running', done, total: totalChunks });
          },
        });
        current.write(() =>
          setOutcome({
            request,
            total: result.total,
            ms: result.ms,
            chunks: result.chunks,
            handoffs: result.handoffs,
          }),
        );
        return IDLE;
      });
    },
    [start],
  );

  return { phase, outcome, run, cancel };
}
