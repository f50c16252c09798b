// The message-passing lab's lesson steps: the question, what the step runs (the lab's own sweep with the
// step's sizes), and the explanation computed from the medians it measured. Pure: no React, no workers.
import { joinSentences, type Lang } from '../../ui/lang.ts';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { choicesOf, verdict, type LessonQuestion } from '../../ui/lessons/lesson-verdict.ts';
import type { TransferPoint } from './engine/measure-transfers.ts';
import { findings } from './findings.ts';
import { formatBytes } from './format-bytes.ts';
import { transferLessonMessages } from './transfer-lesson-messages.ts';

/** The sizes a step's sweep covers, bytes (the lab's from and to). */
export interface SweepRange {
  readonly from: number;
  readonly to: number;
}

export interface TransferLesson {
  question(range: SweepRange, lang: Lang): LessonQuestion;
  describeRuns(range: SweepRange, lang: Lang): string;
  /**
   * Sentences from the sweep's points, set against the chosen answer; undefined when the points lack what
   * the step compares (a sweep that did not reach the step's sizes).
   */
  explain(points: readonly TransferPoint[], prediction: string | undefined, lang: Lang): string[] | undefined;
}

/** A median as the lab's table shows it (ms, three decimals), so the sentences quote the table. */
export function shownMs(ms: number): string {
  return ms.toFixed(3);
}

const times = (x: number) => (x >= 10 ? x.toFixed(0) : x.toFixed(1));

function pointAt(points: readonly TransferPoint[], transport: string, bytes: number) {
  return points.find((p) => p.transport === transport && p.bytes === bytes);
}

/** Copy against transfer at one size: at least 10× counts as far faster, 1.5× as somewhat. */
export function transferGain(cloneOverTransfer: number): 'much' | 'some' | 'same' {
  if (cloneOverTransfer >= 10) return 'much';
  if (cloneOverTransfer >= 1.5) return 'some';
  return 'same';
}

const threads: TransferLesson = {
  question: ({ to }, lang) => {
    const m = transferLessonMessages[lang].threads;
    return { prompt: m.prompt(formatBytes(to)), choices: choicesOf(m.choices) };
  },
  describeRuns: ({ to }, lang) => transferLessonMessages[lang].threads.runs(formatBytes(to)),
  explain: (points, prediction, lang) => {
    const m = transferLessonMessages[lang].threads;
    const bytes = Math.max(...points.filter((p) => p.transport === 'transfer').map((p) => p.bytes));
    const clone = pointAt(points, 'clone', bytes);
    const transfer = pointAt(points, 'transfer', bytes);
    if (!clone || !transfer) return undefined;
    const x = clone.medianMs / Math.max(transfer.medianMs, 1e-6);
    const happened = transferGain(x);
    const [expected, said] = verdict(lang, prediction, m.expected, happened, m.happened[happened](times(x)));
    const size = formatBytes(bytes);
    const shared = pointAt(points, 'shared', bytes);
    return [
      joinSentences(lang, [
        expected,
        m.measured(size, shownMs(clone.medianMs), shownMs(transfer.medianMs), times(x)),
      ]),
      said,
      ...(shared ? [m.shared(shownMs(shared.medianMs))] : []),
      m.why,
    ];
  },
};

const messageCost: TransferLesson = {
  question: ({ from, to }, lang) => {
    const m = transferLessonMessages[lang].messageCost;
    return { prompt: m.prompt(formatBytes(from), formatBytes(to)), choices: choicesOf(m.choices) };
  },
  describeRuns: ({ from, to }, lang) =>
    transferLessonMessages[lang].messageCost.runs(formatBytes(from), formatBytes(to)),
  explain: (points, prediction, lang) => {
    const m = transferLessonMessages[lang].messageCost;
    const sizes = [...new Set(points.filter((p) => p.transport === 'transfer').map((p) => p.bytes))].sort(
      (a, b) => a - b,
    );
    const first = sizes[0];
    const last = sizes.at(-1);
    if (first === undefined || last === undefined || first === last) return undefined;
    const c1 = pointAt(points, 'clone', first);
    const c2 = pointAt(points, 'clone', last);
    const t1 = pointAt(points, 'transfer', first)!;
    const t2 = pointAt(points, 'transfer', last)!;
    if (!c1 || !c2) return undefined;
    const cloneGrowth = c2.medianMs / Math.max(c1.medianMs, 1e-6);
    const transferGrowth = t2.medianMs / Math.max(t1.medianMs, 1e-6);
    // Flat: a transfer grew less than a tenth as much as a copy did over the same range, and at most 4×.
    const happened = transferGrowth <= 4 && transferGrowth * 10 <= cloneGrowth ? 'flat' : 'grows';
    const [expected, said] = verdict(
      lang,
      prediction,
      m.expected,
      happened,
      m.happened[happened](times(transferGrowth)),
    );
    const winsFrom = findings(points, []).transferWinsFrom;
    return [
      joinSentences(lang, [
        expected,
        m.measured(
          formatBytes(first),
          formatBytes(last),
          shownMs(c1.medianMs),
          shownMs(c2.medianMs),
          times(cloneGrowth),
          shownMs(t1.medianMs),
          shownMs(t2.medianMs),
          times(transferGrowth),
        ),
      ]),
      said,
      winsFrom ? m.winsFrom(formatBytes(winsFrom)) : m.neverWins,
      m.why,
    ];
  },
};

export const TRANSFER_LESSONS: Partial<Record<LessonId, TransferLesson>> = {
  threads,
  'message-cost': messageCost,
};
