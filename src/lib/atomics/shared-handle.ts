// Checks shared by the src/lib/atomics primitives: where they live and how long they may wait. Realm-neutral.
import { sharedMemoryMissing, sharedMemorySupport } from './shared-memory.ts';

/** Where a synchronisation primitive lives: its buffer (shared with workers by postMessage) and first Int32 slot. */
export interface SyncHandle {
  readonly buffer: SharedArrayBuffer;
  /** Index of the primitive's first Int32 slot, not a byte offset. */
  readonly index: number;
}

/** A primitive misused, or a thread that cannot wait the way it was asked to. */
export type SyncErrorCode =
  'not-owner' | 'reentrant' | 'cannot-block' | 'no-wait-async' | 'no-shared-memory' | 'over-release';

export class SyncError extends Error {
  override readonly name: string = 'SyncError';
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A fresh buffer of `slots` Int32 slots, or a SyncError that says why there is none. */
export function allocateSlots(what: string, slots: number): SyncHandle {
  if (typeof SharedArrayBuffer === 'undefined') {
    const support = sharedMemorySupport();
    throw new SyncError(
      'no-shared-memory',
      sharedMemoryMissing(what, support.available ? 'no-shared-array-buffer' : support.gap),
    );
  }
  return { buffer: new SharedArrayBuffer(slots * Int32Array.BYTES_PER_ELEMENT), index: 0 };
}

/** The Int32 view of `handle`, after checking it leaves `slots` slots. */
export function slotsOf(handle: SyncHandle, slots: number): Int32Array {
  const { buffer, index } = handle;
  if (typeof SharedArrayBuffer === 'undefined' || !(buffer instanceof SharedArrayBuffer)) {
    throw new TypeError('handle.buffer must be a SharedArrayBuffer');
  }
  const available = buffer.byteLength / Int32Array.BYTES_PER_ELEMENT;
  if (!Number.isInteger(index) || index < 0 || index + slots > available) {
    throw new RangeError(`handle.index must leave ${slots} Int32 slots in the buffer; got ${index}`);
  }
  return new Int32Array(buffer);
}

export function checkTimeout(timeoutMs: number): void {
  if (Number.isNaN(timeoutMs) || timeoutMs < 0) {
    throw new RangeError(`timeoutMs must be a number >= 0 (ms) or Infinity; got ${timeoutMs}`);
  }
}

export function cannotBlock(what: string, asyncVariant: string): SyncError {
  return new SyncError(
    'cannot-block',
    `${what} would block, and this thread may not block (Atomics.wait is not allowed on the page’s main thread); use ${asyncVariant}.`,
  );
}

export function noWaitAsync(what: string): SyncError {
  return new SyncError(
    'no-wait-async',
    `${what} needs Atomics.waitAsync, which this browser lacks, and this thread may not block in Atomics.wait.`,
  );
}
