// Did the barrier hold? From each worker's work ('hold') and waiting ('wait') spans, tagged with their
// phase: the release of phase p is the last arrival at it, and no worker may start phase p + 1 before.
// Pure.
import type { DemoSpan } from './demo-protocol.ts';

/** Two workers' clocks can disagree by this much (each reads its own timeOrigin + now(), in 5 µs steps), ms. */
export const CLOCK_SKEW_MS = 0.02;

export function barrierViolations(workers: readonly (readonly DemoSpan[])[]): {
  releasesMs: number[];
  violations: number;
} {
  const work = workers.map((spans) => spans.filter((s) => s.kind === 'hold' && s.phase !== undefined));
  const phases = Math.max(0, ...work.map((spans) => spans.length));
  const releasesMs: number[] = [];
  for (let phase = 0; phase < phases; phase++) {
    const arrivals = work.flatMap((spans) => spans.filter((s) => s.phase === phase).map((s) => s.end));
    releasesMs.push(Math.max(...arrivals));
  }
  let violations = 0;
  for (const spans of work)
    for (const span of spans)
      if (span.phase! > 0 && span.start < releasesMs[span.phase! - 1]! - CLOCK_SKEW_MS) violations++;
  return { releasesMs, violations };
}
