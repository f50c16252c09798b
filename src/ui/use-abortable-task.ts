import { useCallback } from 'react';
import { IDLE, useRunState } from './use-run-state.ts';

/**
 * A section's single task (one button, one result) on the run state every lab shares: starting a new one
 * aborts the last, leaving the page aborts the current one, and an aborted task never writes its error or
 * its end to state.
 */
export function useAbortableTask() {
  const { phase, start, cancel } = useRunState<{ readonly kind: 'running' }>();
  const run = useCallback(
    (task: (signal: AbortSignal) => Promise<void>) =>
      start({ kind: 'running' }, async ({ signal }) => {
        await task(signal);
        return IDLE;
      }),
    [start],
  );
  return {
    running: phase.kind === 'running',
    error: phase.kind === 'failed' ? phase.message : undefined,
    run,
    cancel,
  };
}
