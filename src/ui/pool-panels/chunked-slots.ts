// Values by item index in fixed chunks of plain arrays. A Map of a million entries rebuilds its whole table
// each time it doubles (tens of ms for one insertion past 65,536, more past 524,288: a long task at a
// random moment of a run); chunks never move what they hold, and hold nothing for items never set. Pure.

/** Slots per chunk: small enough for V8 to keep each chunk a fast array. */
const CHUNK = 4096;

export class ChunkedSlots<T> {
  readonly #chunks: (T[] | undefined)[] = [];

  set(i: number, value: T): void {
    const c = Math.floor(i / CHUNK);
    let chunk = this.#chunks[c];
    if (!chunk) {
      chunk = new Array<T>(CHUNK);
      // Grows the outer list without holes when chunks are made out of order.
      while (this.#chunks.length < c) this.#chunks.push(undefined);
      this.#chunks[c] = chunk;
    }
    chunk[i % CHUNK] = value;
  }

  /** The value set at `i`, or undefined. */
  get(i: number): T | undefined {
    return this.#chunks[Math.floor(i / CHUNK)]?.[i % CHUNK];
  }
}
