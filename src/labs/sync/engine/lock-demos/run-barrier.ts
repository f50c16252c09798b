// k workers work through phases of uneven length and meet at a Barrier after each: nobody starts phase
// p + 1 before everyone has finished phase p. On the page; no React.
import type { LockLane } from '../../../../lib/atomics/lock-usage.ts';
import { Barrier } from '../../../../lib/atomics/barrier.ts';
import { barrierViolations } from './barrier-check.ts';
import type { BarrierJob } from './demo-protocol.ts';
import { createControl, demoLanes, requireIsolation, runDemo } from './run-demo.ts';

export interface BarrierOptions {
  readonly workers: number;
  readonly phases: number;
  /** Mean ms of work per phase; each worker's phase takes 0.3 to 1.7 times it, at random. */
  readonly workMs: number;
  readonly signal: AbortSignal;
}

export interface BarrierResult {
  readonly lanes: readonly LockLane[];
  readonly runMs: number;
  /** Per phase, ms from go: when the last worker arrived, which let everyone go. */
  readonly releasesMs: readonly number[];
  /** Workers that began a phase before the last arrival of the phase before it (always 0 if it works). */
  readonly violations: number;
}

export async function runBarrier(options: BarrierOptions): Promise<BarrierResult> {
  const { workers, phases, workMs, signal } = options;
  requireIsolation('The barrier demo');
  const barrier = Barrier.create(workers);
  const control = createControl();
  const jobs: BarrierJob[] = Array.from({ length: workers }, (_, i) => ({
    kind: 'barrier',
    workerId: i + 1,
    barrier: barrier.handle,
    workMs: Array.from({ length: phases }, () => workMs * (0.3 + 1.4 * Math.random())),
    control,
  }));
  const run = await runDemo(jobs, control, signal);
  const phased = run.reports.map((report) =>
    report.spans.map((span) => ({ ...span, start: span.start - run.originMs, end: span.end - run.originMs })),
  );
  const { releasesMs, violations } = barrierViolations(phased);
  return { lanes: demoLanes(run), runMs: run.runMs, releasesMs, violations };
}
