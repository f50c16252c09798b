// The reading under the race section's histogram of final counts: how many runs lost updates, the median
// loss and its range, and what that says about the race (or about the fix, for Atomics.add and the
// mutex). Computed from the runs; the counts as the histogram's bars write them. Pure.
import { median } from '../../lib/math/stats.ts';
import type { Lang } from '../../ui/lang.ts';
import { formatInteger } from '../../ui/format-integer.ts';
import type { RaceMode } from './engine/race/race-protocol.ts';
import { histogramReadingMessages } from './histogram-reading-messages.ts';

export interface HistogramSummary {
  readonly runs: number;
  /** Runs whose counter ended below the expected count. */
  readonly lossy: number;
  readonly minFinal: number;
  readonly maxFinal: number;
  /** Updates lost per run: fewest, most, median. */
  readonly minLost: number;
  readonly maxLost: number;
  readonly medianLost: number;
}

/** The figures of the runs so far, or undefined before the first. */
export function summariseHistogram(
  values: readonly number[],
  expected: number,
): HistogramSummary | undefined {
  if (values.length === 0) return undefined;
  const lost = values.map((v) => expected - v);
  return {
    runs: values.length,
    lossy: lost.filter((n) => n > 0).length,
    minFinal: Math.min(...values),
    maxFinal: Math.max(...values),
    minLost: Math.min(...lost),
    maxLost: Math.max(...lost),
    medianLost: median(lost),
  };
}

/** The reading's sentences, or none before the first run. */
export function readHistogram(
  values: readonly number[],
  expected: number,
  mode: RaceMode,
  lang: Lang,
): string[] {
  const m = histogramReadingMessages[lang];
  const s = summariseHistogram(values, expected);
  if (!s) return [];
  const sentences = [m.lossyRuns(s.lossy, s.runs)];
  // Two decimals under 1%, so a small loss does not read as 0.0%.
  const percent = (lost: number) => {
    const p = (lost / expected) * 100;
    return p < 1 ? p.toFixed(2) : p.toFixed(1);
  };
  if (s.lossy > 0 && s.minFinal === s.maxFinal) {
    sentences.push(
      m.spreadNone(
        formatInteger(s.minFinal),
        formatInteger(expected),
        formatInteger(s.minLost),
        percent(s.minLost),
      ),
    );
  } else if (s.lossy > 0) {
    sentences.push(
      m.spread(
        formatInteger(s.minFinal),
        formatInteger(s.maxFinal),
        formatInteger(expected),
        formatInteger(s.minLost),
        formatInteger(s.maxLost),
        formatInteger(s.medianLost),
        percent(s.medianLost),
      ),
    );
  }
  if (mode === 'plain') {
    const varied = s.minLost < s.maxLost;
    sentences.push(
      s.lossy === s.runs ? (varied ? m.plainAll : m.plainAllSame) : s.lossy > 0 ? m.plainSome : m.plainNone,
    );
  } else {
    sentences.push(s.lossy === 0 ? m.safeNone[mode] : m.safeLost[mode]);
  }
  return sentences;
}
