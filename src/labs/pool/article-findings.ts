// What this page's runs show of each of the article's pitfalls, in sentences computed from them: the lab's
// run replayed (engine/seed-replay.ts) and the two calls at once (engine/two-calls-replay.ts). Pure.
import { formatInteger } from '../../ui/format-integer.ts';
import type { Lang } from '../../ui/lang.ts';
import { articleCodeMessages } from './article-code-messages.ts';
import type { Pitfall } from './article-pitfalls.ts';
import type { SeedReplay } from './engine/seed-replay.ts';
import type { TwoCallsReplay } from './engine/two-calls-replay.ts';

export interface FindingsInput {
  /** The lab's last run replayed, if there was one. */
  readonly replay: SeedReplay | undefined;
  /** The most workers that run saw alive at once. */
  readonly workers: number;
  readonly twoCalls: TwoCallsReplay | undefined;
}

/** Values of the first few items, as Python would print a list of them. */
export function pythonList(values: readonly unknown[], shown = 3): string {
  const items = values.slice(0, shown).map((v) => (typeof v === 'string' ? `'${v}'` : String(v)));
  return `[${items.join(', ')}${values.length > shown ? ', …' : ''}]`;
}

/** A sentence per pitfall, or undefined where the run it needs has not happened yet. */
export function pitfallFindings(input: FindingsInput, lang: Lang): Record<Pitfall, string | undefined> {
  const f = articleCodeMessages[lang].findings;
  const { replay, twoCalls } = input;
  const n = formatInteger;
  return {
    globalFunc:
      twoCalls &&
      f.globalFunc(
        twoCalls.aItems,
        twoCalls.bItems,
        twoCalls.crossed,
        twoCalls.failed,
        pythonList(twoCalls.aWouldGet),
        pythonList(twoCalls.aShouldGet),
      ),
    threads: replay && f.threads(n(replay.defaultThreads), n(input.workers)),
    logging:
      twoCalls &&
      f.logging(
        twoCalls.firstEnded.toUpperCase(),
        twoCalls.firstEnded === 'a' ? 'B' : 'A',
        twoCalls.untagged,
        twoCalls.otherLines,
        twoCalls.tagged,
      ),
    join: replay && (replay.hung > 0 ? f.hung(n(replay.hung)) : f.noHung),
    falsy:
      replay &&
      (replay.falsy === 0
        ? f.noFalsy
        : replay.preserveOrdering
          ? f.falsyKept(n(replay.falsy))
          : f.falsyDropped(n(replay.falsy))),
    ordering:
      replay &&
      (!replay.preserveOrdering
        ? f.orderingOff
        : replay.outOfOrder > 0
          ? f.outOfOrder(n(replay.outOfOrder), replay.firstIndices.slice(0, 6).join(', '))
          : f.inOrder),
    emptyRace: replay && f.race,
    errors: replay && (replay.vanishedErrors > 0 ? f.errors(n(replay.vanishedErrors)) : f.noErrors),
    taskDone: replay && f.race,
  };
}
