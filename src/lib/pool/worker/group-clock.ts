// Worker side: the clock for tiny items (buffered batches), read once per group of items instead of once
// per item. Realm-neutral and pure: the runtime passes in each clock reading.
//
// Why: in Chromium on a cross-origin isolated page, performance.now() costs about 300 ns per call in a worker
// (measured on a 2-core machine: 300-400 ns, against 27 ns for the system's clock_gettime; the difference is
// the browser coarsening each reading to 5 µs with jitter). An `x + 1` item costs well under 50 ns, so a
// reading per item was most of a tiny item's cost. And a single tiny item's own reading says little: at 5 µs
// resolution (100 µs when not isolated) it reads 0 or one step. A group's span, spread evenly over its
// items, gives each the same total time and a truer share of it.
//
// The group size adapts: it doubles after a group whose items averaged under GROW_BELOW_MS, and drops to 1
// after one that averaged BUFFER_BELOW_MS or more (items that stopped being tiny), so a task that slows down
// is soon timed item by item again.

/** The most items timed by one pair of clock readings. */
export const MAX_GROUP = 32;
/** A group whose items averaged under this (ms) lets the next group be twice as large. */
export const GROW_BELOW_MS = 0.01;
/** A group whose items averaged this much or more (ms) sends the size back to one item. */
export const SHRINK_AT_MS = 0.1;

/** Where the group's items are buffered: their times are written once the group's span is known. */
export interface Retimable {
  /** Items `first` .. `first + count - 1` of the buffer: slot j of `stepMs` each, from `startMs`. */
  retime(first: number, count: number, startMs: number, stepMs: number): void;
}

export class GroupClock {
  #size = 1;
  #count = 0;
  #startMs = 0;
  #first = 0;
  #open = false;

  get isOpen(): boolean {
    return this.#open;
  }

  /** When the open group began (ms, worker clock): the start, as far as the worker knows, of each of its items. */
  get startMs(): number {
    return this.#startMs;
  }

  /** The open group has as many items as it may. */
  get full(): boolean {
    return this.#count >= this.#size;
  }

  /** The size the next group may reach. */
  get size(): number {
    return this.#size;
  }

  /** Opens a group at `nowMs`, a fresh reading; its first item will be the buffer's entry `first`. */
  open(nowMs: number, first: number): void {
    this.#open = true;
    this.#startMs = nowMs;
    this.#first = first;
    this.#count = 0;
  }

  /** One more item of the open group has ended and is buffered. */
  add(): void {
    this.#count++;
  }

  /**
   * Closes the open group at `nowMs`, a fresh reading: its items get equal slots of the span, and the size
   * adapts. `extraSlots`: items that began in the group but end later (an async item), given a slot each
   * after the group's own. Returns the start of the first extra slot (`nowMs` when there is none, or when no
   * group is open).
   */
  close(nowMs: number, buffer: Retimable, extraSlots = 0): number {
    if (!this.#open) return nowMs;
    this.#open = false;
    const slots = this.#count + extraSlots;
    if (slots === 0) return nowMs;
    const stepMs = (nowMs - this.#startMs) / slots;
    if (this.#count > 0) buffer.retime(this.#first, this.#count, this.#startMs, stepMs);
    if (stepMs < GROW_BELOW_MS) this.#size = Math.min(MAX_GROUP, this.#size * 2);
    else if (stepMs >= SHRINK_AT_MS) this.#size = 1;
    return this.#startMs + this.#count * stepMs;
  }
}
