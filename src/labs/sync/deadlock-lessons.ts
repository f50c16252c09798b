// The locks lab's deadlock lesson step: the question, and the explanation computed from one run of the
// deadlock demo (who held which lock and asked for which, the cycle in the wait-for graph, when the
// timeout broke it; or, in one lock order, who waited how long and when all finished). Pure.
import { joinSentences, type Lang } from '../../ui/lang.ts';
import type { LessonId } from '../../ui/lessons/lesson-steps.ts';
import { choicesOf, verdict, type LessonQuestion } from '../../ui/lessons/lesson-verdict.ts';
import { locksOf, type DeadlockResult } from './engine/lock-demos/run-deadlock.ts';
import { deadlockLessonMessages } from './deadlock-lesson-messages.ts';
import type { DeadlockSettings } from './deadlock-settings.ts';
import { lockLetter } from './lock-letter.ts';

/** A run of the step: its result, and the inputs it ran with (the timeout and hold the sentences name). */
export interface DeadlockRun {
  readonly result: DeadlockResult;
  readonly settings: DeadlockSettings;
}

export interface DeadlockLesson {
  /** The question for the inputs now in the form (undefined while one is invalid: the step's defaults). */
  question(settings: DeadlockSettings | undefined, lang: Lang): LessonQuestion;
  describeRuns(settings: DeadlockSettings | undefined, lang: Lang): string;
  explain(run: DeadlockRun, prediction: string | undefined, lang: Lang): string[];
}

/**
 * What a run came to: all finished in one lock order ('finish'), a deadlock the timeout broke ('timeout'), a
 * timeout with no cycle behind it, a lock only busy for longer than the timeout ('falseAlarm'), or all
 * finished in opposite order because no loop of waits happened to close ('slipped').
 */
export type DeadlockOutcome = 'finish' | 'timeout' | 'falseAlarm' | 'slipped';

export function deadlockOutcome(result: DeadlockResult): DeadlockOutcome {
  if (result.cycle) return 'timeout';
  if (result.detectedBy !== undefined) return 'falseAlarm';
  return result.ordered ? 'finish' : 'slipped';
}

/**
 * The choice each outcome bears out: a run that slipped through is the one "it depends on timing" foresees;
 * a false alarm bears out none (the timeout was too short, whatever the timing).
 */
const BORNE_OUT: Record<DeadlockOutcome, string | undefined> = {
  finish: 'finish',
  timeout: 'timeout',
  falseAlarm: undefined,
  slipped: 'timing',
};

/** ms as the deadlock section shows them: whole milliseconds. */
export const shownMs = (ms: number) => String(Math.round(ms));

/** Each wait of the run: which worker waited for which lock, how long (ms), and whether it gave up. */
export function waitsOf(
  result: DeadlockResult,
): { worker: number; lock: number; ms: number; gaveUp: boolean }[] {
  return result.lanes.flatMap((lane) =>
    lane.spans
      .filter((span) => span.kind === 'wait')
      .map((span) => ({
        worker: lane.thread,
        lock: span.lock,
        ms: span.endMs - span.startMs,
        gaveUp: span.gaveUp === true,
      })),
  );
}

/** Each worker that got both locks, and when it let go of its last one (ms from the start), in finishing order. */
export function finishTimes(result: DeadlockResult): { worker: number; ms: number }[] {
  const done = new Set(result.outcomes.filter((o) => o.outcome === 'done').map((o) => o.workerId));
  return result.lanes
    .filter((lane) => done.has(lane.thread))
    .map((lane) => ({ worker: lane.thread, ms: Math.max(...lane.spans.map((span) => span.endMs)) }))
    .sort((a, b) => a.ms - b.ms);
}

/** The wait-for graph's loop as the graph labels it: W1 → B → W2 → A → W1. */
export function cyclePath(cycle: NonNullable<DeadlockResult['cycle']>): string {
  const steps = cycle.map((edge) => `W${edge.waiter} → ${lockLetter(edge.lock)}`);
  return [...steps, `W${cycle[0]!.waiter}`].join(' → ');
}

