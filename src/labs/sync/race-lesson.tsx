// The races lesson step on the locks lab (`?lesson=races`): the panel, the three races through the lab's
// own race runner, and the explanation from their results. Loaded only on the lesson's link.
import { RACE_MODES } from './engine/race/race-protocol.ts';
import type { RaceResult } from './engine/race/run-race.ts';
import { useNoSharedMemory } from '../../ui/lessons/use-no-shared-memory.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LessonPanel } from '../../ui/lessons/lesson-panel.tsx';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { useLessonStep } from '../../ui/lessons/use-lesson-step.ts';
import { raceLessonMessages } from './race-lesson-messages.ts';
import { RACE_LESSONS, type RaceLesson } from './race-lessons.ts';
import type { raceSettings } from './race-settings.ts';
import type { Races } from './use-races.ts';

interface StepsProps {
  id: LessonId;
  lesson: RaceLesson;
  /** The race inputs as settings, or undefined while a field is invalid. */
  settings: ReturnType<typeof raceSettings>;
  races: Races;
}

function Steps({ id, lesson, settings, races }: StepsProps) {
  const lang = useLang();
  const m = useMessages(raceLessonMessages);
  const step = useLessonStep<readonly RaceResult[]>();
  const noSharedMemory = useNoSharedMemory(m.needsShared);
  const busy = races.phase.kind === 'running';

  const runStep = () => {
    if (!settings) return;
    void step.run(RACE_MODES.length, () => races.runMany(RACE_MODES, settings, false));
  };

  const explanation =
    step.state.kind === 'done' ? lesson.explain(step.state.result, step.answer, lang) : undefined;
  return (
    <LessonPanel
      id={id}
      question={lesson.question(settings?.workers ?? 2, settings?.iterations ?? 100_000, lang)}
      runs={lesson.describeRuns(lang)}
      onRun={runStep}
      busy={busy}
      step={step}
      blockedReason={noSharedMemory}
      explanation={explanation}
    />
  );
}

/** The step's panel, when `id` is one of this lab's steps. */
export default function RaceLessonPanel(props: Omit<StepsProps, 'lesson'>) {
  const lesson = RACE_LESSONS[props.id];
  return lesson ? <Steps {...props} lesson={lesson} /> : null;
}
