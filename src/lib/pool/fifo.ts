// A first-in first-out queue with O(1) push, shift and unshift: the pool's pending items and each worker's
// in-flight items live in these, up to maxInFlight (10,000 by default) at a time.

/** A power of two, as every capacity after it: positions wrap with a mask, not a division. */
const MIN_CAPACITY = 16;

export class Fifo<T> {
  #items: (T | undefined)[] = new Array<T | undefined>(MIN_CAPACITY);
  #head = 0;
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(item: T): void {
    if (this.#length === this.#items.length) this.#grow();
    this.#items[(this.#head + this.#length) & (this.#items.length - 1)] = item;
    this.#length++;
  }

  /** Appends every item of `items`, in order: one capacity check for all (a batch of thousands at a time). */
  pushAll(items: readonly T[]): void {
    const n = items.length;
    while (this.#length + n > this.#items.length) this.#grow();
    const slots = this.#items;
    const mask = slots.length - 1;
    let at = this.#head + this.#length;
    for (let k = 0; k < n; k++) slots[at++ & mask] = items[k];
    this.#length += n;
  }

  /** Puts an item back at the front, ahead of everything queued. */
  unshift(item: T): void {
    if (this.#length === this.#items.length) this.#grow();
    this.#head = (this.#head - 1) & (this.#items.length - 1);
    this.#items[this.#head] = item;
    this.#length++;
  }

  shift(): T | undefined {
    if (this.#length === 0) return undefined;
    const item = this.#items[this.#head];
    this.#items[this.#head] = undefined;
    this.#head = (this.#head + 1) & (this.#items.length - 1);
    this.#length--;
    return item;
  }

  /** Removes and returns up to `count` items from the front, front first. */
  shiftMany(count: number): T[] {
    const n = Math.min(count, this.#length);
    const out = new Array<T>(n);
    const slots = this.#items;
    const mask = slots.length - 1;
    let at = this.#head;
    for (let k = 0; k < n; k++) {
      out[k] = slots[at] as T;
      slots[at] = undefined;
      at = (at + 1) & mask;
    }
    this.#head = at;
    this.#length -= n;
    return out;
  }

  /** The item `offset` places from the front, without removing it. */
  at(offset: number): T | undefined {
    if (offset < 0 || offset >= this.#length) return undefined;
    return this.#items[(this.#head + offset) & (this.#items.length - 1)];
  }

  /** Removes and returns every item, front first. */
  drain(): T[] {
    const out: T[] = [];
    while (this.#length > 0) out.push(this.shift() as T);
    return out;
  }

  #grow(): void {
    const next = new Array<T | undefined>(this.#items.length * 2);
    for (let i = 0; i < this.#length; i++) next[i] = this.#items[(this.#head + i) & (this.#items.length - 1)];
    this.#items = next;
    this.#head = 0;
  }
}
