import { useCallback, useState } from 'react';
import { IDLE, useRunState, type RunPhase } from '../../ui/use-run-state.ts';
import { runRace, type RaceOptions, type RaceResult } from './engine/race/run-race.ts';
import type { RaceMode } from './engine/race/race-protocol.ts';

type Busy = { readonly kind: 'running'; readonly done: number; readonly total: number };
export type RacePhase = RunPhase<Busy>;

export type RaceSettings = Omit<RaceOptions, 'signal' | 'mode'>;

/**
 * The repeated races of one way of adding: each run's final count, and what it would be with no loss; the
 * inputs they ran with, for the caption of the histogram on a slide.
 */
export interface RaceHistogram {
  readonly values: readonly number[];
  readonly expected: number;
  readonly mode: RaceMode;
  readonly settings: Pick<RaceSettings, 'workers' | 'iterations' | 'window'>;
}

/** Runs races one after another; results accumulate and stay when a run is cancelled or fails. */
export function useRaces() {
  const [results, setResults] = useState<readonly RaceResult[]>([]);
  const [histogram, setHistogram] = useState<RaceHistogram | undefined>();
  const { phase, start, cancel } = useRunState<Busy>();

  /**
   * Runs `jobs` in turn; resolves with their results once all have run (with `collect`, the histogram's
   * runs, with an empty list), or undefined if the run failed, was cancelled or was replaced.
   */
  const runMany = useCallback(
    async (
      jobs: readonly RaceMode[],
      settings: RaceSettings,
      collect: boolean,
    ): Promise<readonly RaceResult[] | undefined> => {
      const finished: RaceResult[] = [];
      let complete = false;
      await start({ kind: 'running', done: 1, total: jobs.length }, async (current) => {
        const values: number[] = [];
        const { workers, iterations, window } = settings;
        const ran = { workers, iterations, window };
        if (collect) {
          current.write(() =>
            setHistogram({ values: [], expected: workers * iterations, mode: jobs[0]!, settings: ran }),
          );
        }
        for (let i = 0; i < jobs.length; i++) {
          current.progress({ kind: 'running', done: i + 1, total: jobs.length });
          const result = await runRace({ ...settings, mode: jobs[i]!, signal: current.signal });
          // A cancelled or replaced run stops here, before its next race.
          if (!current.live()) return undefined;
          if (collect) {
            values.push(result.actual);
            current.write(() =>
              setHistogram({
                values: [...values],
                expected: result.expected,
                mode: result.mode,
                settings: ran,
              }),
            );
          } else {
            finished.push(result);
            current.write(() => setResults((list) => [...list.slice(-11), result]));
          }
        }
        complete = current.live();
        return IDLE;
      });
      return complete ? finished : undefined;
    },
    [start],
  );

  return { results, histogram, phase, runMany, cancel };
}

export type Races = ReturnType<typeof useRaces>;
