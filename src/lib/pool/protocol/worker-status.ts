// A worker's progress in shared memory (when the page is cross-origin isolated): which item it started
// last, when, and which it finished last. The page reads it without any message, to time out a hung item
// and to know, when a worker dies, which item was running. Realm-neutral.

/** Int32 [startedSeq, finishedSeq, skipGeneration, unused], then Float64 startedAt (ms, worker clock). */
const BYTES = 24;

export interface StatusSnapshot {
  /** -1 before the first item. */
  readonly startedSeq: number;
  readonly finishedSeq: number;
  readonly startedAt: number;
}

export class WorkerStatus {
  readonly buffer: SharedArrayBuffer;
  readonly #seqs: Int32Array;
  readonly #time: Float64Array;

  private constructor(buffer: SharedArrayBuffer) {
    this.buffer = buffer;
    this.#seqs = new Int32Array(buffer, 0, 4);
    this.#time = new Float64Array(buffer, 16, 1);
  }

  /** Page: a fresh status, before any item. */
  static create(): WorkerStatus {
    const status = new WorkerStatus(new SharedArrayBuffer(BYTES));
    status.#seqs.fill(-1, 0, 2);
    return status;
  }

  /** Worker: the status the page created. */
  static attach(buffer: SharedArrayBuffer): WorkerStatus {
    return new WorkerStatus(buffer);
  }

  /** Worker: the time first, then the sequence number, so a reader never pairs a new number with an old time. */
  started(seq: number, at: number): void {
    this.#time[0] = at;
    Atomics.store(this.#seqs, 0, seq);
  }

  finished(seq: number): void {
    Atomics.store(this.#seqs, 1, seq);
  }

  /**
   * Page: the SkipMessage carrying `generation` was just posted. Raised after the post, so a worker that
   * sees the new value knows the message is already on its way.
   */
  publishSkips(generation: number): void {
    Atomics.store(this.#seqs, 2, generation);
  }

  /** Worker: the skip generation the page has reached (compare with the last SkipMessage read). */
  skipGeneration(): number {
    return Atomics.load(this.#seqs, 2);
  }

  read(): StatusSnapshot {
    const startedSeq = Atomics.load(this.#seqs, 0);
    return { startedSeq, finishedSeq: Atomics.load(this.#seqs, 1), startedAt: this.#time[0]! };
  }
}
