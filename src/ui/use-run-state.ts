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
const CANCELLED = { kind: 'cancelled' } as const;

/** A phase no run is busy in. */
function ended(phase: { readonly kind: string }): boolean {
  return phase.kind === 'idle' || phase.kind === 'cancelled' || phase.kind === 'failed';
}

/** A run is going, in whichever of its lab's busy phases: what locks a lab's form and shows its Cancel. */
export function isBusy(phase: { readonly kind: string }): boolean {
  return !ended(phase);
}

/** What a running task gets: its signal, and writes to state that only land while it may still write. */
export interface RunHandle<Busy> {
  readonly signal: AbortSignal;
  /** This is the newest run and it was not aborted: its progress and results may reach state. */
  live(): boolean;
  /**
   * Runs `update` (the task's own setState calls: results, rows, points) only while live; returns whether
   * it ran, so a task can stop once it may no longer write.
   */
  write(update: () => void): boolean;
  /** Sets a busy phase (progress), while live. */
  progress(phase: Busy): void;
  /**
   * This is the newest run, aborted or not: for a task that ends its own cancellation (shows what it
   * finished, then says cancelled) instead of being cut off at Cancel, and so may still write after abort.
   */
  newest(): boolean;
  /** Sets the final phase while this is the newest run, aborted or not (see `newest`). */
  settle(phase: RunPhase<Busy>): void;
}

/**
 * The task's own end: a phase to show (set only while the run is live, so a run that was cancelled or
 * replaced cannot overwrite the phase), or undefined when the task settled its phase itself.
 */
export type RunTask<Busy> = (run: RunHandle<Busy>) => Promise<RunPhase<Busy> | undefined>;

/**
 * Ends an aborted run as cancelled. A run stopped by `abort` settles its own end (a phase a task returns is
 * shown only while the run is live, and an aborted one is not), so a task that finds itself aborted returns
 * this: `return cancelled(run)`.
 */
export function cancelled<Busy>(run: RunHandle<Busy>): undefined {
  run.settle(CANCELLED);
  return undefined;
}

export function useRunState<Busy extends { readonly kind: string }>() {
  const [phase, setPhase] = useState<RunPhase<Busy>>(IDLE);
  const controller = useRef<AbortController | undefined>(undefined);
  // Leaving the page stops the run; its late writes are then refused like any aborted run's.
  useEffect(() => () => controller.current?.abort(), []);

  /**
   * Aborts the run before it, shows `first` (undefined: the task sets its first busy phase itself, e.g. in
   * the same transition as its first results), and runs `task`; resolves when the task has ended, and
   * never rejects: the error of a live run becomes the failed phase.
   */
  const start = useCallback(async (first: Busy | undefined, task: RunTask<Busy>): Promise<void> => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    const newest = () => controller.current === current;
    const live = () => newest() && !current.signal.aborted;
    const handle: RunHandle<Busy> = {
      signal: current.signal,
      live,
      write: (update) => {
        if (!live()) return false;
        update();
        return true;
      },
      progress: (busy) => {
        if (live()) setPhase(busy);
      },
      newest,
      settle: (end) => {
        if (newest()) setPhase(end);
      },
    };
    if (first !== undefined) setPhase(first);
    try {
      const end = await task(handle);
      if (end !== undefined && live()) setPhase(end);
    } catch (error) {
      if (live()) {
        setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      } else if (newest()) {
        // Aborted by `abort`, then threw before it could settle: it must not stay busy.
        setPhase((shown) => (ended(shown) ? shown : CANCELLED));
      }
    }
  }, []);

  /** Stops the run and shows it cancelled at once; its late writes never land. */
  const cancel = useCallback(() => {
    if (!controller.current) return;
    controller.current.abort();
    setPhase(CANCELLED);
  }, []);

  /** Stops the run and leaves the phase to it (RunHandle.settle), for a run that reports its own end. */
  const abort = useCallback(() => controller.current?.abort(), []);

  return { phase, start, cancel, abort };
}
