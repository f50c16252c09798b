// What a worker does with one chunk: sum it, with or without the simulated GIL, and time it. Realm-neutral
// (the GIL path blocks, so it runs in workers only).
import { sumRange } from './kernels/sum-range.ts';
import type { SimulatedGil } from './simulated-gil.ts';

/** Values summed between two looks at the clock under the GIL: about 0.1 ms of work. */
const GIL_SLICE = 2 ** 16;

export interface ChunkReport {
  readonly partial: bigint;
  /**
   * Wall-clock ms (performance.timeOrigin + performance.now()): each worker's performance.now() counts
   * from its own start, so only these compare across threads. The page subtracts its own timeOrigin.
   */
  readonly startEpochMs: number;
  readonly endEpochMs: number;
  /** GIL only: times this chunk's worker took the GIL from another worker during the chunk. */
  readonly handoffs?: number;
  /** GIL only: ms this chunk's worker waited for the GIL. */
  readonly gilWaitMs?: number;
  /** GIL only: when this chunk's worker held the GIL, flat: start, end, start, end... wall-clock ms. */
  readonly gilHolds?: readonly number[];
}

export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Sums [low, high). With a GIL: holds it while computing, in slices, giving it up every switch interval. */
export function computeChunk(low: number, high: number, gil?: SimulatedGil): ChunkReport {
  const startEpochMs = epochNow();
  if (!gil) return { partial: sumRange(low, high), startEpochMs, endEpochMs: epochNow() };
  const before = gil.stats;
  let partial = 0n;
  gil.acquire();
  for (let sliceLow = low; sliceLow < high; sliceLow += GIL_SLICE) {
    if (sliceLow > low) gil.checkInterval();
    partial += sumRange(sliceLow, Math.min(sliceLow + GIL_SLICE, high));
  }
  gil.release();
  const after = gil.stats;
  return {
    partial,
    startEpochMs,
    endEpochMs: epochNow(),
    handoffs: after.handoffsIn - before.handoffsIn,
    gilWaitMs: after.waitMs - before.waitMs,
    gilHolds: gil.takeHolds(),
  };
}
