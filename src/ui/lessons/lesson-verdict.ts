// The two sentences every explanation starts with: what the learner expected (or that they skipped), and
// whether what was measured is what they said. Each lab words its own choices and outcomes. Pure.
import type { Bilingual, Lang } from '../lang.ts';

export interface LessonChoice {
  readonly id: string;
  readonly label: string;
}

export interface LessonQuestion {
  readonly prompt: string;
  readonly choices: readonly LessonChoice[];
}

/** A question's choices from labels keyed by their ids, in the labels' order. */
export function choicesOf<K extends string>(labels: Readonly<Record<K, string>>): LessonChoice[] {
  return (Object.keys(labels) as K[]).map((id) => ({ id, label: labels[id] }));
}

const en = {
  skipped: 'You skipped the prediction.',
  unsure: 'You were not sure what would happen.',
  match: (what: string) => `That is what happened: ${what}.`,
  miss: (what: string) => `Not quite: ${what}.`,
  measured: (what: string) => `What happened: ${what}.`,
};

const verdictMessages: Bilingual<typeof en> = {
  en,
  zh: {
    skipped: '你跳过了预测。',
    unsure: '你不确定会发生什么。',
    match: (what: string) => `结果和你预测的一样：${what}。`,
    miss: (what: string) => `和你预测的不一样：${what}。`,
    measured: (what: string) => `实际结果：${what}。`,
  },
};

/**
 * [what the learner expected, whether it happened]. `prediction`: the chosen id (undefined: skipped;
 * 'unsure' answers nothing); `expected`: a sentence per choice; `happened`: the measured outcome, in the
 * choices' ids when it is one of them, and `what` says it in words.
 */
export function verdict(
  lang: Lang,
  prediction: string | undefined,
  expected: Readonly<Record<string, string>>,
  happened: string,
  what: string,
): [expected: string, verdict: string] {
  const m = verdictMessages[lang];
  const said = prediction === undefined ? undefined : expected[prediction];
  if (prediction === undefined || prediction === 'unsure' || said === undefined) {
    return [prediction === undefined ? m.skipped : m.unsure, m.measured(what)];
  }
  return [said, prediction === happened ? m.match(what) : m.miss(what)];
}
