// The cost-of-moving-data sweep: for each payload size and transport, round trips between the page and a
// worker, repeated; plus the in-page memory copy at the same size as the physical reference.
// Runs on the page (it owns the echo worker); no React.
import { median } from '../../../lib/math/stats.ts';
import { EchoChannel, type RoundTrip } from './echo-channel.ts';
import { makeBytes, makeRecords } from './payloads.ts';
import type { Transport } from './transfer-protocol.ts';
import { sharedMemoryMissing, sharedMemorySupport } from '../../../lib/atomics/shared-memory.ts';

export interface TransferPoint {
  readonly transport: Transport;
  readonly bytes: number;
  /** Every repeat's round trip, ms. */
  readonly ms: readonly number[];
  readonly medianMs: number;
  /** Payload bytes moved per second of round trip (both directions count: 2 x bytes / time). */
  readonly bytesPerSecond: number;
  /** Medians of the page's own share: serialising in postMessage, deserialising on first read. */
  readonly pageSendMs: number;
  readonly pageReadMs: number;
  /** Median ms the worker spent deserialising (clone transports). */
  readonly workerReadMs: number;
}

export interface CopyReferencePoint {
  readonly bytes: number;
  readonly medianMs: number;
  readonly bytesPerSecond: number;
}

export interface TransferSweepOptions {
  readonly sizes: readonly number[];
  readonly transports: readonly Transport[];
  readonly repeats: number;
  readonly signal: AbortSignal;
  readonly onPoint?: (point: TransferPoint) => void;
  readonly onReference?: (point: CopyReferencePoint) => void;
  readonly onProgress?: (transport: Transport, bytes: number) => void;
  /**
   * Awaited before each size and transport, outside the timed region: a page that redraws after each point
   * (charts, tables) lets that work finish here instead of inside the next round trip.
   */
  readonly settle?: () => Promise<void>;
}

/** Sizes from `from` to `to` bytes, doubling (log steps). */
export function sizeSteps(from: number, to: number): number[] {
  const sizes: number[] = [];
  for (let size = from; size <= to; size *= 2) sizes.push(size);
  return sizes;
}

/** In-page `TypedArray.prototype.set` of `bytes`: how fast this machine copies memory at all. */
export function measureCopy(bytes: number, repeats: number): CopyReferencePoint {
  const source = makeBytes(bytes);
  const target = new Uint8Array(bytes);
  const ms: number[] = [];
  // Enough copies per sample that small sizes rise above the timer's resolution (5 µs when isolated).
  const inner = Math.max(1, Math.floor((1 << 22) / bytes));
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    for (let i = 0; i < inner; i++) target.set(source);
    ms.push((performance.now() - start) / inner);
  }
  const medianMs = median(ms);
  return { bytes, medianMs, bytesPerSecond: bytes / (Math.max(medianMs, 1e-6) / 1000) };
}

function summarise(transport: Transport, bytes: number, trips: readonly RoundTrip[]): TransferPoint {
  const ms = trips.map((t) => t.roundTripMs);
  const medianMs = median(ms);
  return {
    transport,
    bytes,
    ms,
    medianMs,
    bytesPerSecond: (2 * bytes) / (Math.max(medianMs, 1e-6) / 1000),
    pageSendMs: median(trips.map((t) => t.pageSendMs)),
    pageReadMs: median(trips.map((t) => t.pageReadMs)),
    workerReadMs: median(trips.map((t) => t.workerReadMs)),
  };
}

/** Allocates `bytes` or throws an error that names the size the browser refused. */
function allocate<T>(bytes: number, make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof RangeError) {
      throw new RangeError(
        `this browser could not allocate ${bytes.toLocaleString('en-US')} bytes (${error.message})`,
        { cause: error },
      );
    }
    throw error;
  }
}

/**
 * Runs the sweep. Points are reported as they finish, so a cancel or a failed allocation keeps the rows
 * already measured; the worker is terminated in every case.
 */
export async function measureTransfers(options: TransferSweepOptions): Promise<void> {
  const { sizes, transports, repeats, signal } = options;
  const support = sharedMemorySupport();
  if (transports.includes('shared') && !support.available) {
    throw new Error(sharedMemoryMissing("Transport 'shared'", support.gap));
  }
  const channel = EchoChannel.open();
  try {
    // One untimed round trip: worker start-up is not part of any measurement.
    await channel.clone(new Uint8Array(8), signal);
    for (const bytes of sizes) {
      options.onReference?.(measureCopy(bytes, repeats));
      for (const transport of transports) {
        signal.throwIfAborted();
        options.onProgress?.(transport, bytes);
        await options.settle?.();
        signal.throwIfAborted();
        const trips: RoundTrip[] = [];
        if (transport === 'clone-object') {
          const records = allocate(bytes, () => makeRecords(bytes));
          for (let r = 0; r < repeats; r++) trips.push(await channel.clone(records, signal));
        } else if (transport === 'shared') {
          const shared = allocate(bytes, () => new Int32Array(new SharedArrayBuffer(Math.max(bytes, 4))));
          for (let r = 0; r < repeats; r++) trips.push(await channel.signal(shared, signal));
        } else {
          let data = allocate(bytes, () => makeBytes(bytes));
          for (let r = 0; r < repeats; r++) {
            const trip =
              transport === 'clone'
                ? await channel.clone(data, signal)
                : transport === 'transfer'
                  ? await channel.transfer(data, signal)
                  : await channel.comlink(data, signal);
            // A transferred buffer comes back in the reply: the next repeat sends that one.
            if (transport === 'transfer') data = trip.data as Uint8Array;
            trips.push(trip);
          }
        }
        options.onPoint?.(summarise(transport, bytes, trips));
      }
    }
  } finally {
    channel.close();
  }
}
