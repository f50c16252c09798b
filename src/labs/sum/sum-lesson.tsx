// The lesson step shown on the summation lab (`?lesson=`): the panel, the step's runs one after another
// through the lab's own run, and the explanation computed from them. A run the learner starts or cancels
// meanwhile ends the step's runs (the lab runs one thing at a time); the step can be run again.
import { useState } from 'react';
import { useIsolation } from '../../ui/isolation-context.tsx';
import { isolationMessages, leadThenReason } from '../../ui/isolation-messages.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LessonPanel, type Prediction } from '../../ui/lessons/lesson-panel.tsx';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { lessonTexts } from '../../ui/lessons/lesson-texts.ts';
import { sumLessonMessages } from './sum-lesson-messages.ts';
import type { SumLesson } from './sum-lessons.ts';
import type { SumOutcome, SumRequest } from './sum-run-types.ts';

type StepState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly n: number; readonly total: number }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'done'; readonly runs: readonly SumOutcome[]; readonly prediction: Prediction };

export function SumLessonPanel({
  id,
  lesson,
  request,
  busy,
  run,
  onInvalid,
}: {
  id: LessonId;
  lesson: SumLesson;
  /** The lab's inputs as a request, or undefined while a field is invalid. */
  request: SumRequest | undefined;
  busy: boolean;
  run: (request: SumRequest) => Promise<SumOutcome | undefined>;
  /** The inputs must be fixed before the step can run. */
  onInvalid: () => void;
}) {
  const lang = useLang();
  const m = useMessages(sumLessonMessages);
  const t = useMessages(lessonTexts);
  const iso = useMessages(isolationMessages);
  const isolation = useIsolation();
  const cores = navigator.hardwareConcurrency || 1;
  const [prediction, setPrediction] = useState<Prediction>({ kind: 'none' });
  const [step, setStep] = useState<StepState>({ kind: 'idle' });

  const runStep = async () => {
    if (!request) {
      onInvalid();
      return;
    }
    const plan = lesson.plan(request, cores);
    // The explanation answers the prediction made before the run, whatever is chosen later.
    const asked = prediction;
    const runs: SumOutcome[] = [];
    for (const [i, planned] of plan.entries()) {
      setStep({ kind: 'running', n: i + 1, total: plan.length });
      const outcome = await run(planned);
      if (!outcome) {
        setStep({ kind: 'stopped' });
        return;
      }
      runs.push(outcome);
    }
    setStep({ kind: 'done', runs, prediction: asked });
  };

  const explanation =
    step.kind === 'done'
      ? lesson.explain(
          step.runs,
          step.prediction.kind === 'chose' ? step.prediction.id : undefined,
          cores,
          lang,
        )
      : undefined;
  const blocked =
    lesson.needsSharedMemory && !isolation.sharedMemory
      ? leadThenReason(iso, m.gil.needsShared, isolation.reason)
      : undefined;
  const progress =
    step.kind === 'running'
      ? t.panel.runProgress(step.n, step.total)
      : step.kind === 'stopped'
        ? t.panel.stopped
        : step.kind === 'done'
          ? t.panel.done
          : undefined;

  return (
    <LessonPanel
      id={id}
      question={lesson.question(cores, lang)}
      prediction={prediction}
      onPredict={setPrediction}
      runs={lesson.describeRuns(cores, lang)}
      runLabel={m.runStep}
      onRun={() => void runStep()}
      busy={busy}
      progress={progress}
      blockedReason={blocked}
      explanation={explanation}
    />
  );
}
