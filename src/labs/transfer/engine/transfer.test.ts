import { afterEach, describe, expect, test } from 'vitest';
import { EchoChannel } from './echo-channel.ts';
import { measureLatency } from './measure-latency.ts';
import { measureTransfers, sizeSteps, type TransferPoint } from './measure-transfers.ts';
import { checksum, makeBytes, makeRecords, recordsChecksum } from './payloads.ts';
import type { RecordPayload } from './transfer-protocol.ts';

let channel: EchoChannel | undefined;
afterEach(() => channel?.close());
const signal = new AbortController().signal;

describe('every transport delivers identical bytes', () => {
  test('clone, transfer and Comlink echo the same bytes back', async () => {
    channel = EchoChannel.open();
    const bytes = makeBytes(256 * 1024, 7);
    const sum = checksum(bytes);
    const cloned = (await channel.clone(bytes, signal)).data as Uint8Array;
    expect(cloned).not.toBe(bytes);
    expect(checksum(cloned)).toBe(sum);
    const viaComlink = (await channel.comlink(bytes, signal)).data as Uint8Array;
    expect(checksum(viaComlink)).toBe(sum);
    const moved = makeBytes(256 * 1024, 7);
    const back = (await channel.transfer(moved, signal)).data as Uint8Array;
    expect(checksum(back)).toBe(sum);
  });

  test('an object graph survives the clone', async () => {
    channel = EchoChannel.open();
    const records = makeRecords(100_000);
    const back = (await channel.clone(records, signal)).data as RecordPayload[];
    expect(back).toHaveLength(records.length);
    expect(recordsChecksum(back)).toBe(recordsChecksum(records));
  });

  test('after a transfer the sender’s buffer is detached', async () => {
    channel = EchoChannel.open();
    const data = makeBytes(4096);
    const trip = channel.transfer(data, signal);
    expect(data.byteLength).toBe(0);
    expect(data.buffer.byteLength).toBe(0);
    expect(((await trip).data as Uint8Array).byteLength).toBe(4096);
  });

  test('a worker’s write to shared memory is seen by the page without a message carrying the data', async () => {
    channel = EchoChannel.open();
    const shared = new Uint8Array(new SharedArrayBuffer(64 * 1024));
    const reply = await channel.fill(shared, 99, signal);
    expect(reply).toEqual({ type: 'fill', seq: expect.any(Number) as number });
    expect(checksum(shared.slice())).toBe(checksum(makeBytes(shared.length, 99)));
  });
});

test('the sweep reports one point per size and transport, plus the copy reference', async () => {
  const points: TransferPoint[] = [];
  const references: number[] = [];
  await measureTransfers({
    sizes: sizeSteps(1024, 8192),
    transports: ['clone', 'clone-object', 'transfer', 'shared', 'comlink'],
    repeats: 3,
    signal,
    onPoint: (p) => points.push(p),
    onReference: (r) => references.push(r.bytes),
  });
  expect(references).toEqual([1024, 2048, 4096, 8192]);
  expect(points).toHaveLength(20);
  for (const p of points) {
    expect(p.ms).toHaveLength(3);
    // A round trip to a worker takes time (tens of microseconds at least, above the 5 µs clock of an
    // isolated page), and the median is the middle sample.
    for (const ms of p.ms) expect(ms).toBeGreaterThan(0);
    expect(p.medianMs).toBe([...p.ms].sort((a, b) => a - b)[1]);
  }
});

test('cancelling the sweep stops it and keeps the points already reported', async () => {
  const controller = new AbortController();
  const points: TransferPoint[] = [];
  const run = measureTransfers({
    sizes: sizeSteps(1024, 1 << 24),
    transports: ['clone'],
    repeats: 3,
    signal: controller.signal,
    onPoint: (p) => {
      points.push(p);
      if (points.length === 2) controller.abort();
    },
  });
  await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  expect(points).toHaveLength(2);
});

test('ping-pong latency: both modes give a median and a p99 in microseconds', async () => {
  for (const mode of ['message', 'atomics'] as const) {
    const result = await measureLatency(mode, { rounds: 2000, block: 20, signal });
    expect(result.samples).toBe(100);
    expect(result.medianMicros).toBeGreaterThan(0);
    expect(result.p99Micros).toBeGreaterThanOrEqual(result.medianMicros);
  }
});
