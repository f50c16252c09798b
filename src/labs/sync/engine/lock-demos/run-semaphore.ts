// k workers each open a few "connections", at most n at once: a Semaphore(n) hands out the permits.
// On the page; no React.
import type { LockLane } from '../../../../lib/atomics/lock-usage.ts';
import { Semaphore } from '../../../../lib/atomics/semaphore.ts';
import { CONTROL, type SemaphoreJob } from './demo-protocol.ts';
import { createControl, demoLanes, requireIsolation, runDemo } from './run-demo.ts';

export interface SemaphoreOptions {
  readonly workers: number;
  /** n: connections allowed open at once. */
  readonly permits: number;
  /** Connections per worker, one after another. */
  readonly connections: number;
  /** ms each connection stays open. */
  readonly connectMs: number;
  readonly signal: AbortSignal;
  /** Live: connections open now. */
  readonly onInside?: (inside: number) => void;
}

export interface SemaphoreResult {
  readonly permits: number;
  readonly lanes: readonly LockLane[];
  readonly runMs: number;
  /** Most connections ever open at once, counted by the workers inside their permits. */
  readonly peak: number;
}

export async function runSemaphore(options: SemaphoreOptions): Promise<SemaphoreResult> {
  const { workers, permits, connections, connectMs, signal } = options;
  requireIsolation('The semaphore demo');
  const semaphore = Semaphore.create(permits);
  const control = createControl();
  const jobs: SemaphoreJob[] = Array.from({ length: workers }, (_, i) => ({
    kind: 'semaphore',
    workerId: i + 1,
    semaphore: semaphore.handle,
    connections,
    connectMs,
    control,
  }));
  const watch = options.onInside
    ? () => options.onInside?.(Atomics.load(control, CONTROL.inside))
    : undefined;
  const run = await runDemo(jobs, control, signal, watch);
  return { permits, lanes: demoLanes(run), runMs: run.runMs, peak: Atomics.load(control, CONTROL.peak) };
}
