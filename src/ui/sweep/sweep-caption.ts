// The caption of a sweep chart on a slide: which chart, then every sweep drawn, in the legend's order, as its
// lab describes its inputs, with the repeats measured per point. Pure.
import type { Sweep } from '../../lib/math/sweep.ts';
import type { Dictionary } from '../lang.ts';
import type { sweepViewMessages } from './sweep-view-messages.ts';

/** Repeats per point of a sweep: the most any of its points has (a cancelled point may have fewer). */
export function repeatsOf(sweep: Sweep): number {
  return Math.max(0, ...sweep.points.map((p) => p.ms.length));
}

export function sweepCaption(
  chart: 'speedup' | 'efficiency',
  sweeps: readonly Sweep[],
  describe: (sweep: Sweep) => string,
  words: Dictionary<(typeof sweepViewMessages)['en']>['caption'],
): string {
  return words[chart](sweeps.map((sweep) => words.sweep(describe(sweep), repeatsOf(sweep))).join(words.join));
}
