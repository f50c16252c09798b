// The task pool lab's lesson steps: the question asked before the run, the runs the step makes, and the
// explanation computed from them, set against the prediction. Pure: no React, no workers.
import { formatInteger } from '../../ui/format-integer.ts';
import { joinSentences, type Lang } from '../../ui/lang.ts';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { choicesOf, verdict, type LessonQuestion } from '../../ui/lessons/lesson-verdict.ts';
import { GIL_SWITCH_MS } from './engine/pool-gil.ts';
import { formatRunTime } from './format-run-time.ts';
import { replaySeed, type SeedReplay } from './engine/seed-replay.ts';
import { poolLessonMessages } from './pool-lesson-messages.ts';
import type { PoolRun, RunSettings } from './use-pool-run.ts';

/** What an explanation needs of one finished run. */
export interface LessonRun {
  readonly settings: RunSettings;
  /** ms, start to last outcome, as the runs table shows it. */
  readonly ms: number;
  /** Items in the run, items the pool was handed and outcomes it returned. */
  readonly items: number;
  readonly handed: number;
  readonly returned: number;
  /** The most workers alive at once. */
  readonly workers: number;
  readonly errors: number;
  /** The first error in the order outcomes arrived, as the results table shows it. */
  readonly firstError: { readonly index: number; readonly message: string } | undefined;
  /** The article's library replayed as the run was asked (its ordering), and what ordering off returns. */
  readonly replay: SeedReplay;
  readonly unorderedReturned: number;
  /** Times the simulated GIL was taken; 0 without it. */
  readonly gilTurns: number;
}

export function lessonRunOf(run: PoolRun): LessonRun {
  const { store } = run;
  const errors = store.counts.error;
  const index = errors > 0 ? store.itemWithStatus('error', 0) : undefined;
  return {
    settings: run.settings,
    ms: run.endMs ?? Number.NaN,
    items: store.size,
    handed: run.handed,
    returned: run.returned,
    workers: run.events.maxLiveWorkers,
    errors,
    firstError: index === undefined ? undefined : { index, message: store.get(index).error ?? '' },
    replay: run.replay.snapshot(),
    unorderedReturned: replaySeed(store, false).returned,
    gilTurns: run.gilTurns,
  };
}

export interface PoolLesson {
  question(settings: RunSettings | undefined, lang: Lang): LessonQuestion;
  /** What the step runs, in words. */
  describeRuns(settings: RunSettings | undefined, lang: Lang): string;
  /** The runs the step makes, in order, from the lab's current inputs. */
  plan(base: RunSettings): RunSettings[];
  /** Whether the step needs shared memory (the simulated GIL does). */
  readonly needsSharedMemory: boolean;
  /** Sentences from the runs `plan` asked for (same order), set against the chosen answer, if any. */
  explain(runs: readonly LessonRun[], prediction: string | undefined, lang: Lang): string[];
}

/** How many results the article's library would return against the items: the threaded-work answers. */
export type ReturnedKind = 'all' | 'fewer' | 'more' | 'hangs';

export function returnedKind(replay: SeedReplay, items: number): ReturnedKind {
  if (replay.hung > 0) return 'hangs';
  if (replay.returned < items) return 'fewer';
  return replay.returned > items ? 'more' : 'all';
}

const threadedWork: PoolLesson = {
  needsSharedMemory: false,
  question: (settings, lang) => {
    const m = poolLessonMessages[lang].threadedWork;
    const n = formatInteger(settings?.items.n ?? 200);
    return { prompt: m.prompt(n), choices: choicesOf(m.choices) };
  },
  describeRuns: (_settings, lang) => poolLessonMessages[lang].threadedWork.runs,
  plan: (base) => [base],
  explain: ([run], prediction, lang) => {
    const m = poolLessonMessages[lang].threadedWork;
    const r = run!;
    const { replay } = r;
    const happened = returnedKind(replay, r.items);
    const [expected, said] = verdict(lang, prediction, m.expected, happened, m.happened[happened]);
    const n = formatInteger;
    const onePerItem = r.returned === r.handed;
    const measured =
      replay.hung > 0
        ? m.measuredHung(n(replay.returned), n(replay.hung), n(r.returned), n(r.handed), onePerItem)
        : m.measured(n(replay.returned), n(r.items), n(r.returned), n(r.handed), onePerItem);
    const sentences = [
      joinSentences(lang, [expected, measured]),
      said,
      r.firstError ? m.errors(n(r.errors), String(r.firstError.index), r.firstError.message) : m.noErrors,
      replay.falsy === 0
        ? m.noFalsy
        : replay.preserveOrdering
          ? m.falsyKept(n(replay.falsy), n(r.unorderedReturned))
          : m.falsyDropped(n(replay.falsy)),
      !replay.preserveOrdering
        ? m.unordered
        : replay.outOfOrder > 0
          ? m.outOfOrder(n(replay.outOfOrder), replay.firstIndices.slice(0, 6).join(', '))
          : m.inOrder,
      m.threads(n(replay.defaultThreads), n(r.workers)),
    ];
    return sentences;
  },
};

