// The speedup chart's reading: what a sweep's curve says, in sentences computed from its points and its
// Amdahl fit. Used under the chart (sweep-view.tsx) and by the speedup lab's lesson step. Pure.
import type { Sweep, SweepPoint } from '../../lib/math/sweep.ts';
import type { Lang } from '../lang.ts';
import { sweepReadingMessages } from './sweep-reading-messages.ts';

const two = (x: number) => x.toFixed(2);

/** Past the cores, what the curve did: its last point against the point at the cores. */
export type PastCores = 'rises' | 'flattens' | 'falls';

export function pastCoresShape(atCores: SweepPoint, last: SweepPoint): PastCores {
  if (last.speedup >= 1.1 * atCores.speedup) return 'rises';
  if (last.speedup < 0.9 * atCores.speedup) return 'falls';
  return 'flattens';
}

/** The point with one worker per core, or the largest count below that when the sweep stopped earlier. */
export function pointAtCores(sweep: Sweep, cores: number): SweepPoint | undefined {
  return sweep.points.filter((p) => p.workers <= cores).at(-1);
}

export interface SweepReading {
  /** The speedup at the cores, and past them. */
  readonly curve: readonly string[];
  /** The Amdahl fit and what it stands for; Gustafson's view of the same fraction. */
  readonly fit: readonly string[];
}

/**
 * What the measured work is known to be: `loop`, a loop with no serial part of its own (the summation),
 * so the fitted fraction is overhead; `code`, anyone's code, whose serial fraction may be its own.
 */
export type SweepWork = 'loop' | 'code';

export function readSweep(sweep: Sweep, cores: number, lang: Lang, work: SweepWork = 'loop'): SweepReading {
  const m = sweepReadingMessages[lang];
  const curve: string[] = [];
  const fit: string[] = [];
  const at = pointAtCores(sweep, cores);
  if (at && at.workers > 1)
    // Speedup as the sweep's table shows it (two decimals), efficiency as a percentage, as there too.
    curve.push(
      m.atCores(at.workers, at.workers === cores, two(at.speedup), (at.efficiency * 100).toFixed(0)),
    );
  const past = sweep.points.filter((p) => p.workers > cores);
  const last = past.at(-1);
  if (at && last) {
    curve.push(
      m.pastCores(
        cores,
        past.map((p) => p.workers),
        past.map((p) => two(p.speedup)),
        pastCoresShape(at, last),
      ),
    );
  }
  const s = sweep.serialFraction;
  if (s !== undefined) {
    // The sentence assumes the fit took the points up to the cores, and at least 2: a sweep's serialFraction
    // is fitted so (the speedup lab's fitMaxWorkers is max(2, cores)).
    const fitted = Math.min(Math.max(2, cores), sweep.points.at(-1)?.workers ?? 1);
    const percent = (s * 100).toFixed(1);
    const cap = (1 / s).toFixed(1);
    // The best measured point, compared as shown: a cap below it means the fit does not describe this sweep.
    const best = sweep.points.reduce<(typeof sweep.points)[number] | undefined>(
      (top, p) => (top === undefined || p.speedup > top.speedup ? p : top),
      undefined,
    );
    if (s >= 0.005 && best !== undefined && Number(two(best.speedup)) > Number(cap)) {
      fit.push(m.fitContradicted(fitted, percent, cap, best.workers, two(best.speedup)));
    } else {
      if (s < 0.005) {
        fit.push(m.noSerial(fitted, percent));
      } else {
        fit.push(
          m.amdahl(fitted, percent, cap),
          work === 'loop' ? m.whatSerialIs(percent) : m.whatSerialMayBe(percent),
        );
      }
      const k = sweep.points.at(-1)?.workers ?? 1;
      if (k > 1) fit.push(m.gustafson(k, (k - s * (k - 1)).toFixed(2)));
    }
  }
  return { curve, fit };
}
