// The reading under the pool's results: what a run's figures say, in sentences computed from them
// (throughput, how busy the workers were, queue wait against run time, failures and timeouts). Pure.
import type { Percentiles } from '../../lib/pool/index.ts';
import { formatInteger } from '../../ui/format-integer.ts';
import type { Lang } from '../../ui/lang.ts';
import { statsReadingMessages } from './stats-reading-messages.ts';

export interface StatsReadingInput {
  /** Items that ended: ok, error or timeout. */
  readonly ended: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly cancelled: number;
  /** ms from the run's start to its end. */
  readonly elapsedMs: number;
  /** Workers the run asked for. */
  readonly workers: number;
  /** All items were simulated I/O. */
  readonly allIo: boolean;
  /** The per-task timeout, ms; 0 = none. */
  readonly timeoutMs: number;
  /** pool.stats() at the run's end. */
  readonly utilization: number;
  readonly waitMs: Percentiles;
  readonly runMs: Percentiles;
  /**
   * The simulated GIL's figures: times it was taken, and the most workers that held it at once (1 while
   * the lock works); undefined for a run without it.
   */
  readonly gil: { readonly turns: number; readonly mostHolding: number } | undefined;
}

/** How busy the workers were: share of their time up spent running items. */
export type Busy = 'busy' | 'partly' | 'idle';

export function busyKind(utilization: number): Busy {
  if (utilization >= 0.8) return 'busy';
  if (utilization < 0.5) return 'idle';
  return 'partly';
}

/** Where a typical item's time went: its median queue wait against its median run time. */
export type QueueShape = 'queued' | 'both' | 'keptUp';

export function queueShape(waitP50: number, runP50: number): QueueShape {
  if (waitP50 > 2 * runP50) return 'queued';
  if (waitP50 < 0.5 * runP50) return 'keptUp';
  return 'both';
}

/** ms as the reading shows them: one decimal. */
const ms = (value: number) => value.toFixed(1);

export function readPoolStats(input: StatsReadingInput, lang: Lang): string[] {
  const m = statsReadingMessages[lang];
  const seconds = input.elapsedMs / 1000;
  const rate = seconds > 0 ? input.ended / seconds : 0;
  const sentences = [
    m.throughput(
      formatInteger(input.ended),
      seconds.toFixed(2),
      formatInteger(Math.round(rate)),
      input.workers,
      (rate / input.workers).toFixed(1),
    ),
    m.busy[busyKind(input.utilization)]((input.utilization * 100).toFixed(0)),
  ];
  if (input.allIo) sentences.push(m.ioWaits);
  const { waitMs: wait, runMs: run } = input;
  if (run.count > 0) {
    sentences.push(m.queue(ms(wait.p50), ms(wait.p90), ms(run.p50), ms(run.p90)));
    if (run.count < input.ended) sentences.push(m.sampled(formatInteger(run.count)));
    const shape = queueShape(wait.p50, run.p50);
    sentences.push(shape === 'queued' ? m.queueShape.queued(input.workers) : m.queueShape[shape]);
  }
  if (input.errors === 0 && input.timeouts === 0) sentences.push(m.noFailures);
  if (input.errors > 0) sentences.push(m.errors(formatInteger(input.errors)));
  if (input.timeouts > 0) {
    sentences.push(
      m.timeouts(
        formatInteger(input.timeouts),
        formatInteger(input.timeoutMs),
        formatInteger(input.timeouts * input.timeoutMs),
      ),
    );
  }
  if (input.cancelled > 0) sentences.push(m.cancelled(formatInteger(input.cancelled)));
  const { gil } = input;
  if (gil) sentences.push(m.gil(formatInteger(gil.turns), gil.mostHolding));
  return sentences;
}