/** Workers of the GIL step's second run of each kind. */
export const GIL_STEP_WORKERS = 4;

/**
 * A speedup of at least this counts as finishing sooner; from SAME_ABOVE to it, as somewhat sooner (likely
 * noise); from SAME_BELOW to SAME_ABOVE, as about the same time; below SAME_BELOW, as taking longer.
 */
const SPED_UP = 1.5;
const SAME_ABOVE = 1.1;
const SAME_BELOW = 0.9;

/** How the CPU-bound items' speedup reads: the band the GIL step's CPU sentence picks. */
export type SpeedupBand = 'faster' | 'somewhat' | 'same' | 'slower';

export function speedupBand(speedup: number): SpeedupBand {
  if (speedup >= SPED_UP) return 'faster';
  if (speedup > SAME_ABOVE) return 'somewhat';
  return speedup >= SAME_BELOW ? 'same' : 'slower';
}

export type GilHappened = 'ioOnly' | 'both' | 'neither' | 'cpuOnly';

export function gilHappened(ioSpeedup: number, cpuSpeedup: number): GilHappened {
  const io = ioSpeedup >= SPED_UP;
  const cpu = cpuSpeedup >= SPED_UP;
  if (io && cpu) return 'both';
  if (io) return 'ioOnly';
  return cpu ? 'cpuOnly' : 'neither';
}

/** The base run as `kind` items on `workers`, under the GIL. */
function gilRun(base: RunSettings, kind: 'io' | 'cpu', workers: number): RunSettings {
  // No failures: the step's link sets no timeout, so a hanging item would never end, and the step compares
  // times, which thrown and falsy items only blur.
  const items = { ...base.items, kind, preset: 'custom', throwPct: 0, hangPct: 0, falsyPct: 0 } as const;
  return { ...base, gil: true, workers, items };
}

const ioUnderGil: PoolLesson = {
  needsSharedMemory: true,
  question: (_settings, lang) => {
    const m = poolLessonMessages[lang].ioUnderGil;
    return { prompt: m.prompt(GIL_STEP_WORKERS), choices: choicesOf(m.choices) };
  },
  describeRuns: (settings, lang) =>
    poolLessonMessages[lang].ioUnderGil.runs(formatInteger(settings?.items.n ?? 40), GIL_STEP_WORKERS),
  plan: (base) => [
    gilRun(base, 'io', 1),
    gilRun(base, 'io', GIL_STEP_WORKERS),
    gilRun(base, 'cpu', 1),
    gilRun(base, 'cpu', GIL_STEP_WORKERS),
  ],
  explain: ([io1, io4, cpu1, cpu4], prediction, lang) => {
    const m = poolLessonMessages[lang].ioUnderGil;
    const ioSpeedup = io1!.ms / io4!.ms;
    const cpuSpeedup = cpu1!.ms / cpu4!.ms;
    const happened = gilHappened(ioSpeedup, cpuSpeedup);
    const [expected, said] = verdict(lang, prediction, m.expected, happened, m.happened[happened]);
    const measured = m.measured(
      GIL_STEP_WORKERS,
      formatRunTime(io1!.ms),
      formatRunTime(io4!.ms),
      ioSpeedup.toFixed(2),
      formatRunTime(cpu1!.ms),
      formatRunTime(cpu4!.ms),
      cpuSpeedup.toFixed(2),
    );
    const turns = formatInteger(cpu4!.gilTurns);
    const band = speedupBand(cpuSpeedup);
    const cpu =
      band === 'faster'
        ? m.cpuSurprise(turns)
        : joinSentences(lang, [
            m.whyCpu(GIL_STEP_WORKERS, GIL_SWITCH_MS, turns),
            band === 'slower'
              ? m.cpuSlower(GIL_STEP_WORKERS, (cpu4!.ms / cpu1!.ms).toFixed(2))
              : band === 'somewhat'
                ? m.cpuSomewhat(cpuSpeedup.toFixed(2))
                : m.cpuSame,
          ]);
    const io =
      ioSpeedup >= SPED_UP ? m.whyIo(GIL_STEP_WORKERS) : m.whyIoSlow(GIL_STEP_WORKERS, ioSpeedup.toFixed(2));
    return [joinSentences(lang, [expected, measured]), said, io, cpu, m.article];
  },
};

export const POOL_LESSONS: Partial<Record<LessonId, PoolLesson>> = {
  'threaded-work': threadedWork,
  'io-under-gil': ioUnderGil,
};
