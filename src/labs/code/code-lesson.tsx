// The lesson step shown on the code lab (`?lesson=`): the panel, one run of the code in the editor with
// the lab's inputs, and the explanation computed from that run (what work returned, shared[0] at the end).
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { useNoSharedMemory } from '../../ui/lessons/use-no-shared-memory.ts';
import { LessonPanel } from '../../ui/lessons/lesson-panel.tsx';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { useLessonStep } from '../../ui/lessons/use-lesson-step.ts';
import { codeLessonMessages } from './code-lesson-messages.ts';
import { addsAtomically, CODE_LESSONS, type CodeLesson, type RaceRun } from './code-lessons.ts';
import type { CodeLanguage } from './code-presets.ts';
import type { CodeRun } from './use-code-run.ts';

/** What the step reads from a finished run. */
export function raceRunOf(run: CodeRun): RaceRun {
  let increments = 0;
  for (let i = 0; i < run.store.size; i++) {
    const outcome = run.store.get(i);
    if (outcome.status === 'ok' && typeof outcome.value === 'number') increments += outcome.value;
  }
  const { counts } = run.store;
  return {
    items: run.store.size,
    workers: run.settings.workers,
    increments,
    final: run.sharedAfter?.[0],
    failed: counts.error + counts.timeout + counts.cancelled,
    atomic: addsAtomically(run.settings.inputs.fn, run.settings.inputs.language),
  };
}

interface StepsProps {
  id: LessonId;
  lesson: CodeLesson;
  /** The run's items and workers as the form has them now (for the question), or undefined while invalid. */
  shape: { readonly items: number; readonly workers: number } | undefined;
  busy: boolean;
  /** Runs the code with the lab's inputs; resolves with the run, or undefined if it did not finish. */
  run: () => Promise<CodeRun | undefined> | undefined;
  /** Runs the lab has started, this step's included. */
  labRuns: number;
  /** The language of the lab's code now. */
  language: CodeLanguage;
  onInvalid: () => void;
}

function Steps({ id, lesson, shape, busy, run, labRuns, onInvalid, language }: StepsProps) {
  const lang = useLang();
  const m = useMessages(codeLessonMessages);
  const step = useLessonStep<RaceRun>();
  const noSharedMemory = useNoSharedMemory(m.needsShared);

  const runStep = () => {
    const started = run();
    if (!started) {
      onInvalid();
      return;
    }
    void step.run(1, async () => {
      const finished = await started;
      return finished ? raceRunOf(finished) : undefined;
    });
  };

  const explanation =
    step.state.kind === 'done' ? lesson.explain(step.state.result, step.answer, lang) : undefined;
  return (
    <LessonPanel
      id={id}
      question={lesson.question(shape?.items ?? 4, shape?.workers ?? 2, lang)}
      runs={lesson.describeRuns(lang, language)}
      onRun={runStep}
      busy={busy}
      step={step}
      blockedReason={noSharedMemory}
      explanation={explanation}
      labRuns={labRuns}
    />
  );
}

/** The step's panel, when `id` is one of this lab's steps (the shell lets through only this lab's). */
export default function CodeLessonPanel(props: Omit<StepsProps, 'lesson'>) {
  const lesson = CODE_LESSONS[props.id];
  return lesson ? <Steps {...props} lesson={lesson} /> : null;
}
