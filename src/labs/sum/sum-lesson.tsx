// The lesson step shown on the summation lab (`?lesson=`): the panel, the step's runs one after another
// through the lab's own run, and the explanation computed from them. A run the learner starts or cancels
// meanwhile ends the step's runs (the lab runs one thing at a time); the step can be run again.
import { useNoSharedMemory } from '../../ui/lessons/use-no-shared-memory.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LessonPanel } from '../../ui/lessons/lesson-panel.tsx';
import { runInTurn, useLessonStep } from '../../ui/lessons/use-lesson-step.ts';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { sumLessonMessages } from './sum-lesson-messages.ts';
import { SUM_LESSONS, type SumLesson } from './sum-lessons.ts';
import type { SumOutcome, SumRequest } from './sum-run-types.ts';

interface StepsProps {
  id: LessonId;
  lesson: SumLesson;
  /** The lab's inputs as a request, or undefined while a field is invalid. */
  request: SumRequest | undefined;
  busy: boolean;
  run: (request: SumRequest) => Promise<SumOutcome | undefined>;
  /** The inputs must be fixed before the step can run. */
  onInvalid: () => void;
}

function Steps({ id, lesson, request, busy, run, onInvalid }: StepsProps) {
  const lang = useLang();
  const m = useMessages(sumLessonMessages);
  const cores = navigator.hardwareConcurrency || 1;
  const step = useLessonStep<readonly SumOutcome[]>();
  const noSharedMemory = useNoSharedMemory(m.gil.needsShared);

  const runStep = () => {
    if (!request) {
      onInvalid();
      return;
    }
    const plan = lesson.plan(request, cores);
    void step.run(plan.length, (progress) => runInTurn(plan, run, progress));
  };

  const explanation =
    step.state.kind === 'done' ? lesson.explain(step.state.result, step.answer, cores, lang) : undefined;
  const blocked = lesson.needsSharedMemory ? noSharedMemory : undefined;
  return (
    <LessonPanel
      id={id}
      question={lesson.question(cores, lang)}
      runs={lesson.describeRuns(cores, lang)}
      onRun={runStep}
      busy={busy}
      step={step}
      blockedReason={blocked}
      explanation={explanation}
    />
  );
}

/** The step's panel, when `id` is one of this lab's steps (the shell lets through only this lab's). */
export default function SumLessonPanel(props: Omit<StepsProps, 'lesson'>) {
  const lesson = SUM_LESSONS[props.id];
  return lesson ? <Steps {...props} lesson={lesson} /> : null;
}
