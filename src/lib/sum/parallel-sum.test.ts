import { afterEach, describe, expect, test, vi } from 'vitest';
import { sumRange, sumRangeClosedForm } from './kernels/sum-range.ts';
import { parallelSum, type ChunkTiming, type SumTransport } from './parallel-sum.ts';
import { SharedRun } from './shared-run.ts';
import { countWorkers } from '../../test-support/count-workers.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

function expectCovers(chunks: readonly ChunkTiming[], low: number, high: number) {
  expect(chunks[0]?.low).toBe(low);
  expect(chunks.at(-1)?.high).toBe(high);
  chunks.forEach((chunk, i) => {
    expect(chunk.index).toBe(i);
    if (i > 0) expect(chunk.low).toBe(chunks[i - 1]?.high);
    expect(chunk.endMs).toBeGreaterThanOrEqual(chunk.startMs);
  });
}

describe.each(['message', 'shared'] as const)('parallelSum over %s', (transport: SumTransport) => {
  test.each([
    [1, 1],
    [2, 3],
    [3, 5],
    [4, 7],
  ])(
    '%i workers, %i chunks each, equals sumRange and terminates its workers',
    async (workers, chunksPerWorker) => {
      const counts = countWorkers();
      const low = -1_234_567;
      const high = 7_654_321;
      const seen: number[] = [];
      const result = await parallelSum(low, high, {
        workers,
        chunksPerWorker,
        transport,
        onChunk: (chunk) => seen.push(chunk.index),
      });
      expect(result.total).toBe(sumRange(low, high));
      expect(result.chunks).toHaveLength(workers * chunksPerWorker);
      expectCovers(result.chunks, low, high);
      expect(seen.sort((a, b) => a - b)).toEqual(result.chunks.map((c) => c.index));
      expect(new Set(result.chunks.map((c) => c.workerId)).size).toBeLessThanOrEqual(workers);
      expect(result.handoffs).toBeUndefined();
      expect(counts).toEqual({ started: workers, live: 0 });
    },
  );

  test('stays exact where partials pass 64 bits, and with more chunks than values', async () => {
    const low = Number.MAX_SAFE_INTEGER - 3_000_000;
    const high = Number.MAX_SAFE_INTEGER;
    expect((await parallelSum(low, high, { workers: 2, chunksPerWorker: 3, transport })).total).toBe(
      sumRange(low, high),
    );
    const tiny = await parallelSum(10, 13, { workers: 2, chunksPerWorker: 4, transport });
    expect(tiny.total).toBe(33n);
    expect(tiny.chunks.filter((c) => c.high > c.low)).toHaveLength(3);
  });

  test('one chunk per worker (the article’s split) gives each worker exactly one chunk', async () => {
    const result = await parallelSum(0, 1_000_000, { workers: 3, chunksPerWorker: 1, transport });
    expect(result.total).toBe(499_999_500_000n);
    expect(result.chunks.map((c) => c.workerId).sort()).toEqual([1, 2, 3]);
  });

  test('the simulated GIL gives the right total and changes hands between 2 workers', async () => {
    const result = await parallelSum(0, 60_000_000, {
      workers: 2,
      chunksPerWorker: 2,
      transport,
      gil: { switchIntervalMs: 5 },
    });
    expect(result.total).toBe(sumRange(0, 60_000_000));
    expect(result.handoffs).toBeGreaterThan(0);
    // Every hand-off happened inside some chunk, and was counted there once.
    expect(result.chunks.reduce((sum, c) => sum + (c.handoffs ?? 0), 0)).toBe(result.handoffs);
    // One holder at a time: hold intervals across both workers never overlap (0.1 ms of clock coarsening).
    const holds = result.chunks.flatMap((c) => c.gilHolds ?? []).sort((a, b) => a.startMs - b.startMs);
    expect(new Set(result.chunks.map((c) => c.workerId)).size).toBe(2);
    expect(holds.length).toBeGreaterThan(result.handoffs ?? 0);
    holds.forEach((hold, i) => {
      expect(hold.endMs).toBeGreaterThanOrEqual(hold.startMs);
      if (i > 0) expect(hold.startMs).toBeGreaterThanOrEqual(holds[i - 1]!.endMs - 0.1);
    });
    expect(result.chunks.some((c) => (c.gilWaitMs ?? 0) > 0)).toBe(true);
  });

  test('with a switch interval longer than the run, both workers take turns with the GIL at chunk ends', async () => {
    // A switch interval longer than the run: the GIL changes hands only where chunks end, and does so when the
    // other worker is waiting at that moment (simulated-gil.test.ts holds the hand-off itself exactly). On
    // a loaded machine the other worker is not always waiting yet, so the bounds here are loose: both
    // workers sum a fair share of the chunks, taking turns with the GIL.
    const chunks = 32;
    const result = await parallelSum(0, 128_000_000, {
      workers: 2,
      chunksPerWorker: chunks / 2,
      transport,
      gil: { switchIntervalMs: 10_000 },
    });
    expect(result.total).toBe(sumRange(0, 128_000_000));
    expect(result.handoffs).toBeGreaterThanOrEqual(chunks / 8);
    const perWorker = [1, 2].map((id) => result.chunks.filter((c) => c.workerId === id).length);
    expect(Math.min(...perWorker)).toBeGreaterThanOrEqual(chunks / 8);
  });

  test('abort settles promptly with an AbortError and leaves no live worker', async () => {
    const counts = countWorkers();
    const controller = new AbortController();
    const run = parallelSum(0, 4e12, {
      workers: 3,
      chunksPerWorker: 2,
      transport,
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(counts.live).toBe(3);
    const abortedAt = performance.now();
    controller.abort();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    // Generous, as the machine is shared: settling takes microtasks, while finishing the range would take hours.
    expect(performance.now() - abortedAt).toBeLessThan(2_000);
    expect(counts).toEqual({ started: 3, live: 0 });
  });
});

test('over shared memory the page reads completions in bursts, not waking once per chunk', async () => {
  const waits = vi.spyOn(SharedRun.prototype, 'waitForCompletion');
  try {
    let seen = 0;
    const startedAt = performance.now();
    const result = await parallelSum(0, 300_000_000, {
      workers: 2,
      chunksPerWorker: 64,
      transport: 'shared',
      onChunk: () => seen++,
    });
    const elapsedMs = performance.now() - startedAt;
    expect(result.total).toBe(sumRangeClosedForm(0, 300_000_000));
    expect(seen).toBe(128);
    // Each wait ends after the progress interval (40 ms), at the last completion or on cancel; waking for
    // every chunk took about one wait per chunk.
    expect(waits.mock.calls.length).toBeLessThanOrEqual(Math.ceil(elapsedMs / 30) + 3);
    expect(waits.mock.calls.length).toBeLessThan(64);
  } finally {
    waits.mockRestore();
  }
});

describe('parallelSum, before any worker starts', () => {
  test('rejects bad options, naming them', async () => {
    const counts = countWorkers();
    await expect(parallelSum(0, 10, { workers: 0 })).rejects.toThrow(
      /workers must be an integer from 1 to 64/,
    );
    await expect(parallelSum(0, 10, { workers: 2, chunksPerWorker: 1.5 })).rejects.toThrow(/chunksPerWorker/);
    await expect(parallelSum(5, 1, { workers: 2 })).rejects.toThrow(/low must not be above high/);
    await expect(parallelSum(0, 2 ** 53, { workers: 2 })).rejects.toThrow(/high must be an integer/);
    await expect(parallelSum(0, 10, { gil: { switchIntervalMs: 0 } })).rejects.toThrow(
      /gil.switchIntervalMs/,
    );
    await expect(parallelSum(0, 10, { transport: 'pipe' as unknown as SumTransport })).rejects.toThrow(
      /transport must be/,
    );
    const aborted = AbortSignal.abort();
    await expect(parallelSum(0, 10, { signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
    expect(counts.started).toBe(0);
  });

  test('refuses shared memory and the GIL on a page that is not cross-origin isolated, saying why', async () => {
    const counts = countWorkers();
    vi.stubGlobal('crossOriginIsolated', false);
    await expect(parallelSum(0, 10, { transport: 'shared' })).rejects.toThrow(/not cross-origin isolated/);
    await expect(parallelSum(0, 10, { gil: { switchIntervalMs: 5 } })).rejects.toThrow(/simulated GIL needs/);
    expect(counts.started).toBe(0);
    expect((await parallelSum(0, 10, { workers: 1 })).total).toBe(45n);
  });

  test('refuses them too on an isolated page of a browser without SharedArrayBuffer (WebKitGTK as shipped)', async () => {
    const counts = countWorkers();
    vi.stubGlobal('SharedArrayBuffer', undefined);
    await expect(parallelSum(0, 10, { transport: 'shared' })).rejects.toThrow(
      /needs SharedArrayBuffer, which this browser does not provide even though the page is cross-origin isolated/,
    );
    expect(counts.started).toBe(0);
    // Message passing needs neither.
    expect((await parallelSum(0, 10, { workers: 2 })).total).toBe(45n);
  });
});
