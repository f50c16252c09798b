// `npm run bench -- --workload transfer [--repeats R] [--size MAX_BYTES] [--from MIN_BYTES]`: round trips
// page <-> worker by clone, object clone, transfer, shared memory and Comlink over doubling sizes, the
// in-page memory copy at the same sizes, and ping-pong signal latency between two workers.
import type { BenchReport, BenchWorkload } from '../bench-types.ts';
import { measureLatency } from '../../../src/labs/transfer/engine/measure-latency.ts';
import {
  measureTransfers,
  sizeSteps,
  type CopyReferencePoint,
  type TransferPoint,
} from '../../../src/labs/transfer/engine/measure-transfers.ts';
import { TRANSPORTS } from '../../../src/labs/transfer/engine/transfer-protocol.ts';

const MB = 1 << 20;

function label(bytes: number): string {
  return bytes >= MB ? `${bytes / MB} MB` : `${bytes / 1024} KB`;
}

export const workload: BenchWorkload = {
  name: 'transfer',
  description:
    'bytes/s of clone, object clone, transfer, SharedArrayBuffer and Comlink from 1 KB to 64 MB; ping-pong latency',
  async run(options, { signal, progress }): Promise<BenchReport> {
    const from = Number(options.extra['from'] ?? 1024);
    const to = options.size ?? 64 * MB;
    const repeats = options.repeats ?? 5;
    if (!Number.isInteger(from) || from < 1 || from > to)
      throw new RangeError(`--from: expected an integer from 1 to ${to}`);
    const transports = TRANSPORTS.filter((t) => crossOriginIsolated || t !== 'shared');
    const points: TransferPoint[] = [];
    const reference: CopyReferencePoint[] = [];
    await measureTransfers({
      sizes: sizeSteps(from, to),
      transports,
      repeats,
      signal,
      onPoint: (p) => points.push(p),
      onReference: (r) => reference.push(r),
      onProgress: (transport, bytes) => progress(`${transport} at ${label(bytes)}`),
    });
    progress('ping-pong latency');
    const latency = [];
    for (const mode of crossOriginIsolated ? (['message', 'atomics'] as const) : (['message'] as const)) {
      latency.push(await measureLatency(mode, { signal }));
    }
    const sizes = [...new Set(points.map((p) => p.bytes))];
    const cell = (bytes: number, transport: string) => {
      const p = points.find((q) => q.bytes === bytes && q.transport === transport);
      return p ? `${p.medianMs.toFixed(3)} (${(p.bytesPerSecond / 1e9).toFixed(2)})` : '';
    };
    const largest = sizes.at(-1) ?? to;
    const at = (transport: string) =>
      points.find((p) => p.bytes === largest && p.transport === transport)?.medianMs;
    const clone = at('clone');
    const shared = at('shared');
    const transfer = at('transfer');
    return {
      workload: { name: 'transfer', params: { from, to, repeats, transports } },
      points: points.map((p) => ({ ...p })),
      peers: {},
      summary: {
        [`clone / shared at ${label(largest)}`]: clone && shared ? +(clone / shared).toFixed(1) : 'n/a',
        [`clone / transfer at ${label(largest)}`]: clone && transfer ? +(clone / transfer).toFixed(1) : 'n/a',
        ...Object.fromEntries(
          latency.flatMap((l) => [
            [`${l.mode} round trip median µs`, +l.medianMicros.toFixed(2)],
            [`${l.mode} round trip p99 µs`, +l.p99Micros.toFixed(2)],
          ]),
        ),
      },
      reference: reference.map((r) => ({ ...r })),
      latency: latency.map((l) => ({ ...l })),
      table: {
        columns: ['size', ...transports.map((t) => `${t} ms (GB/s)`), 'memcpy ms (GB/s)'],
        rows: sizes.map((bytes) => {
          const r = reference.find((q) => q.bytes === bytes);
          return [
            label(bytes),
            ...transports.map((t) => cell(bytes, t)),
            r ? `${r.medianMs.toFixed(4)} (${(r.bytesPerSecond / 1e9).toFixed(1)})` : '',
          ];
        }),
      },
    };
  },
};
