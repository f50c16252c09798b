// The deadlock lesson step on the locks lab (`?lesson=deadlock`): the panel, one run of the lab's own
// deadlock demo with the demo's inputs, and the explanation from what it measured. Loaded only on the
// lesson's link.
import { useNoSharedMemory } from '../../ui/lessons/use-no-shared-memory.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LessonPanel } from '../../ui/lessons/lesson-panel.tsx';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { useLessonStep } from '../../ui/lessons/use-lesson-step.ts';
import { deadlockLessonMessages } from './deadlock-lesson-messages.ts';
import { DEADLOCK_LESSONS, type DeadlockLesson, type DeadlockRun } from './deadlock-lessons.ts';
import type { DeadlockSettings } from './deadlock-settings.ts';
import type { Deadlock } from './use-deadlock.ts';

interface StepsProps {
  id: LessonId;
  lesson: DeadlockLesson;
  /** The deadlock demo's inputs as settings, or undefined while a field is invalid. */
  settings: DeadlockSettings | undefined;
  deadlock: Deadlock;
}

function Steps({ id, lesson, settings, deadlock }: StepsProps) {
  const lang = useLang();
  const m = useMessages(deadlockLessonMessages);
  const step = useLessonStep<DeadlockRun>();
  const noSharedMemory = useNoSharedMemory(m.needsShared);

  const runStep = () => {
    if (!settings) return;
    void step.run(1, async () => {
      const result = await deadlock.run(settings);
      return result && { result, settings };
    });
  };

  // The section below shares the runs: once it has run again from its own Run button (or is running), the
  // step's run is no longer the one it shows, and explaining it under the section would quote another run.
  const stepRun = step.state.kind === 'done' ? step.state.result : undefined;
  const shownBelow = stepRun !== undefined && !deadlock.task.running && deadlock.result === stepRun.result;
  const explanation =
    stepRun === undefined
      ? undefined
      : shownBelow
        ? lesson.explain(stepRun, step.answer, lang)
        : [m.earlierRun];
  return (
    <LessonPanel
      id={id}
      question={lesson.question(settings, lang)}
      runs={lesson.describeRuns(settings, lang)}
      onRun={runStep}
      busy={deadlock.task.running}
      step={step}
      blockedReason={noSharedMemory ?? (settings ? undefined : m.fixInputs)}
      explanation={explanation}
    />
  );
}

/** The step's panel, when `id` is one of this lab's deadlock steps. */
export default function DeadlockLessonPanel(props: Omit<StepsProps, 'lesson'>) {
  const lesson = DEADLOCK_LESSONS[props.id];
  return lesson ? <Steps {...props} lesson={lesson} /> : null;
}
