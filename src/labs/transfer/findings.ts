// The three questions the lab answers, computed from what was measured (never typed in). Pure.
import type { CopyReferencePoint, TransferPoint } from './engine/measure-transfers.ts';

export interface Findings {
  /** At the largest size measured for both: clone median / shared median. */
  readonly cloneOverShared?: { readonly bytes: number; readonly ratio: number };
  /** Smallest size from which on transfer is faster than clone at every larger size; null if never. */
  readonly transferWinsFrom?: number | null;
  /** Best in-page copy speed, bytes/s. */
  readonly copyBytesPerSecond?: number;
}

export function findings(
  points: readonly TransferPoint[],
  references: readonly CopyReferencePoint[],
): Findings {
  const at = (transport: string) =>
    new Map(points.filter((p) => p.transport === transport).map((p) => [p.bytes, p]));
  const clone = at('clone');
  const shared = at('shared');
  const transfer = at('transfer');
  const result: {
    cloneOverShared?: { bytes: number; ratio: number };
    transferWinsFrom?: number | null;
    copyBytesPerSecond?: number;
  } = {};
  const both = [...clone.keys()].filter((bytes) => shared.has(bytes)).sort((a, b) => a - b);
  const largest = both.at(-1);
  if (largest !== undefined) {
    result.cloneOverShared = {
      bytes: largest,
      ratio: clone.get(largest)!.medianMs / Math.max(shared.get(largest)!.medianMs, 1e-6),
    };
  }
  const compared = [...clone.keys()].filter((bytes) => transfer.has(bytes)).sort((a, b) => a - b);
  if (compared.length > 0) {
    let from: number | null = null;
    for (const bytes of compared) {
      const wins = transfer.get(bytes)!.medianMs < clone.get(bytes)!.medianMs;
      if (wins && from === null) from = bytes;
      if (!wins) from = null;
    }
    result.transferWinsFrom = from;
  }
  if (references.length > 0) result.copyBytesPerSecond = Math.max(...references.map((r) => r.bytesPerSecond));
  return result;
}
