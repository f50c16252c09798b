// Runs sweeps one at a time and keeps every sweep run so far for the overlay. The running sweep's points
// appear as they finish; on cancel or failure they stay. A cancelled run's late points never reach state.
import { useCallback, useState } from 'react';
import type { Sweep } from '../../lib/math/sweep.ts';
import { runSweep } from '../../lib/math/run-sweep.ts';
import { measureFor, type WorkloadSettings } from './engine/sweep-workloads.ts';
import { IDLE, useRunState, type RunPhase } from '../../ui/use-run-state.ts';

type Busy =
  | { readonly kind: 'warming' }
  | { readonly kind: 'running'; readonly workers: number; readonly repeat: number };
export type SweepPhase = RunPhase<Busy>;

export interface SweepRequest {
  readonly settings: WorkloadSettings;
  readonly maxWorkers: number;
  readonly repeats: number;
  readonly label: string;
}

let nextId = 1;

/** The work a sweep measured: sweeps of the same workload and size compare point by point. */
export function problemOf(settings: WorkloadSettings): string {
  return `${settings.workload}:${settings.size}`;
}

export function useSweeps() {
  const [sweeps, setSweeps] = useState<readonly Sweep[]>([]);
  const { phase, start, cancel } = useRunState<Busy>();
  /** What each sweep was asked to measure, by sweep id: to run it again with other settings. */
  const [requests, setRequests] = useState<ReadonlyMap<string, SweepRequest>>(() => new Map());
  /** Sweeps started, from the form or a lesson step: a step's explanation is stale once another starts. */
  const [runs, setRuns] = useState(0);

  /** Resolves with the sweep once all its points are measured; undefined if it failed or was cancelled. */
  const run = useCallback(
    async (request: SweepRequest): Promise<Sweep | undefined> => {
      const id = `sweep-${nextId++}`;
      setRuns((n) => n + 1);
      setRequests((map) => new Map(map).set(id, request));
      const problem = problemOf(request.settings);
      let finished: Sweep | undefined;
      await start({ kind: 'warming' }, async (current) => {
        let latest: Sweep | undefined;
        const put = (measured: Sweep) => {
          const sweep = { ...measured, problem };
          latest = sweep;
          current.write(() =>
            setSweeps((list) =>
              list.some((s) => s.id === id) ? list.map((s) => (s.id === id ? sweep : s)) : [...list, sweep],
            ),
          );
        };
        await runSweep({
          id,
          label: request.label,
          workerCounts: Array.from({ length: request.maxWorkers }, (_, i) => i + 1),
          repeats: request.repeats,
          measure: measureFor(request.settings),
          fitMaxWorkers: Math.max(2, navigator.hardwareConcurrency || 1),
          signal: current.signal,
          onProgress: (workers, repeat) => current.progress({ kind: 'running', workers, repeat }),
          onPoint: put,
        });
        if (current.live()) finished = latest;
        return IDLE;
      });
      return finished;
    },
    [start],
  );

  const remove = useCallback((id: string) => {
    setRequests((map) => {
      const next = new Map(map);
      next.delete(id);
      return next;
    });
    setSweeps((list) => list.filter((s) => s.id !== id));
  }, []);
  return { sweeps, phase, run, cancel, remove, requests, runs };
}
