// The efficiency chart's reading: each worker count's efficiency as the table shows it, where it first
// falls below 90%, and past the reported cores what more workers than cores did to it, against the ceiling
// cores ÷ workers. Computed from the last sweep's points. Pure.
import type { Sweep, SweepPoint } from '../../lib/math/sweep.ts';
import type { Lang } from '../lang.ts';
import { efficiencyReadingMessages } from './efficiency-reading-messages.ts';
import { pointAtCores } from './sweep-reading.ts';

/** Efficiency from which a worker counts as paying off almost in full. */
export const FULL_EFFICIENCY = 0.9;

/** Points the sentence lists at most; a longer sweep is quoted at 1, the cores, the first fall and the end. */
const MAX_LISTED = 8;
/** Points past the cores compared with their ceiling at most; more are quoted at the first and the last. */
const MAX_PAST = 4;

/** A share in whole percent, as the sweep's table shows efficiency: 0.897 is 90. */
const wholePercent = (share: number) => Number((share * 100).toFixed(0));

/** A percentage as the sweep's table shows efficiency: whole percent. */
const percent = (share: number) => `${wholePercent(share)}%`;

/**
 * The first point below FULL_EFFICIENCY as the table shows it (whole percent), if any: 0.897 shows as 90%
 * and so has not fallen below; 0.894 shows as 89% and has.
 */
export function firstBelow(sweep: Sweep): SweepPoint | undefined {
  return sweep.points.find((p) => wholePercent(p.efficiency) < wholePercent(FULL_EFFICIENCY));
}

/**
 * Past the cores, the measured efficiency against what taking turns alone would leave: the efficiency at
 * the cores times cores ÷ workers. Within 10% of it: turns (the speedup stays where it was at the cores);
 * below: costly; above it: better (the point at the cores was the slow one); above cores ÷ workers itself:
 * above (more cores at work than the browser reports).
 */
export type Oversubscription = 'turns' | 'costly' | 'better' | 'above';

export function oversubscription(atCores: SweepPoint, past: SweepPoint, cores: number): Oversubscription {
  const ceiling = cores / past.workers;
  if (past.efficiency > 1.1 * ceiling) return 'above';
  const turnsAlone = atCores.efficiency * ceiling;
  if (past.efficiency < 0.9 * turnsAlone) return 'costly';
  return past.efficiency > 1.1 * turnsAlone ? 'better' : 'turns';
}

export function readEfficiency(sweep: Sweep, cores: number, lang: Lang): string[] {
  const m = efficiencyReadingMessages[lang];
  const points = sweep.points;
  const last = points.at(-1);
  if (!last || last.workers < 2) return [];
  const below = firstBelow(sweep);
  const at = pointAtCores(sweep, cores);
  const listed =
    points.length <= MAX_LISTED
      ? points
      : points.filter((p) => p.workers === 1 || p === at || p === below || p === last);
  const sentences = [m.values(listed.map((p) => m.at(percent(p.efficiency), p.workers)))];
  if (!below) sentences.push(m.stayed(last.workers));
  else if (below.workers > 1) {
    const before = points[points.indexOf(below) - 1]!;
    sentences.push(
      m.fell(before.workers, below.workers, percent(below.efficiency), below.workers <= cores, cores),
    );
  }
  const past = points.filter((p) => p.workers > cores);
  if (at && past.length > 0) {
    const shown = past.length <= MAX_PAST ? past : [past[0]!, past.at(-1)!];
    sentences.push(
      m.pastCores(
        cores,
        shown.map((p) => percent(p.efficiency)),
        shown.map((p) => percent(cores / p.workers)),
        shown.map((p) => p.workers),
      ) + m.shapes[oversubscription(at, past.at(-1)!, cores)],
    );
  } else if (last.workers <= cores) {
    sentences.push(m.notPast(cores));
  }
  return sentences;
}
