import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * One task at a time with an AbortSignal: starting a new one aborts the last, leaving the page aborts the
 * current one, and a task that was aborted never writes its error or its end to state.
 */
export function useAbortableTask() {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(async (task: (signal: AbortSignal) => Promise<void>) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setRunning(true);
    setError(undefined);
    try {
      await task(current.signal);
    } catch (caught) {
      if (!current.signal.aborted) setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      if (!current.signal.aborted) setRunning(false);
    }
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setRunning(false);
  }, []);

  return { running, error, run, cancel };
}
