// A lesson step's state on its lab: the learner's answer, and the step's runs (how far they are, whether
// they stopped, and what they measured). The lab supplies the runs; the explanation answers the prediction
// made before they started, whatever is chosen afterwards.
import { useCallback, useState } from 'react';

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

export function useLessonStep<R>() {
  const [prediction, setPrediction] = useState<Prediction>({ kind: 'none' });
  const [state, setState] = useState<StepState<R>>({ kind: 'idle' });

  /**
   * Runs the step: `total` runs, through `runs`, which resolves with what they measured, or undefined when
   * one failed or was cancelled (the step then says it stopped).
   */
  const run = useCallback(
    async (total: number, runs: (progress: StepProgress) => Promise<R | undefined>) => {
      const asked = prediction;
      setState({ kind: 'running', n: 1, total });
      const result = await runs((n) => setState({ kind: 'running', n, total }));
      setState(result === undefined ? { kind: 'stopped' } : { kind: 'done', result, prediction: asked });
    },
    [prediction],
  );

  /** The answer the step's runs are explained against, once they are done. */
  const asked = state.kind === 'done' ? state.prediction : undefined;
  const answer = asked?.kind === 'chose' ? asked.id : undefined;

  return { prediction, setPrediction, state, run, answer };
}
