// sumApi as the page sees it: exposed with Comlink on one end of a MessageChannel and wrapped on the other,
// so every argument and reply crosses structured clone exactly as it does to a real sum worker.
import { afterEach, expect, test } from 'vitest';
import { sumRange } from './kernels/sum-range.ts';
import { chunkAt } from './kernels/split-range.ts';
import { SharedRun } from './shared-run.ts';
import { createGil } from './simulated-gil.ts';
import { sumApi } from './sum-api.ts';
import { closeChannels, exposeOverChannel } from '../../test-support/comlink-channel.ts';

const connect = () => exposeOverChannel(sumApi);

afterEach(closeChannels);

test('ready() answers true once the loop has run', async () => {
  expect(await connect().ready()).toBe(true);
});

test('sumChunk returns the exact partial as a BigInt, with wall-clock times in order', async () => {
  const api = connect();
  const before = performance.timeOrigin + performance.now();
  const report = await api.sumChunk({ low: 2 ** 40, high: 2 ** 40 + 3_000_000, workerId: 1 });
  const after = performance.timeOrigin + performance.now();
  expect(typeof report.partial).toBe('bigint');
  expect(report.partial).toBe(sumRange(2 ** 40, 2 ** 40 + 3_000_000));
  expect(report.startEpochMs).toBeGreaterThanOrEqual(before - 1);
  expect(report.endEpochMs).toBeGreaterThanOrEqual(report.startEpochMs);
  expect(report.endEpochMs).toBeLessThanOrEqual(after + 1);
  expect(report.gilHolds).toBeUndefined();
});

test('sumChunk under a GIL handle reports its holds and wait', async () => {
  const report = await connect().sumChunk({ low: 0, high: 1_000_000, workerId: 1, gil: createGil(5) });
  expect(report.partial).toBe(sumRange(0, 1_000_000));
  expect(report.gilHolds?.length).toBeGreaterThanOrEqual(2);
  expect(report.gilHolds!.length % 2).toBe(0);
  // Alone, it finds the GIL free every time it asks again: its wait is a small share of its run.
  const runMs = report.endEpochMs - report.startEpochMs;
  expect(report.gilWaitMs).toBeGreaterThanOrEqual(0);
  expect(report.gilWaitMs).toBeLessThan(Math.max(1, runMs * 0.25));
});

test('drainSharedQueue: two callers drain one shared queue; every chunk is summed once, partials in memory', async () => {
  const [low, high, chunkCount, workers] = [-5_000_000, 7_000_001, 12, 2];
  const run = SharedRun.create(chunkCount, workers);
  const replies = await Promise.all(
    [0, 1].map((firstIndex) =>
      connect().drainSharedQueue({
        buffer: run.buffer,
        low,
        high,
        chunkCount,
        firstIndex,
        workerId: firstIndex + 1,
      }),
    ),
  );
  const summed = replies.flatMap((reply) => reply.summed).sort((a, b) => a - b);
  expect(summed).toEqual(Array.from({ length: chunkCount }, (_, i) => i));
  expect(replies[0]!.summed[0]).toBe(0);
  expect(replies[1]!.summed[0]).toBe(1);
  let total = 0n;
  for (let index = 0; index < chunkCount; index++) {
    const chunk = run.read(index);
    const bounds = chunkAt(low, high, chunkCount, index);
    expect(chunk.partial).toBe(sumRange(bounds.low, bounds.high));
    expect(replies[chunk.workerId - 1]!.summed).toContain(index);
    total += chunk.partial;
  }
  expect(total).toBe(sumRange(low, high));
  expect(replies.every((reply) => reply.gilHolds.length === 0)).toBe(true);
});

test('a bad job is a rejection on the page, not a silent wrong answer', async () => {
  const run = SharedRun.create(4, 1);
  await expect(
    connect().drainSharedQueue({
      buffer: run.buffer,
      low: 0,
      high: 100,
      chunkCount: 5,
      firstIndex: 0,
      workerId: 1,
    }),
  ).rejects.toThrow(/buffer does not match chunkCount/);
});
