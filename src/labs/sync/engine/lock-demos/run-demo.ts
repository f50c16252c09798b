// Runs one lock demo on k real workers: starts them, lets them go together, watches shared state while
// they run, collects their reports, and terminates them whatever happens. On the page; no React.
import type { LockLane } from '../../../../lib/atomics/lock-usage.ts';
import { CONTROL, CONTROL_SLOTS, type DemoJob, type DemoReport } from './demo-protocol.ts';
import { sharedMemoryMissing, sharedMemorySupport } from '../../../../lib/atomics/shared-memory.ts';
import { waitUntilCount } from '../../../../lib/atomics/wait-until-count.ts';
import { workerFailureMessage } from '../../../../lib/workers/worker-failure.ts';

/** How often the page samples live state while the workers run, ms. */
const WATCH_INTERVAL_MS = 50;

export interface DemoRun {
  readonly reports: readonly DemoReport[];
  /** Wall-clock ms (timeOrigin + now()) when the page said go: spans are measured from it. */
  readonly originMs: number;
  /** From go to the last report, ms. */
  readonly runMs: number;
}

/** Shared memory is needed by every demo; say so plainly when the page has none. */
export function requireIsolation(what: string): void {
  const support = sharedMemorySupport();
  if (!support.available) throw new Error(sharedMemoryMissing(what, support.gap));
}

/** A fresh control buffer for a demo. */
export function createControl(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(CONTROL_SLOTS * Int32Array.BYTES_PER_ELEMENT));
}

/**
 * Starts one worker per job, all at once, and resolves with their reports. `watch` runs every 50 ms while
 * they work (to show live state). Abort rejects with an AbortError and terminates every worker.
 */
export async function runDemo(
  jobs: readonly DemoJob[],
  control: Int32Array,
  signal: AbortSignal,
  watch?: () => void,
): Promise<DemoRun> {
  signal.throwIfAborted();
  const workers = jobs.map(
    (job) =>
      new Worker(new URL('./lock-demo.worker.ts', import.meta.url), {
        type: 'module',
        name: `${job.kind} worker ${job.workerId}`,
      }),
  );
  let timer: ReturnType<typeof setInterval> | undefined;
  try {
    const aborted = new Promise<never>((_, reject) => {
      const fail = () => reject(new DOMException('The demo was cancelled.', 'AbortError'));
      if (signal.aborted) fail();
      signal.addEventListener('abort', fail, { once: true });
    });
    aborted.catch(() => {});
    const reports = Promise.all(
      workers.map(
        (worker, i) =>
          new Promise<DemoReport>((resolve, reject) => {
            worker.onmessage = (event: MessageEvent<DemoReport>) => resolve(event.data);
            worker.onerror = (event) => {
              event.preventDefault();
              reject(new Error(workerFailureMessage(`Worker ${jobs[i]!.workerId}`, event)));
            };
            worker.postMessage(jobs[i]);
          }),
      ),
    );
    reports.catch(() => {});
    // Wait without blocking the page until every worker is at the line, then start them together; a
    // worker that fails meanwhile ends the demo with its error.
    await waitUntilCount(control, CONTROL.ready, jobs.length, { signal, failure: reports });
    const start = performance.now();
    Atomics.store(control, CONTROL.go, 1);
    Atomics.notify(control, CONTROL.go);
    if (watch) timer = setInterval(watch, WATCH_INTERVAL_MS);
    const done = await Promise.race([reports, aborted]);
    return { reports: done, originMs: performance.timeOrigin + start, runMs: performance.now() - start };
  } finally {
    if (timer !== undefined) clearInterval(timer);
    for (const worker of workers) worker.terminate();
  }
}

/** The reports as timeline lanes, ms from go. */
export function demoLanes(run: DemoRun): LockLane[] {
  return run.reports.map((report) => ({
    thread: report.workerId,
    spans: report.spans.map((span) => ({
      kind: span.kind,
      lock: span.lock,
      startMs: span.start - run.originMs,
      endMs: span.end - run.originMs,
      ...(span.gaveUp ? { gaveUp: true } : {}),
    })),
  }));
}
