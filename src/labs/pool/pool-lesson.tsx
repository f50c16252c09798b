// The lesson step shown on the task pool lab (`?lesson=`): the panel, the step's runs one after another
// through the lab's own run, and the explanation computed from them. A run the learner starts or cancels
// meanwhile ends the step's runs (the lab runs one thing at a time); the step can be run again.
import { useNoSharedMemory } from '../../ui/lessons/use-no-shared-memory.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LessonPanel } from '../../ui/lessons/lesson-panel.tsx';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { runInTurn, useLessonStep } from '../../ui/lessons/use-lesson-step.ts';
import { poolLessonMessages } from './pool-lesson-messages.ts';
import { lessonRunOf, POOL_LESSONS, type LessonRun, type PoolLesson } from './pool-lessons.ts';
import type { PoolRun, RunSettings } from './use-pool-run.ts';

interface StepsProps {
  id: LessonId;
  lesson: PoolLesson;
  /** The lab's inputs as settings, or undefined while a field is invalid. */
  settings: RunSettings | undefined;
  busy: boolean;
  run: (settings: RunSettings) => Promise<PoolRun | undefined>;
  /** Runs the lab has started, this step's included. */
  labRuns: number;
  /** The inputs must be fixed before the step can run. */
  onInvalid: () => void;
}

function Steps({ id, lesson, settings, busy, run, labRuns, onInvalid }: StepsProps) {
  const lang = useLang();
  const m = useMessages(poolLessonMessages);
  const step = useLessonStep<readonly LessonRun[]>();
  const noSharedMemory = useNoSharedMemory(m.ioUnderGil.needsShared);

  const runStep = () => {
    if (!settings) {
      onInvalid();
      return;
    }
    const plan = lesson.plan(settings);
    void step.run(plan.length, (progress) =>
      runInTurn(
        plan,
        async (planned) => {
          const finished = await run(planned);
          return finished && lessonRunOf(finished);
        },
        progress,
      ),
    );
  };

  const explanation =
    step.state.kind === 'done' ? lesson.explain(step.state.result, step.answer, lang) : undefined;
  const blocked = lesson.needsSharedMemory ? noSharedMemory : undefined;
  return (
    <LessonPanel
      id={id}
      question={lesson.question(settings, lang)}
      runs={lesson.describeRuns(settings, lang)}
      onRun={runStep}
      busy={busy}
      step={step}
      blockedReason={blocked}
      explanation={explanation}
      labRuns={labRuns}
    />
  );
}

/** The step's panel, when `id` is one of this lab's steps (the shell lets through only this lab's). */
export default function PoolLessonPanel(props: Omit<StepsProps, 'lesson'>) {
  const lesson = POOL_LESSONS[props.id];
  return lesson ? <Steps {...props} lesson={lesson} /> : null;
}
