// A shared counter whose every read and write also takes the next number of an access sequence, in the
// same atomic step as the access. Realm-neutral (used by race workers; tested on the page).
//
// Why one word: with the counter in one word and a ticket dispenser in another, a thread can be paused
// between its access and its ticket, so ticket order only approximates the order of the accesses, and a
// log sorted by it can show a read of a value that was not the latest. Here the low 32 bits hold the
// counter and the high 32 bits the sequence: all accesses to one location are totally ordered, so the
// tickets give the real order exactly.
//
// The write stays a plain, racy write: it puts `value` in whatever the counter holds by then (the
// compare-exchange loop only keeps the sequence intact), so updates are lost exactly as with a plain store.

const TICKET_STEP = 1n << 32n;

/** Bytes of a stamped counter: one 64-bit word. */
export const STAMPED_COUNTER_BYTES = 8;

/** A zeroed stamped counter in shared memory, passable to workers (the buffer is shared, not copied). */
export function createStampedCounter(): BigInt64Array {
  return new BigInt64Array(new SharedArrayBuffer(STAMPED_COUNTER_BYTES));
}

/** The counter's value (unsigned 32 bits). */
export function counterValue(word: bigint): number {
  return Number(BigInt.asUintN(32, word));
}

/** Accesses made so far: the next ticket. */
export function accessCount(word: bigint): number {
  return Number(word >> 32n);
}

/** Reads the counter and takes a ticket, in one atomic step. */
export function stampedRead(counter: BigInt64Array): { readonly value: number; readonly ticket: number } {
  const before = Atomics.add(counter, 0, TICKET_STEP);
  return { value: counterValue(before), ticket: accessCount(before) };
}

/**
 * Writes `value` (0..2^32 - 1) over whatever the counter holds and takes a ticket, in one atomic step.
 * Returns the ticket.
 */
export function stampedWrite(counter: BigInt64Array, value: number): number {
  const low = BigInt(value >>> 0);
  let seen = Atomics.load(counter, 0);
  for (;;) {
    const next = (seen & ~0xffff_ffffn) + TICKET_STEP + low;
    const previous = Atomics.compareExchange(counter, 0, seen, next);
    if (previous === seen) return accessCount(seen);
    seen = previous;
  }
}
