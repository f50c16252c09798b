import { useCallback, useEffect, useRef, useState } from 'react';
import { runRace, type RaceOptions, type RaceResult } from './engine/race/run-race.ts';
import type { RaceMode } from './engine/race/race-protocol.ts';

export type RacePhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

type RaceSettings = Omit<RaceOptions, 'signal' | 'mode'>;

/** Runs races one after another; results accumulate and stay when a run is cancelled or fails. */
export function useRaces() {
  const [results, setResults] = useState<readonly RaceResult[]>([]);
  const [histogram, setHistogram] = useState<{ values: readonly number[]; expected: number } | undefined>();
  const [phase, setPhase] = useState<RacePhase>({ kind: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const runMany = useCallback(async (jobs: readonly RaceMode[], settings: RaceSettings, collect: boolean) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    const values: number[] = [];
    if (collect) setHistogram({ values: [], expected: settings.workers * settings.iterations });
    try {
      for (let i = 0; i < jobs.length; i++) {
        setPhase({ kind: 'running', done: i + 1, total: jobs.length });
        const result = await runRace({ ...settings, mode: jobs[i]!, signal: current.signal });
        if (current.signal.aborted) return;
        if (collect) {
          values.push(result.actual);
          setHistogram({ values: [...values], expected: result.expected });
        } else {
          setResults((list) => [...list.slice(-11), result]);
        }
      }
      setPhase({ kind: 'idle' });
    } catch (error) {
      if (current.signal.aborted) return;
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setPhase({ kind: 'cancelled' });
  }, []);

  return { results, histogram, phase, runMany, cancel };
}
