// Payloads of a given byte size for each transport, and a checksum to prove the bytes arrived intact.
// Realm-neutral.
import type { RecordPayload } from './transfer-protocol.ts';

/** Bytes filled with a pattern that depends on the position, so a reordering or a zeroed page shows. */
export function makeBytes(bytes: number, seed = 1): Uint8Array {
  const data = new Uint8Array(bytes);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < bytes; i++) {
    // xorshift32: cheap, deterministic, not constant
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    data[i] = x & 0xff;
  }
  return data;
}

/** FNV-1a over the bytes: equal data gives an equal checksum. */
export function checksum(data: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) {
    hash ^= data[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Bytes each record stands for: a 16-character name (2 bytes a char) + 8 doubles + the id. */
export const RECORD_BYTES = 16 * 2 + 8 * 8 + 8;

/**
 * An object graph of about `bytes` bytes: what a program that sends "objects" rather than a typed array
 * pays for. Structured clone walks every object, string and array of it.
 */
export function makeRecords(bytes: number): RecordPayload[] {
  const count = Math.max(1, Math.round(bytes / RECORD_BYTES));
  const records: RecordPayload[] = new Array<RecordPayload>(count);
  for (let i = 0; i < count; i++) {
    records[i] = {
      id: i,
      name: `record-${String(i).padStart(9, '0')}`,
      values: [i, i + 0.5, i * 2, i / 3, -i, 1e-3 * i, i % 7, i % 13],
    };
  }
  return records;
}

/** A checksum of a record graph: ids and values in order. */
export function recordsChecksum(records: readonly RecordPayload[]): number {
  let hash = 0x811c9dc5;
  for (const record of records) {
    hash = Math.imul(hash ^ record.id, 0x01000193);
    for (const v of record.values) hash = Math.imul(hash ^ Math.round(v * 1000), 0x01000193);
    hash = Math.imul(hash ^ record.name.length, 0x01000193);
  }
  return hash >>> 0;
}
