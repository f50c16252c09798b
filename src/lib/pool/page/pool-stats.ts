// Counters and recent timings behind pool.stats(). Page realm, no DOM.
import { quantile } from '../../math/stats.ts';
import type { OutcomeStatus, Percentiles, PoolStats } from '../pool-types.ts';

/** Timing samples kept for the percentiles (the most recent). */
const SAMPLES = 4096;

class Recent {
  readonly #values = new Float64Array(SAMPLES);
  #count = 0;

  add(value: number): void {
    // SAMPLES is a power of two: the slot is a mask, not a division.
    this.#values[this.#count & (SAMPLES - 1)] = value;
    this.#count++;
  }

  percentiles(): Percentiles {
    const n = Math.min(this.#count, SAMPLES);
    if (n === 0) return { count: 0, p50: 0, p90: 0, p99: 0, max: 0 };
    const values = Array.from(this.#values.subarray(0, n));
    return {
      count: n,
      p50: quantile(values, 0.5),
      p90: quantile(values, 0.9),
      p99: quantile(values, 0.99),
      max: Math.max(...values),
    };
  }
}

export class PoolCounters {
  completed = 0;
  failed = 0;
  timedOut = 0;
  cancelled = 0;
  retried = 0;
  /** Sum of item run times (ms). */
  busyMs = 0;
  readonly runMs = new Recent();
  readonly waitMs = new Recent();

  /** An item that began in a worker returned a value: record('ok', …) without the status tests. */
  recordOk(queuedMs: number, startMs: number, endMs: number): void {
    this.completed++;
    this.busyMs += endMs - startMs;
    this.runMs.add(endMs - startMs);
    this.waitMs.add(startMs - queuedMs);
  }

  /** An item's final status, with its times when it reached a worker (ms, performance.now()). */
  record(status: OutcomeStatus, queuedMs: number, startMs: number, endMs: number): void {
    if (status === 'ok') this.completed++;
    else if (status === 'error') this.failed++;
    else if (status === 'timeout') this.timedOut++;
    else this.cancelled++;
    if (Number.isFinite(startMs)) {
      this.busyMs += endMs - startMs;
      this.runMs.add(endMs - startMs);
      this.waitMs.add(startMs - queuedMs);
    }
  }
}

/** What pool.stats() reads of the pool: its calls' waiting items and its live workers. */
export interface StatsSource {
  readonly size: number;
  readonly calls: Iterable<{ readonly pending: { readonly length: number } }>;
  /** readyAt: when the worker became ready (ms, performance.now()); NaN while starting. */
  readonly workers: readonly { readonly inFlight: { readonly length: number }; readonly readyAt: number }[];
  /** Alive time of the workers that already exited (ms). */
  readonly deadAliveMs: number;
  readonly counters: PoolCounters;
}

/** pool.stats() now. Utilization: time spent on items over the time workers have been ready, exited ones too. */
export function poolStats(source: StatsSource): PoolStats {
  const now = performance.now();
  let queued = 0;
  for (const call of source.calls) queued += call.pending.length;
  let running = 0;
  let aliveMs = source.deadAliveMs;
  for (const worker of source.workers) {
    running += worker.inFlight.length;
    if (!Number.isNaN(worker.readyAt)) aliveMs += now - worker.readyAt;
  }
  const c = source.counters;
  return {
    size: source.size,
    liveWorkers: source.workers.length,
    queued,
    running,
    completed: c.completed,
    failed: c.failed,
    timedOut: c.timedOut,
    cancelled: c.cancelled,
    retried: c.retried,
    runMs: c.runMs.percentiles(),
    waitMs: c.waitMs.percentiles(),
    utilization: aliveMs > 0 ? Math.min(1, c.busyMs / aliveMs) : 0,
  };
}
