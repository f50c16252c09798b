// The code lab's lesson step: a race in code the learner can read and change. What a run of the racy
// counter says, computed from the run: the increments work reported, shared[0] at the end, the updates lost.
// Pure: no React.
import type { Lang } from '../../ui/lang.ts';
import { joinSentences } from '../../ui/lang.ts';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { choicesOf, verdict, type LessonQuestion } from '../../ui/lessons/lesson-verdict.ts';
import { codeLessonMessages } from './code-lesson-messages.ts';
import { PRESETS, type CodeLanguage } from './code-presets.ts';

/** What a run of the step measured. */
export interface RaceRun {
  readonly items: number;
  readonly workers: number;
  /** The sum of the numbers work returned (the increments the items made). */
  readonly increments: number;
  /** shared[0] after the run, or undefined when the run had no shared memory. */
  readonly final: number | undefined;
  /** Items that did not end with a value. */
  readonly failed: number;
  /** The code adds with Atomics.add. */
  readonly atomic: boolean;
}

export type RaceOutcome = 'exact' | 'fewer' | 'more';

export function raceOutcome(run: RaceRun): RaceOutcome | undefined {
  if (run.final === undefined) return undefined;
  return run.final === run.increments ? 'exact' : run.final < run.increments ? 'fewer' : 'more';
}

export interface CodeLesson {
  question(items: number, workers: number, lang: Lang): LessonQuestion;
  /** What the step's run does, with the racy counter preset in `language`. */
  describeRuns(lang: Lang, language: CodeLanguage): string;
  explain(run: RaceRun, prediction: string | undefined, lang: Lang): string[];
}

const yourRace: CodeLesson = {
  question: (items, workers, lang) => {
    const m = codeLessonMessages[lang];
    return { prompt: m.prompt(items, workers), choices: choicesOf(m.choices) };
  },
  describeRuns: (lang, language) => {
    const race = PRESETS.race;
    const high = language === 'python' ? (race.python.high ?? race.high) : race.high;
    return codeLessonMessages[lang].runs(high - race.low);
  },
  explain: (run, prediction, lang) => {
    const m = codeLessonMessages[lang];
    const outcome = raceOutcome(run);
    if (run.final === undefined || outcome === undefined) return [m.noShared];
    const [expected, said] = verdict(lang, prediction, m.expected, outcome, m.happened[outcome]);
    const why =
      outcome === 'fewer'
        ? m.lost(
            run.increments - run.final,
            ((100 * (run.increments - run.final)) / run.increments).toFixed(1),
          )
        : outcome === 'more'
          ? m.above
          : run.atomic
            ? m.atomic
            : m.none;
    const counted = joinSentences(lang, [
      m.counted(run.items, run.increments, run.final),
      ...(run.failed > 0 ? [m.failedItems(run.failed)] : []),
    ]);
    return [expected, said, counted, why];
  },
};

/**
 * Whether the code calls Atomics.add, outside its comments (the racy preset names its fix in one; roughly:
 * a comment sign inside a string counts too).
 */
export function addsAtomically(code: string, language: CodeLanguage): boolean {
  const uncommented =
    language === 'python'
      ? code.replace(/#.*$/gm, '')
      : code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return /\bAtomics\s*\.\s*add\b/.test(uncommented);
}

export const CODE_LESSONS: Partial<Record<LessonId, CodeLesson>> = { 'your-race': yourRace };
