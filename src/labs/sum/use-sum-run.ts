// Runs one summation (on workers or on the main thread) and keeps the last finished result on screen
// when a later run fails or is cancelled. A cancelled run's late results never reach state.
import { useCallback, useEffect, useRef, useState } from 'react';
import { sumRange } from '../../lib/sum/kernels/sum-range.ts';
import { parallelSum, type ChunkTiming } from '../../lib/sum/parallel-sum.ts';

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

export type RunPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

/** Two frames, so "running" is painted before a main-thread loop blocks the page. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export function useSumRun() {
  const [phase, setPhase] = useState<RunPhase>({ kind: 'idle' });
  const [outcome, setOutcome] = useState<SumOutcome | undefined>();
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async (request: SumRequest) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    const totalChunks = request.where === 'main' ? 1 : request.workers * request.chunksPerWorker;
    setPhase({ kind: 'running', done: 0, total: totalChunks });
    try {
      if (request.where === 'main') {
        await nextPaint();
        const start = performance.now();
        const total = sumRange(request.low, request.high);
        const ms = performance.now() - start;
        if (current.signal.aborted) return;
        setOutcome({ request, total, ms, chunks: [], handoffs: undefined });
      } else {
        let done = 0;
        const result = await parallelSum(request.low, request.high, {
          workers: request.workers,
          chunksPerWorker: request.chunksPerWorker,
          transport: request.transport,
          ...(request.gilMs === undefined ? {} : { gil: { switchIntervalMs: request.gilMs } }),
          signal: current.signal,
          onChunk: () => {
            done += 1;
            if (!current.signal.aborted) setPhase({ kind: 'running', done, total: totalChunks });
          },
        });
        if (current.signal.aborted) return;
        setOutcome({
          request,
          total: result.total,
          ms: result.ms,
          chunks: result.chunks,
          handoffs: result.handoffs,
        });
      }
      setPhase({ kind: 'idle' });
    } catch (error) {
      if (current.signal.aborted) return;
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  const cancel = useCallback(() => {
    if (!controller.current) return;
    controller.current.abort();
    setPhase({ kind: 'cancelled' });
  }, []);

  return { phase, outcome, run, cancel };
}
