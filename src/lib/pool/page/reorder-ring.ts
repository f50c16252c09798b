// Ordered output's waiting room: outcomes that finished ahead of the next index the consumer must get, held
// by index until their turn. A ring indexed by the item's index, not a Map: at a few hundred thousand tiny
// items a second, a Map's set, get and delete per item cost more than the rest of the item's way through
// the page. Page realm.

const FIRST_CAPACITY = 16;

export class ReorderRing<T> {
  /** Slot `index & (length - 1)` holds index `index`; length is a power of two. */
  #slots: (T | undefined)[] = new Array<T | undefined>(FIRST_CAPACITY);
  /** The index expected next: it is never held; the slots hold indexes above it. */
  #base = 0;

  /** The index expected next. */
  get next(): number {
    return this.#base;
  }

  /** Holds the value of `index`, which must be above `next` (it arrived early). */
  hold(index: number, value: T): void {
    const offset = index - this.#base;
    if (offset <= 0) throw new RangeError(`index ${index} is not ahead of the next index ${this.#base}`);
    if (offset >= this.#slots.length) this.#grow(offset);
    this.#slots[index & (this.#slots.length - 1)] = value;
  }

  /**
   * The expected index was delivered: moves on to the one after it and takes its value if it was held
   * (that index then counts as delivered too: call again), or returns undefined while it is missing.
   */
  advance(): T | undefined {
    this.#base++;
    const at = this.#base & (this.#slots.length - 1);
    const value = this.#slots[at];
    if (value !== undefined) this.#slots[at] = undefined;
    return value;
  }

  /** Room for indexes up to `next + offset`: the capacity doubles until it exceeds offset. */
  #grow(offset: number): void {
    let capacity = this.#slots.length * 2;
    while (capacity <= offset) capacity *= 2;
    const old = this.#slots;
    const slots = new Array<T | undefined>(capacity);
    for (let index = this.#base + 1; index < this.#base + old.length; index++) {
      const value = old[index & (old.length - 1)];
      if (value !== undefined) slots[index & (capacity - 1)] = value;
    }
    this.#slots = slots;
  }
}
