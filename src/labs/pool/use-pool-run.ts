// Runs the work items through the pool, streaming outcomes into a ResultsStore. The page re-renders at
// most every 100 ms from a version number, so a million outcomes never mean a million renders.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPool, type PoolEvent } from '../../pool/index.ts';
import { timeSlicer } from '../../ui/yield-to-page.ts';
import { ResultsStore } from './results-store.ts';
import { runWorkItem, workItems, type ItemSettings } from './work-items.ts';

export interface RunSettings {
  readonly items: ItemSettings;
  readonly workers: number;
  /** ms; 0 = none. */
  readonly timeoutMs: number;
  readonly ordered: boolean;
  /** 0 = auto. */
  readonly batchSize: number;
}

export interface LogLine {
  readonly workerId: number;
  readonly level: string;
  readonly message: string;
}

export interface WorkerMark {
  readonly workerId: number;
  /** ms since the run started. */
  readonly t: number;
  readonly type: 'worker-start' | 'worker-exit';
  readonly reason?: string | undefined;
}

export interface PoolRun {
  readonly settings: RunSettings;
  readonly store: ResultsStore;
  readonly logs: LogLine[];
  readonly marks: WorkerMark[];
  readonly t0: number;
  /** ms since t0 when the run ended, or undefined while it runs. */
  endMs: number | undefined;
  /** Log lines dropped beyond the cap. */
  droppedLogs: number;
}

/** Lines the log panel keeps (the oldest go first). */
export const LOG_CAP = 1000;

export type PoolPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

export function usePoolRun() {
  const [run, setRun] = useState<PoolRun | undefined>();
  const [version, setVersion] = useState(0);
  /** ms since the current run started, sampled at each refresh (rendering must not read the clock). */
  const [elapsedMs, setElapsedMs] = useState(0);
  const [phase, setPhase] = useState<PoolPhase>({ kind: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (settings: RunSettings) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    const t0 = performance.now();
    const state: PoolRun = {
      settings,
      store: new ResultsStore(settings.items.n),
      logs: [],
      marks: [],
      t0,
      endMs: undefined,
      droppedLogs: 0,
    };
    const onEvent = (event: PoolEvent) => {
      if (event.type === 'log') {
        state.logs.push({ workerId: event.workerId, level: event.level, message: event.message });
        if (state.logs.length > LOG_CAP) {
          state.logs.splice(0, state.logs.length - LOG_CAP);
          state.droppedLogs++;
        }
      } else if (event.type === 'worker-start' || event.type === 'worker-exit') {
        state.marks.push({
          workerId: event.workerId,
          t: event.t - t0,
          type: event.type,
          reason: event.reason,
        });
      }
    };
    setRun(state);
    setPhase({ kind: 'running' });
    const refresh = () => {
      setElapsedMs(state.endMs ?? performance.now() - t0);
      setVersion((v) => v + 1);
    };
    const tick = setInterval(refresh, 100);
    const pool = createPool({ size: settings.workers, onEvent });
    try {
      const outcomes = pool.map(workItems(settings.items), runWorkItem, {
        ordered: settings.ordered,
        batchSize: settings.batchSize === 0 ? 'auto' : settings.batchSize,
        ...(settings.timeoutMs > 0 ? { timeoutMs: settings.timeoutMs } : {}),
        signal: current.signal,
      });
      const slicer = timeSlicer();
      for await (const outcome of outcomes) {
        // Outcomes that are already waiting resolve as microtasks: yield now and then, so the page draws.
        if (slicer.due()) await slicer.yield();
        const startMs = outcome.startMs === undefined ? Number.NaN : outcome.startMs - t0;
        const durationMs =
          outcome.startMs === undefined || outcome.endMs === undefined
            ? Number.NaN
            : outcome.endMs - outcome.startMs;
        state.store.record({
          index: outcome.index,
          status: outcome.status,
          workerId: outcome.workerId,
          startMs,
          durationMs,
          ...(outcome.status === 'ok' ? { value: outcome.value } : {}),
          ...(outcome.status === 'error' ? { error: `${outcome.error.name}: ${outcome.error.message}` } : {}),
        });
      }
      state.endMs = performance.now() - t0;
      if (controller.current === current)
        setPhase(current.signal.aborted ? { kind: 'cancelled' } : { kind: 'idle' });
    } catch (error) {
      state.endMs = performance.now() - t0;
      if (controller.current === current) {
        setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    } finally {
      clearInterval(tick);
      await pool.terminate();
      refresh();
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { run, version, elapsedMs, phase, start, cancel };
}
