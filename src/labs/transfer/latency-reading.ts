// The reading under the latency table: for each signal, the median against the p99 (how long the tail
// is), the two signals' medians against each other, and what a sample is. Computed from the measured
// round trips, quoting the table's numbers. Pure.
import { joinSentences, type Lang } from '../../ui/lang.ts';
import type { LatencyResult } from './engine/measure-latency.ts';
import { latencyReadingMessages } from './latency-reading-messages.ts';

export type Tail = 'tight' | 'some' | 'long';

/** A ratio as the reading shows it: one decimal. */
const ratio = (x: number) => x.toFixed(1);

/** The p99 over the median, as the reading shows it (one decimal). */
const tailRatio = (result: Pick<LatencyResult, 'medianMicros' | 'p99Micros'>) =>
  ratio(result.p99Micros / Math.max(result.medianMicros, 1e-9));

/**
 * How far the p99 sits above the median, as the reading shows the ratio (one decimal, so 1.46 reads 1.5):
 * under 1.5×, tight; under 3×, some tail; from 3.0× on, a long one.
 */
export function tailOf(result: Pick<LatencyResult, 'medianMicros' | 'p99Micros'>): Tail {
  const shown = Number(tailRatio(result));
  if (shown < 1.5) return 'tight';
  return shown < 3 ? 'some' : 'long';
}

/** The table's figure (µs, one decimal), with ms beside it from 1 ms on. */
export function shownMicros(us: number, lang: Lang): string {
  return latencyReadingMessages[lang].micros(us.toFixed(1), us >= 1000 ? (us / 1000).toFixed(2) : undefined);
}

export function readLatency(
  results: readonly LatencyResult[],
  modeName: (mode: LatencyResult['mode']) => string,
  lang: Lang,
): string[] {
  const m = latencyReadingMessages[lang];
  const sentences = results.map((r, i) => {
    const tail = tailOf(r);
    const again = results.slice(0, i).some((earlier) => tailOf(earlier) === tail);
    const spread = m.spread(
      modeName(r.mode),
      shownMicros(r.medianMicros, lang),
      shownMicros(r.p99Micros, lang),
      tailRatio(r),
    );
    return joinSentences(lang, [spread, again ? m.tailsAgain[tail] : m.tails[tail]]);
  });
  const message = results.find((r) => r.mode === 'message');
  const atomics = results.find((r) => r.mode === 'atomics');
  if (message && atomics) {
    sentences.push(
      atomics.medianMicros <= message.medianMicros
        ? m.atomicsFaster(ratio(message.medianMicros / Math.max(atomics.medianMicros, 1e-9)))
        : m.messageFaster(ratio(atomics.medianMicros / Math.max(message.medianMicros, 1e-9))),
    );
  }
  const block = results[0]?.block;
  if (block !== undefined && block > 1) sentences.push(m.samples(block));
  return sentences;
}
