// The summation lab's lesson steps: the question asked before the run, the runs the step compares, and the
// explanation computed from those runs, set against the prediction. Pure: no React, no workers.
import { joinSentences, type Lang } from '../../ui/lang.ts';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { choicesOf, verdict as verdictOf, type LessonQuestion } from '../../ui/lessons/lesson-verdict.ts';
import { sumLessonMessages } from './sum-lesson-messages.ts';
import { MAX_WORKERS } from './sum-params.ts';
import type { SumOutcome, SumRequest } from './sum-run-types.ts';

export interface SumLesson {
  question(cores: number, lang: Lang): LessonQuestion;
  /** What the step runs, in words. */
  describeRuns(cores: number, lang: Lang): string;
  /** The runs the step compares, in order, from the lab's current inputs. */
  plan(base: SumRequest, cores: number): SumRequest[];
  /** Whether the step needs shared memory (the simulated GIL does). */
  readonly needsSharedMemory: boolean;
  /** Sentences from the runs `plan` asked for (same order), set against the chosen answer, if any. */
  explain(runs: readonly SumOutcome[], prediction: string | undefined, cores: number, lang: Lang): string[];
}

/** Chunks per worker in the time-slicing step's queue run. */
export const QUEUE_CHUNKS = 16;

/** What a measured ratio of times (new / old) looks like, in the answer words of the questions. */
export type Happened = 'half' | 'partly' | 'faster' | 'same' | 'slower';

/** The 2-worker step: speedup `s` = t(1) / t(2). At least 1.6 counts as halving. */
export function speedupKind(s: number): Happened {
  if (s >= 1.6) return 'half';
  if (s >= 1.25) return 'partly';
  if (s >= 0.8) return 'same';
  return 'slower';
}

/** A time against a baseline, `ratio` = t / t(baseline), `tolerance` either way counting as the same. */
export function ratioKind(ratio: number, tolerance: number): Happened {
  if (ratio < 1 - tolerance) return 'faster';
  if (ratio > 1 + tolerance) return 'slower';
  return 'same';
}

/** The prediction, and whether what happened is what it said. */
function verdict(lang: Lang, prediction: string | undefined, happened: Happened): [string, string] {
  const m = sumLessonMessages[lang];
  return verdictOf(lang, prediction, m.expected, happened, m.happened[happened]);
}

function locale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-US';
}

/** A time as the lab's result card and history table show it (ms, one decimal), so the sentences quote them. */
const ms = (value: number) => value.toFixed(1);
const fixed = (value: number, lang: Lang) =>
  value.toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Workers on the time-slicing step: one per core, and twice that, within the lab's limit. */
export function oversubscribedWorkers(cores: number): { small: number; big: number } {
  const small = Math.max(1, Math.min(Math.floor(MAX_WORKERS / 2), cores));
  return { small, big: 2 * small };
}

/** The request of a plain run on workers: no GIL unless asked. */
function onWorkers(base: SumRequest, over: Partial<SumRequest>): SumRequest {
  return { ...base, where: 'workers', gilMs: undefined, ...over };
}

const summingThread: SumLesson = {
  needsSharedMemory: false,
  question: (cores, lang) => {
    const m = sumLessonMessages[lang].summingThread;
    return { prompt: m.prompt(cores), choices: choicesOf(m.choices) };
  },
  describeRuns: (_cores, lang) => sumLessonMessages[lang].summingThread.runs,
  plan: (base) => [
    onWorkers(base, { workers: 1, chunksPerWorker: 1 }),
    onWorkers(base, { workers: 2, chunksPerWorker: 1 }),
  ],
  explain: ([one, two], prediction, cores, lang) => {
    const m = sumLessonMessages[lang];
    const s = one!.ms / two!.ms;
    const happened = speedupKind(s);
    const [expected, said] = verdict(lang, prediction, happened);
    const measured = m.summingThread.measured(
      fixed(two!.ms / one!.ms, lang),
      ms(two!.ms),
      ms(one!.ms),
      fixed(s, lang),
      fixed(s / 2, lang),
      m.cores(cores),
    );
    const why =
      cores < 2
        ? m.summingThread.whyOneCore
        : happened === 'half'
          ? m.summingThread.whyParallel
          : s < 1
            ? m.summingThread.whySlower(ms(one!.ms))
            : m.summingThread.whyShort(ms(one!.ms));
    return [joinSentences(lang, [expected, measured]), said, why];
  },
};

