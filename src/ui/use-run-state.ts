// The state of a lab's Run / Cancel, for every lab: which phase the experiment is in, one AbortController
// per run, and the guarantee that a run that was cancelled, or replaced by a newer one, never writes its
// progress, results or error into state.
import { useCallback, useEffect, useRef, useState } from 'react';

/** `Busy`: the lab's own phases while a run goes (its progress); the other three are common to all. */
export type RunPhase<Busy> =
  | { readonly kind: 'idle' }
  | Busy
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

export const IDLE = { kind: 'idle' } as const;

/** What a running task gets: its signal, and writes to state that only land while it may still write. */
export interface RunHandle<Busy> {
  readonly signal: AbortSignal;
  /** This is the newest run and it was not aborted: its progress and results may reach state. */
  live(): boolean;
  /** Sets a busy phase (progress), while live. */
  progress(phase: Busy): void;
  /**
   * Sets the final phase while this is the newest run, aborted or not: for a task that ends its own
   * cancellation (shows what it finished, then says cancelled) instead of being cut off at Cancel.
   */
  settle(phase: RunPhase<Busy>): void;
}

/**
 * The task's own end: a phase to show (set while this is the newest run), or undefined when the task
 * settled its phase itself (RunHandle.settle) or was cancelled.
 */
export type RunTask<Busy> = (run: RunHandle<Busy>) => Promise<RunPhase<Busy> | undefined>;

export function useRunState<Busy extends { readonly kind: string }>() {
  const [phase, setPhase] = useState<RunPhase<Busy>>(IDLE);
  const controller = useRef<AbortController | undefined>(undefined);
  // Leaving the page stops the run; its late writes are then refused like any aborted run's.
  useEffect(() => () => controller.current?.abort(), []);

  /** Aborts the run before it, shows `first`, and runs `task`; resolves when the task has ended. */
  const start = useCallback(async (first: Busy, task: RunTask<Busy>): Promise<void> => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    const isNewest = () => controller.current === current;
    const live = () => isNewest() && !current.signal.aborted;
    const handle: RunHandle<Busy> = {
      signal: current.signal,
      live,
      progress: (busy) => {
        if (live()) setPhase(busy);
      },
      settle: (end) => {
        if (isNewest()) setPhase(end);
      },
    };
    setPhase(first);
    try {
      const end = await task(handle);
      if (end !== undefined && isNewest()) setPhase(end);
    } catch (error) {
      if (live())
        setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  /** Stops the run and shows it cancelled at once; its late writes never land. */
  const cancel = useCallback(() => {
    if (!controller.current) return;
    controller.current.abort();
    setPhase({ kind: 'cancelled' });
  }, []);

  /** Stops the run and leaves the phase to it (RunHandle.settle), for a run that reports its own end. */
  const abort = useCallback(() => controller.current?.abort(), []);

  return { phase, start, cancel, abort };
}
