import { describe, expect, it } from 'vitest';
import { barrierViolations } from './barrier-check.ts';
import { locksOf, runDeadlock } from './run-deadlock.ts';
import { runBarrier } from './run-barrier.ts';
import { runSemaphore } from './run-semaphore.ts';

const signal = new AbortController().signal;

describe('deadlock demo', () => {
  it('two workers taking two locks in opposite order block each other until a timeout finds the cycle', async () => {
    const result = await runDeadlock({ workers: 2, ordered: false, holdMs: 60, timeoutMs: 250, signal });
    expect(result.outcomes.map((o) => [o.first, o.second])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(result.outcomes.some((o) => o.outcome === 'gave-up')).toBe(true);
    expect(result.detectedBy).toBeDefined();
    expect(result.detectedAtMs).toBeGreaterThanOrEqual(60 + 250 - 5);
    // 1 waits for lock 1 held by 2; 2 waits for lock 0 held by 1.
    const cycle = result.cycle ?? [];
    expect(cycle.map((e) => e.waiter).sort()).toEqual([1, 2]);
    for (const edge of cycle) expect(edge.lock).toBe(locksOf(edge.waiter, 2, false)[1]);
  });

  it('the same workers taking the locks in one global order all finish, with no timeout', async () => {
    const result = await runDeadlock({ workers: 2, ordered: true, holdMs: 40, timeoutMs: 2_000, signal });
    expect(result.completed).toBe(2);
    expect(result.cycle).toBeUndefined();
    expect(result.lanes.flatMap((lane) => lane.spans).some((s) => s.gaveUp)).toBe(false);
  });

  it('three philosophers in a ring form a cycle of three', async () => {
    const result = await runDeadlock({ workers: 3, ordered: false, holdMs: 60, timeoutMs: 300, signal });
    expect(result.cycle?.map((e) => e.waiter).sort()).toEqual([1, 2, 3]);
  });

  it('rejects a worker count outside 2..5 by name', async () => {
    await expect(
      runDeadlock({ workers: 6, ordered: false, holdMs: 1, timeoutMs: 1, signal }),
    ).rejects.toThrow(/workers must be an integer from 2 to 5/);
  });
});

describe('semaphore demo', () => {
  it('six workers share two permits: two inside at once, never more, and the others wait', async () => {
    // Started together and holding 40 ms each, two workers are inside at once unless the semaphore
    // admits only one (a mutex would pass a check of "at most two").
    const result = await runSemaphore({ workers: 6, permits: 2, connections: 3, connectMs: 40, signal });
    expect(result.peak).toBe(2);
    const spans = result.lanes.flatMap((lane) => lane.spans);
    expect(spans.filter((s) => s.kind === 'hold')).toHaveLength(18);
    expect(spans.some((s) => s.kind === 'wait')).toBe(true);
  });
});

describe('barrier demo', () => {
  it('nobody starts a phase before the last worker finished the one before', async () => {
    const result = await runBarrier({ workers: 4, phases: 3, workMs: 20, signal });
    expect(result.violations).toBe(0);
    expect(result.releasesMs).toHaveLength(3);
    for (const lane of result.lanes) expect(lane.spans.filter((s) => s.kind === 'hold')).toHaveLength(3);
  });

  it('the check catches a worker that ran ahead', () => {
    const hold = (phase: number, start: number, end: number) => ({
      kind: 'hold' as const,
      lock: 0,
      phase,
      start,
      end,
    });
    const ok = barrierViolations([
      [hold(0, 0, 10), hold(1, 10, 20)],
      [hold(0, 0, 5), hold(1, 10, 12)],
    ]);
    expect(ok).toEqual({ releasesMs: [10, 20], violations: 0 });
    expect(
      barrierViolations([
        [hold(0, 0, 10), hold(1, 10, 20)],
        [hold(0, 0, 5), hold(1, 6, 12)],
      ]).violations,
    ).toBe(1);
  });
});

describe('cancel', () => {
  it('rejects with an AbortError while the workers are deadlocked', async () => {
    const controller = new AbortController();
    const running = runDeadlock({
      workers: 2,
      ordered: false,
      holdMs: 50,
      timeoutMs: 5_000,
      signal: controller.signal,
    });
    // Past the start line: the workers are holding their first locks or waiting for their second.
    setTimeout(() => controller.abort(), 300);
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });
});
