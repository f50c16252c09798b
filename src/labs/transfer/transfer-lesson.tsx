// The lesson step shown on the message-passing lab (`?lesson=`): the panel, the lab's own sweep over the
// step's sizes, and the explanation computed from the medians it measured.
import { useLang } from '../../ui/i18n-context.tsx';
import { LessonPanel } from '../../ui/lessons/lesson-panel.tsx';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { useLessonStep } from '../../ui/lessons/use-lesson-step.ts';
import type { TransferPoint } from './engine/measure-transfers.ts';
import { TRANSFER_LESSONS, type SweepRange, type TransferLesson } from './transfer-lessons.ts';

interface StepsProps {
  id: LessonId;
  lesson: TransferLesson;
  /** The lab's sizes, or undefined while a field is invalid. */
  range: SweepRange | undefined;
  repeats: number | undefined;
  busy: boolean;
  run: (from: number, to: number, repeats: number) => Promise<readonly TransferPoint[] | undefined>;
  /** Sweeps the lab has started, this step's included. */
  labRuns: number;
  onInvalid: () => void;
}

function Steps({ id, lesson, range, repeats, busy, run, labRuns, onInvalid }: StepsProps) {
  const lang = useLang();
  const step = useLessonStep<readonly TransferPoint[]>();
  const shown = range ?? { from: 1024, to: 1024 };

  const runStep = () => {
    if (!range || repeats === undefined) {
      onInvalid();
      return;
    }
    void step.run(1, () => run(range.from, range.to, repeats));
  };

  const explanation =
    step.state.kind === 'done' ? lesson.explain(step.state.result, step.answer, lang) : undefined;
  return (
    <LessonPanel
      id={id}
      question={lesson.question(shown, lang)}
      runs={lesson.describeRuns(shown, lang)}
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
export default function TransferLessonPanel(props: Omit<StepsProps, 'lesson'>) {
  const lesson = TRANSFER_LESSONS[props.id];
  return lesson ? <Steps {...props} lesson={lesson} /> : null;
}
