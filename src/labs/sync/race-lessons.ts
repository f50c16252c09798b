// The locks lab's races lesson step: the question, and the explanation computed from the three races it
// runs (plain, Atomics.add, mutex), quoting the numbers the race table shows. Pure.
import { joinSentences, type Lang } from '../../ui/lang.ts';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { choicesOf, verdict, type LessonQuestion } from '../../ui/lessons/lesson-verdict.ts';
import type { RaceResult } from './engine/race/run-race.ts';
import { raceLessonMessages } from './race-lesson-messages.ts';

export interface RaceLesson {
  question(workers: number, iterations: number, lang: Lang): LessonQuestion;
  describeRuns(lang: Lang): string;
  /** Sentences from the three races, or undefined when one of them is missing. */
  explain(results: readonly RaceResult[], prediction: string | undefined, lang: Lang): string[] | undefined;
}

/** Lost updates in the words of the question: none, under 1%, or 1% or more of the increments. */
export function lostKind(lost: number, expected: number): 'none' | 'few' | 'many' {
  if (lost === 0) return 'none';
  return lost / expected < 0.01 ? 'few' : 'many';
}

/** As the race table shows them: counts in the browser's format, ns per increment with one decimal. */
const count = (n: number) => n.toLocaleString();
const ns = (n: number) => n.toFixed(1);

const races: RaceLesson = {
  question: (workers, iterations, lang) => {
    const m = raceLessonMessages[lang];
    return {
      prompt: m.prompt(workers, count(iterations), count(workers * iterations)),
      choices: choicesOf(m.choices),
    };
  },
  describeRuns: (lang) => raceLessonMessages[lang].runs,
  explain: (results, prediction, lang) => {
    const m = raceLessonMessages[lang];
    const plain = results.find((r) => r.mode === 'plain');
    const atomic = results.find((r) => r.mode === 'atomic');
    const mutex = results.find((r) => r.mode === 'mutex');
    if (!plain || !atomic || !mutex) return undefined;
    const happened = lostKind(plain.lost, plain.expected);
    const [expected, said] = verdict(lang, prediction, m.expected, happened, m.happened[happened]);
    const percent = ((plain.lost / plain.expected) * 100).toFixed(plain.lost === 0 ? 0 : 2);
    return [
      joinSentences(lang, [
        expected,
        m.measured(plain.workers, count(plain.lost), count(plain.expected), percent, count(plain.actual)),
      ]),
      said,
      m.why,
      m.fixes(
        count(atomic.lost),
        ns(atomic.nsPerOp),
        ns(plain.nsPerOp),
        count(mutex.lost),
        ns(mutex.nsPerOp),
        (mutex.nsPerOp / Math.max(atomic.nsPerOp, 1e-9)).toFixed(1),
      ),
    ];
  },
};

export const RACE_LESSONS: Partial<Record<LessonId, RaceLesson>> = { races };
