import { expect, test } from 'vitest';
import { MAX_LOG_EVENTS, runRace } from './run-race.ts';

const signal = new AbortController().signal;

/** Disagreement allowed between two workers' wall clocks, ms. */
const CLOCK_SKEW_MS = 0.02;

test('plain read-then-write with 2 workers and a widened window loses updates in at least one of several runs', async () => {
  let lost = 0;
  for (let run = 0; run < 5 && lost === 0; run++) {
    const result = await runRace({ mode: 'plain', workers: 2, iterations: 20_000, window: 200, signal });
    expect(result.actual).toBeLessThanOrEqual(result.expected);
    lost += result.lost;
  }
  expect(lost).toBeGreaterThan(0);
});

test('Atomics.add and the mutex lose nothing under contention with 4 workers', async () => {
  for (const mode of ['atomic', 'mutex'] as const) {
    const result = await runRace({ mode, workers: 4, iterations: 20_000, window: 50, signal });
    expect(result.actual).toBe(80_000);
    expect(result.lost).toBe(0);
    expect(result.nsPerOp).toBeGreaterThan(0);
  }
});

test('the captured log explains the count in every run: its overwrites undo exactly what the counter lost', async () => {
  // Every run is checked, none is skipped: the log's order is the real one, so it always agrees.
  for (let run = 0; run < 10; run++) {
    const iterations = 300;
    const result = await runRace({ mode: 'plain', workers: 2, iterations, window: 300, log: true, signal });
    const explained = result.explanation!;
    expect(result.events).toHaveLength(4 * iterations);
    expect(explained.untrusted).toBeUndefined();
    expect(explained.final).toBe(result.actual);
    expect(explained.lost).toBe(result.lost);
    expect(explained.overwrites.length > 0).toBe(result.lost > 0);
  }
});

test('a logged mutex run loses nothing and its log says so', async () => {
  const result = await runRace({ mode: 'mutex', workers: 2, iterations: 200, window: 50, log: true, signal });
  expect(result.actual).toBe(400);
  expect(result.explanation).toMatchObject({ lost: 0, overwrites: [], final: 400 });
  expect(result.explanation!.untrusted).toBeUndefined();
});

test('a log past its cap is marked incomplete, and the counter still counts every access', async () => {
  const iterations = MAX_LOG_EVENTS; // 2 workers x 2 accesses each: four times the cap
  const result = await runRace({ mode: 'plain', workers: 2, iterations, window: 0, log: true, signal });
  expect(result.events).toHaveLength(MAX_LOG_EVENTS);
  expect(result.explanation!.untrusted).toBe('incomplete');
  expect(result.actual).toBe(2 * iterations - result.lost);
});

test('a traced mutex run gives each worker holds that never overlap another worker’s', async () => {
  const result = await runRace({
    mode: 'mutex',
    workers: 2,
    iterations: 5_000,
    window: 20,
    trace: true,
    signal,
  });
  expect(result.lost).toBe(0);
  const lanes = result.lanes ?? [];
  expect(lanes.map((lane) => lane.thread)).toEqual([1, 2]);
  const holds = lanes
    .flatMap((lane) =>
      lane.spans.filter((s) => s.kind === 'hold').map((s) => ({ ...s, thread: lane.thread })),
    )
    .sort((a, b) => a.turn! - b.turn!);
  expect(holds.length).toBeGreaterThanOrEqual(2);
  for (let i = 1; i < holds.length; i++) {
    // Turns are the mutex's hand-off count, so consecutive holds belong to different workers.
    expect(holds[i]!.turn).toBe(holds[i - 1]!.turn! + 1);
    expect(holds[i]!.thread).not.toBe(holds[i - 1]!.thread);
    // Mutual exclusion, seen in the trace: a hold starts after the previous one ended (clock reads sit
    // inside the lock, so the recorded spans are within the real ones). Each worker's clock is its own
    // timeOrigin plus now(), clamped to 5 µs steps, so two threads' readings can disagree by that much.
    expect(holds[i]!.startMs).toBeGreaterThanOrEqual(holds[i - 1]!.endMs - CLOCK_SKEW_MS);
  }
  // Every change of holder is a hand-off the mutex counted.
  expect(holds.length - 1).toBe(result.handoffs);
});
