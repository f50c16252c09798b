// The speedup lab's lesson step: a sweep past the cores, what the curve does there, and what the fitted
// serial fraction stands for. Pure: the explanation is the chart's reading, set against the prediction.
import type { Sweep } from '../../lib/math/sweep.ts';
import type { Lang } from '../../ui/lang.ts';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { choicesOf, verdict, type LessonQuestion } from '../../ui/lessons/lesson-verdict.ts';
import { speedupLessonMessages } from './speedup-lesson-messages.ts';
import { pastCoresShape, pointAtCores, readSweep } from '../../ui/sweep/sweep-reading.ts';

export interface SpeedupLesson {
  question(maxWorkers: number, cores: number, lang: Lang): LessonQuestion;
  describeRuns(maxWorkers: number, lang: Lang): string;
  explain(sweep: Sweep, prediction: string | undefined, cores: number, lang: Lang): string[];
}

const SHAPE_ANSWER = { rises: 'keeps', flattens: 'flat', falls: 'drop' } as const;

const amdahl: SpeedupLesson = {
  question: (maxWorkers, cores, lang) => {
    const m = speedupLessonMessages[lang];
    const c = m.choices;
    return {
      prompt: m.prompt(maxWorkers, cores),
      choices: choicesOf({
        keeps: c.keeps(maxWorkers),
        flat: c.flat(cores),
        drop: c.drop(cores),
        unsure: c.unsure,
      }),
    };
  },
  describeRuns: (maxWorkers, lang) => speedupLessonMessages[lang].runs(maxWorkers),
  explain: (sweep, prediction, cores, lang) => {
    const m = speedupLessonMessages[lang];
    const reading = readSweep(sweep, cores, lang);
    const at = pointAtCores(sweep, cores);
    const last = sweep.points.at(-1);
    if (!at || !last || last.workers <= cores)
      return [m.needsPastCores(cores), ...reading.curve, ...reading.fit];
    const happened = SHAPE_ANSWER[pastCoresShape(at, last)];
    const [expected, said] = verdict(lang, prediction, m.expected, happened, m.happened[happened]);
    return [expected, ...reading.curve, said, ...reading.fit];
  },
};

export const SPEEDUP_LESSONS: Partial<Record<LessonId, SpeedupLesson>> = { amdahl };
