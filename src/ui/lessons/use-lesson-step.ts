// A lesson step's state on its lab: the learner's answer, and the step's runs (how far they are, whether
// they stopped, and what they measured). The lab supplies the runs; the explanation answers the prediction
// made before they started, whatever is chosen afterwards.
import { useCallback, useRef, useState } from 'react';

/** The learner's answer: a choice, skipped, or not given yet. */
export type Prediction =
  { readonly kind: 'none' } | { readonly kind: 'skipped' } | { readonly kind: 'chose'; readonly id: string };

export type StepState<R> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly n: number; readonly total: number }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'done'; readonly result: R; readonly prediction: Prediction };

/** What a step's runs report as they go: the run now starting (1-based). */
export type StepProgress = (n: number) => void;

/** What the lesson panel shows of a step: the answer, how to change it, and where the runs are. */
export interface LessonStepHandle {
  readonly prediction: Prediction;
  readonly setPrediction: (next: Prediction) => void;
  readonly state: StepState<unknown>;
}

/**
 * A step's planned runs one after another through `run`, each announced to `progress` as it starts; their
 * results in order, or undefined as soon as one does not finish (the step then stops).
 */
export async function runInTurn<P, R>(
  plan: readonly P[],
  run: (planned: P) => Promise<R | undefined>,
  progress: StepProgress,
): Promise<R[] | undefined> {
  const results: R[] = [];
  for (const [i, planned] of plan.entries()) {
    progress(i + 1);
    const result = await run(planned);
    if (result === undefined) return undefined;
    results.push(result);
  }
  return results;
}

export function useLessonStep<R>() {
  const [prediction, setPrediction] = useState<Prediction>({ kind: 'none' });
  const [state, setState] = useState<StepState<R>>({ kind: 'idle' });

  /** The newest step run's id: an older run (superseded) writes nothing more into state. */
  const runId = useRef(0);
  /** A step run is under way: "Run this step" is ignored until it ends. */
  const inProgress = useRef(false);

  /**
   * Runs the step: `total` runs, through `runs`, which resolves with what they measured, or undefined when
   * one failed or was cancelled (the step then says it stopped). Ignored while a step run is under way; a
   * run's progress and end reach state only while it is the newest.
   */
  const run = useCallback(
    async (total: number, runs: (progress: StepProgress) => Promise<R | undefined>) => {
      if (inProgress.current) return;
      inProgress.current = true;
      const id = ++runId.current;
      const newest = () => runId.current === id;
      const asked = prediction;
      try {
        setState({ kind: 'running', n: 1, total });
        const result = await runs((n) => {
          if (newest()) setState({ kind: 'running', n, total });
        });
        if (newest()) {
          setState(result === undefined ? { kind: 'stopped' } : { kind: 'done', result, prediction: asked });
        }
      } finally {
        if (newest()) inProgress.current = false;
      }
    },
    [prediction],
  );

  /** The answer the step's runs are explained against, once they are done. */
  const asked = state.kind === 'done' ? state.prediction : undefined;
  const answer = asked?.kind === 'chose' ? asked.id : undefined;

  return { prediction, setPrediction, state, run, answer };
}
