// The lesson step shown on the speedup lab (`?lesson=`): the panel, one sweep with the lab's settings, and
// the explanation: the chart's reading of that sweep, set against the prediction.
import type { Sweep } from '../../lib/math/sweep.ts';
import { useLang } from '../../ui/i18n-context.tsx';
import { LessonPanel } from '../../ui/lessons/lesson-panel.tsx';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { useLessonStep } from '../../ui/lessons/use-lesson-step.ts';
import { SPEEDUP_LESSONS, type SpeedupLesson } from './speedup-lessons.ts';

interface StepsProps {
  id: LessonId;
  lesson: SpeedupLesson;
  /** The sweep's largest worker count, or undefined while the inputs are invalid. */
  maxWorkers: number | undefined;
  busy: boolean;
  /** Runs the sweep the lab's inputs describe; resolves with it, or undefined if it did not finish. */
  run: () => Promise<Sweep | undefined> | undefined;
  /** Sweeps the lab has started, this step's included. */
  labRuns: number;
  onInvalid: () => void;
}

function Steps({ id, lesson, maxWorkers, busy, run, labRuns, onInvalid }: StepsProps) {
  const lang = useLang();
  const cores = navigator.hardwareConcurrency || 1;
  const step = useLessonStep<Sweep>();
  const shownMax = maxWorkers ?? 2 * cores;

  const runStep = () => {
    const sweep = run();
    if (!sweep) {
      onInvalid();
      return;
    }
    void step.run(1, () => sweep);
  };

  const explanation =
    step.state.kind === 'done' ? lesson.explain(step.state.result, step.answer, cores, lang) : undefined;
  return (
    <LessonPanel
      id={id}
      question={lesson.question(shownMax, cores, lang)}
      runs={lesson.describeRuns(shownMax, lang)}
      onRun={runStep}
      busy={busy}
      step={step}
      blockedReason={undefined}
      explanation={explanation}
      labRuns={labRuns}
    />
  );
}

/** The step's panel, when `id` is one of this lab's steps (the shell lets through only this lab's). */
export default function SpeedupLessonPanel(props: Omit<StepsProps, 'lesson'>) {
  const lesson = SPEEDUP_LESSONS[props.id];
  return lesson ? <Steps {...props} lesson={lesson} /> : null;
}