/** The step's inputs when the form's are invalid: the question still reads. */
const FALLBACK: DeadlockSettings = { workers: 2, ordered: false, holdMs: 100, timeoutMs: 1000 };

const deadlock: DeadlockLesson = {
  question: (settings, lang) => {
    const m = deadlockLessonMessages[lang];
    const { workers, ordered, holdMs, timeoutMs } = settings ?? FALLBACK;
    const orders = Array.from({ length: workers }, (_, i) => {
      const [first, second] = locksOf(i + 1, workers, ordered);
      return m.takes(i + 1, lockLetter(first), lockLetter(second));
    });
    return {
      prompt: m.prompt(workers, orders, holdMs, timeoutMs),
      choices: choicesOf({ finish: m.finishChoice(workers), ...m.choices }),
    };
  },
  describeRuns: (settings, lang) => {
    const { workers, ordered } = settings ?? FALLBACK;
    return deadlockLessonMessages[lang].runs(workers, ordered);
  },
  explain: ({ result, settings }, prediction, lang) => {
    const m = deadlockLessonMessages[lang];
    const happened = deadlockOutcome(result);
    const [expected, said] = verdict(
      lang,
      prediction,
      m.expected,
      BORNE_OUT[happened] ?? happened,
      m.happened[happened],
    );
    const waits = waitsOf(result);
    const gaveUp = waits
      .filter((w) => w.gaveUp && w.worker === result.detectedBy)
      .sort((a, b) => b.ms - a.ms)[0];
    const timingAside =
      prediction === 'timing' ? [result.ordered ? m.orderTiming : m.timingAside(settings.holdMs)] : [];

    if (result.cycle) {
      const heldBy = new Map(result.outcomes.map((o) => [o.workerId, o.first]));
      const held = result.cycle.map((edge) =>
        m.held(edge.waiter, lockLetter(heldBy.get(edge.waiter) ?? 0), lockLetter(edge.lock), edge.holder),
      );
      const by = result.detectedBy!;
      const finished = finishTimes(result);
      return [
        joinSentences(lang, [expected, m.heldAll(held)]),
        said,
        m.cycle(cyclePath(result.cycle)),
        joinSentences(lang, [
          m.brokeIt(
            by,
            lockLetter(gaveUp?.lock ?? 0),
            shownMs(gaveUp?.ms ?? 0),
            shownMs(result.detectedAtMs ?? 0),
            settings.timeoutMs,
            lockLetter(heldBy.get(by) ?? 0),
          ),
          finished.length === 0
            ? m.allGaveUp
            : finished.length === 1
              ? m.oneWent(finished[0]!.worker, shownMs(finished[0]!.ms))
              : m.othersWent(finished.length, result.workers, shownMs(finished.at(-1)!.ms)),
        ]),
        ...(prediction === 'forever' ? [m.foreverAside] : []),
        ...timingAside,
        m.afterTheFact,
      ];
    }

    if (happened === 'falseAlarm') {
      return [
        joinSentences(lang, [
          expected,
          m.slowNotStuck(
            result.detectedBy!,
            lockLetter(gaveUp?.lock ?? 0),
            shownMs(gaveUp?.ms ?? 0),
            settings.timeoutMs,
          ),
        ]),
        said,
        m.finishedOf(result.completed, result.workers, shownMs(result.runMs)),
        ...timingAside,
      ];
    }
    const waited = waits.map((w) => m.waited(w.worker, shownMs(w.ms), lockLetter(w.lock)));
    const done = m.waitsThenDone(waited, result.workers, shownMs(result.runMs));
    if (happened === 'slipped') {
      // The slipped sentence says what timing did in this run; the aside would call a deadlock all but certain.
      return [joinSentences(lang, [expected, done]), said, m.slipped];
    }
    const orders = result.outcomes.map((o) => m.order(o.workerId, lockLetter(o.first), lockLetter(o.second)));
    return [
      joinSentences(lang, [expected, m.inOrder(orders)]),
      said,
      joinSentences(lang, [m.noCycle, done]),
      m.orderPrice,
      ...timingAside,
    ];
  },
};

export const DEADLOCK_LESSONS: Partial<Record<LessonId, DeadlockLesson>> = { deadlock };
