// Runs one summation (on workers or on the main thread) and keeps the last finished result on screen
// when a later run fails or is cancelled, with the visit's recent runs (sum-history.ts) for comparison. A
// cancelled run's late results never reach state.
import { useCallback, useState } from 'react';
import { sumRange } from '../../lib/sum/kernels/sum-range.ts';
import { parallelSum } from '../../lib/sum/parallel-sum.ts';
import { IDLE, useRunState, type RunPhase as LabRunPhase } from '../../ui/use-run-state.ts';
import { addRun, type SumRun } from './sum-history.ts';
import type { SumOutcome, SumRequest } from './sum-run-types.ts';

type Busy = { readonly kind: 'running'; readonly done: number; readonly total: number };
export type RunPhase = LabRunPhase<Busy>;

/** Two frames, so "running" is painted before a main-thread loop blocks the page. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export function useSumRun() {
  const { phase, start, cancel } = useRunState<Busy>();
  const [outcome, setOutcome] = useState<SumOutcome | undefined>();
  const [history, setHistory] = useState<readonly SumRun[]>([]);

  /** Resolves with the run's outcome once it is on screen; undefined if it failed or was cancelled. */
  const run = useCallback(
    async (request: SumRequest): Promise<SumOutcome | undefined> => {
      const totalChunks = request.where === 'main' ? 1 : request.workers * request.chunksPerWorker;
      let shown: SumOutcome | undefined;
      const show = (current: { write(update: () => void): boolean }, finished: SumOutcome) => {
        const written = current.write(() => {
          setOutcome(finished);
          setHistory((runs) => addRun(runs, finished));
        });
        if (written) shown = finished;
      };
      await start({ kind: 'running', done: 0, total: totalChunks }, async (current) => {
        if (request.where === 'main') {
          await nextPaint();
          const start = performance.now();
          const total = sumRange(request.low, request.high);
          const ms = performance.now() - start;
          show(current, { request, total, ms, chunks: [], handoffs: undefined });
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
        show(current, {
          request,
          total: result.total,
          ms: result.ms,
          chunks: result.chunks,
          handoffs: result.handoffs,
        });
        return IDLE;
      });
      return shown;
    },
    [start],
  );

  return { phase, outcome, history, run, cancel };
}
