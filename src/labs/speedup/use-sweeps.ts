// Runs sweeps one at a time and keeps every sweep run so far for the overlay. The running sweep's points
// appear as they finish; on cancel or failure they stay. A cancelled run's late points never reach state.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Sweep } from '../../lib/math/sweep.ts';
import { runSweep } from './engine/run-sweep.ts';
import { measureFor, type WorkloadSettings } from './engine/sweep-workloads.ts';

export type SweepPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'warming' }
  | { readonly kind: 'running'; readonly workers: number; readonly repeat: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

export interface SweepRequest {
  readonly settings: WorkloadSettings;
  readonly maxWorkers: number;
  readonly repeats: number;
  readonly label: string;
}

let nextId = 1;

export function useSweeps() {
  const [sweeps, setSweeps] = useState<readonly Sweep[]>([]);
  const [phase, setPhase] = useState<SweepPhase>({ kind: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async (request: SweepRequest) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    const id = `sweep-${nextId++}`;
    const put = (sweep: Sweep) => {
      if (current.signal.aborted) return;
      setSweeps((list) =>
        list.some((s) => s.id === id) ? list.map((s) => (s.id === id ? sweep : s)) : [...list, sweep],
      );
    };
    setPhase({ kind: 'warming' });
    try {
      await runSweep({
        id,
        label: request.label,
        workerCounts: Array.from({ length: request.maxWorkers }, (_, i) => i + 1),
        repeats: request.repeats,
        measure: measureFor(request.settings),
        fitMaxWorkers: Math.max(2, navigator.hardwareConcurrency || 1),
        signal: current.signal,
        onProgress: (workers, repeat) => {
          if (!current.signal.aborted) setPhase({ kind: 'running', workers, repeat });
        },
        onPoint: put,
      });
      if (!current.signal.aborted) setPhase({ kind: 'idle' });
    } catch (error) {
      if (current.signal.aborted) return;
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setPhase({ kind: 'cancelled' });
  }, []);

  const remove = useCallback((id: string) => setSweeps((list) => list.filter((s) => s.id !== id)), []);

  return { sweeps, phase, run, cancel, remove };
}