const gil: SumLesson = {
  needsSharedMemory: true,
  question: (_cores, lang) => {
    const m = sumLessonMessages[lang].gil;
    return { prompt: m.prompt, choices: choicesOf(m.choices) };
  },
  describeRuns: (_cores, lang) => sumLessonMessages[lang].gil.runs,
  plan: (base) => [
    onWorkers(base, { workers: 1 }),
    onWorkers(base, { workers: 2 }),
    onWorkers(base, { workers: 2, gilMs: base.gilMs ?? 5 }),
  ],
  explain: ([one, two, withGil], prediction, _cores, lang) => {
    const m = sumLessonMessages[lang];
    const ratio = withGil!.ms / one!.ms;
    const happened = ratioKind(ratio, 0.2);
    const [expected, said] = verdict(lang, prediction, happened);
    const measured = m.gil.measured(
      ms(withGil!.ms),
      fixed(ratio, lang),
      ms(one!.ms),
      ms(two!.ms),
      fixed(one!.ms / two!.ms, lang),
    );
    const handoffs = (withGil!.handoffs ?? 0).toLocaleString(locale(lang));
    const interval = String(withGil!.request.gilMs ?? 5);
    return [
      joinSentences(lang, [expected, measured]),
      said,
      happened === 'faster'
        ? m.gil.whyFaster(handoffs, interval, ms(one!.ms))
        : m.gil.why(handoffs, interval),
      m.gil.dated,
    ];
  },
};

const timeSlicing: SumLesson = {
  needsSharedMemory: false,
  question: (cores, lang) => {
    const m = sumLessonMessages[lang].timeSlicing;
    const { small, big } = oversubscribedWorkers(cores);
    return { prompt: m.prompt(big, cores, small), choices: choicesOf(m.choices) };
  },
  describeRuns: (cores, lang) => {
    const { small, big } = oversubscribedWorkers(cores);
    return sumLessonMessages[lang].timeSlicing.runs(small, big, QUEUE_CHUNKS);
  },
  plan: (base, cores) => {
    const { small, big } = oversubscribedWorkers(cores);
    return [
      onWorkers(base, { workers: small, chunksPerWorker: 1 }),
      onWorkers(base, { workers: big, chunksPerWorker: 1 }),
      onWorkers(base, { workers: big, chunksPerWorker: QUEUE_CHUNKS }),
    ];
  },
  explain: ([small, oneChunk, queued], prediction, cores, lang) => {
    const m = sumLessonMessages[lang].timeSlicing;
    const oneRatio = oneChunk!.ms / small!.ms;
    const manyRatio = queued!.ms / small!.ms;
    const [expected, said] = verdict(lang, prediction, ratioKind(oneRatio, 0.1));
    const big = oneChunk!.request.workers;
    const measured = m.measured(
      big,
      fixed(oneRatio, lang),
      ms(oneChunk!.ms),
      small!.request.workers,
      ms(small!.ms),
      QUEUE_CHUNKS,
      fixed(manyRatio, lang),
      ms(queued!.ms),
    );
    const here =
      oneRatio > 1.1
        ? m.costly(((oneRatio - 1) * 100).toFixed(0), fixed(manyRatio, lang), manyRatio <= oneRatio - 0.05)
        : m.fair;
    return [joinSentences(lang, [expected, measured]), said, m.why(big, cores), here];
  },
};

export const SUM_LESSONS: Partial<Record<LessonId, SumLesson>> = {
  'summing-thread': summingThread,
  gil,
  'time-slicing': timeSlicing,
};
