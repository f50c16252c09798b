// The shared memory of one 'shared' transport run: the chunk queue, each chunk's exact partial and timing,
// and a completion log the page waits on. Realm-neutral: workers claim and publish, the page waits and reads.
import type { ChunkReport } from './compute-chunk.ts';
import { readWide, WIDE_LIMBS, writeWide } from './wide-int.ts';

// Layout, in order (every section starts on an 8-byte boundary):
//   Int32   header: NEXT (next chunk index to claim), TAIL (completions so far)
//   Int32   log[n]: chunk index + 1 in completion order; 0 = not yet (the page sleeps on these slots)
//   Int32   workerId[n], handoffs[n]
//   BigInt64 partial[n × WIDE_LIMBS]
//   Float64 times[n × 3]: start, end (wall-clock ms), GIL wait ms
const NEXT = 0;
const TAIL = 1;
const HEADER_SLOTS = 2;
const TIMES_PER_CHUNK = 3;

function align8(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

function layout(chunkCount: number) {
  const log = HEADER_SLOTS;
  const workerIds = log + chunkCount;
  const handoffs = workerIds + chunkCount;
  const int32Bytes = align8((handoffs + chunkCount) * 4);
  const limbBytes = chunkCount * WIDE_LIMBS * 8;
  const timeBytes = chunkCount * TIMES_PER_CHUNK * 8;
  return {
    log,
    workerIds,
    handoffs,
    int32Bytes,
    limbBytes,
    timeBytes,
    total: int32Bytes + limbBytes + timeBytes,
  };
}

/** One chunk's result as the page reads it back. */
export interface SharedChunk extends ChunkReport {
  readonly workerId: number;
}

export class SharedRun {
  readonly buffer: SharedArrayBuffer;
  readonly chunkCount: number;
  readonly #cells: Int32Array;
  readonly #limbs: BigInt64Array;
  readonly #times: Float64Array;
  readonly #at: ReturnType<typeof layout>;

  /**
   * The page's side: fresh memory for `chunkCount` chunks. Chunks below `preassigned` are not in the
   * queue: worker i starts with chunk i, so a run with one chunk per worker gives exactly one to each.
   */
  static create(chunkCount: number, preassigned: number): SharedRun {
    const run = new SharedRun(new SharedArrayBuffer(layout(chunkCount).total), chunkCount);
    Atomics.store(run.#cells, NEXT, preassigned);
    return run;
  }

  /** A worker's side of the memory the page created. */
  static attach(buffer: SharedArrayBuffer, chunkCount: number): SharedRun {
    return new SharedRun(buffer, chunkCount);
  }

  private constructor(buffer: SharedArrayBuffer, chunkCount: number) {
    const at = layout(chunkCount);
    if (buffer.byteLength !== at.total) throw new RangeError('buffer does not match chunkCount');
    this.buffer = buffer;
    this.chunkCount = chunkCount;
    this.#at = at;
    this.#cells = new Int32Array(buffer, 0, at.int32Bytes / 4);
    this.#limbs = new BigInt64Array(buffer, at.int32Bytes, chunkCount * WIDE_LIMBS);
    this.#times = new Float64Array(buffer, at.int32Bytes + at.limbBytes, chunkCount * TIMES_PER_CHUNK);
  }

  /** Takes the next chunk index from the queue; an index >= chunkCount means the queue is empty. */
  claim(): number {
    return Atomics.add(this.#cells, NEXT, 1);
  }

  /** Writes a chunk's result, then appends it to the completion log and wakes the page. */
  publish(index: number, workerId: number, report: ChunkReport): void {
    writeWide(this.#limbs, index * WIDE_LIMBS, report.partial);
    this.#times[index * TIMES_PER_CHUNK] = report.startEpochMs;
    this.#times[index * TIMES_PER_CHUNK + 1] = report.endEpochMs;
    this.#times[index * TIMES_PER_CHUNK + 2] = report.gilWaitMs ?? 0;
    Atomics.store(this.#cells, this.#at.workerIds + index, workerId);
    Atomics.store(this.#cells, this.#at.handoffs + index, report.handoffs ?? 0);
    // The atomic store to the log publishes every write above to whoever atomically reads that slot.
    const position = Atomics.add(this.#cells, TAIL, 1);
    Atomics.store(this.#cells, this.#at.log + position, index + 1);
    Atomics.notify(this.#cells, this.#at.log + position);
  }

  /** Index of the chunk that completed `position`-th, or undefined while it has not. */
  completedAt(position: number): number | undefined {
    const entry = Atomics.load(this.#cells, this.#at.log + position);
    return entry === 0 ? undefined : entry - 1;
  }

  /**
   * Resolves when the `position`-th completion is logged or `timeoutMs` has passed, without blocking the
   * thread (Atomics.waitAsync: this is how the page's main thread waits).
   */
  async waitForCompletion(position: number, timeoutMs: number): Promise<void> {
    const waiting = Atomics.waitAsync(this.#cells, this.#at.log + position, 0, timeoutMs);
    if (waiting.async) await waiting.value;
  }

  /** Wakes a page waiting on `position` (on cancel). */
  wake(position: number): void {
    Atomics.notify(this.#cells, this.#at.log + position);
  }

  /** A published chunk's result. Call only after `completedAt` returned its index. */
  read(index: number): SharedChunk {
    const handoffs = Atomics.load(this.#cells, this.#at.handoffs + index);
    return {
      partial: readWide(this.#limbs, index * WIDE_LIMBS),
      workerId: Atomics.load(this.#cells, this.#at.workerIds + index),
      startEpochMs: this.#times[index * TIMES_PER_CHUNK] ?? 0,
      endEpochMs: this.#times[index * TIMES_PER_CHUNK + 1] ?? 0,
      handoffs,
      gilWaitMs: this.#times[index * TIMES_PER_CHUNK + 2] ?? 0,
    };
  }
}
