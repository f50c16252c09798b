// The lab's deadlock runs: one at a time, the live state while it goes and the last result. Shared by the
// deadlock section, which shows them, and the deadlock lesson step, which explains them.
import { useCallback, useState } from 'react';
import { useAbortableTask } from '../../ui/use-abortable-task.ts';
import { runDeadlock, type DeadlockResult, type LockState } from './engine/lock-demos/run-deadlock.ts';
import type { DeadlockSettings } from './deadlock-settings.ts';

export function useDeadlock() {
  const task = useAbortableTask();
  const [live, setLive] = useState<LockState | undefined>();
  const [result, setResult] = useState<DeadlockResult | undefined>();
  const { run: runTask } = task;

  /** Runs the demo; resolves with its result, or undefined when it failed or was cancelled or replaced. */
  const run = useCallback(
    async (settings: DeadlockSettings): Promise<DeadlockResult | undefined> => {
      let finished: DeadlockResult | undefined;
      await runTask(async (signal) => {
        setLive(undefined);
        // A cancelled or replaced run rejects here (AbortError), before it writes anything.
        const outcome = await runDeadlock({ ...settings, signal, onState: setLive });
        setLive(undefined);
        setResult(outcome);
        finished = outcome;
      });
      return finished;
    },
    [runTask],
  );

  return { task, live, result, run };
}

export type Deadlock = ReturnType<typeof useDeadlock>;
