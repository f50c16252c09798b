// How a pool run shows itself while it goes: every 100 ms (and once at its end) the elapsed time and a new
// version number, set as a transition so React renders the panels in slices that input can interrupt. A
// cancelled run still refreshes (it shows what it finished); a replaced one no longer does.
import { startTransition, type Dispatch, type SetStateAction } from 'react';
import type { RunHandle, RunPhase } from '../use-run-state.ts';

/** ms between refreshes while a run goes. */
const REFRESH_MS = 100;

export interface RunRefresh<Busy> {
  /** Shows what the store holds now; with `end`, the run's final phase too, in the same render. */
  readonly refresh: (end?: RunPhase<Busy>) => void;
  /** Stops the 100 ms refreshes (call once the run has ended, before the last refresh). */
  readonly stop: () => void;
}

/**
 * Shows the run (`show`: the lab's setState calls that mount its results and set it running) in one
 * transition, so React mounts the results in slices rather than inside the click that started the run, then
 * refreshes it until stopped.
 */
export function startRunRefresh<Busy>(
  current: RunHandle<Busy>,
  show: () => void,
  /** ms since the run started: its end once known, else now. */
  elapsedMs: () => number,
  setElapsedMs: Dispatch<SetStateAction<number>>,
  setVersion: Dispatch<SetStateAction<number>>,
): RunRefresh<Busy> {
  startTransition(() => {
    current.write(show);
  });
  const refresh = (end?: RunPhase<Busy>) => {
    if (!current.newest()) return;
    const elapsed = elapsedMs();
    startTransition(() => {
      setElapsedMs(elapsed);
      setVersion((v) => v + 1);
      if (end) current.settle(end);
    });
  };
  const tick = setInterval(refresh, REFRESH_MS);
  return { refresh, stop: () => clearInterval(tick) };
}
