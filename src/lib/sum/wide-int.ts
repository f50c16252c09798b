// Exact signed integers wider than 64 bits in shared memory. A chunk's partial sum can reach about
// 2^107 (2^54 values of up to 2^53 each), past what one BigInt64 slot holds, so it takes two.
// Realm-neutral: workers write, the page reads.

/** Limbs (BigInt64 slots) one wide integer occupies. */
export const WIDE_LIMBS = 2;

const LIMIT = 1n << 127n;

/**
 * Stores `value` (|value| < 2^127) at `limbs[at]` (low 64 bits) and `limbs[at + 1]` (the rest, signed).
 * Atomic stores, so a reader that saw a later atomic write from the same thread sees both limbs.
 */
export function writeWide(limbs: BigInt64Array, at: number, value: bigint): void {
  if (value >= LIMIT || value < -LIMIT) throw new RangeError(`value must be within ±2^127; got ${value}`);
  Atomics.store(limbs, at, BigInt.asIntN(64, value));
  // Arithmetic shift: floor(value / 2^64), so value = high · 2^64 + (low 64 bits read as unsigned).
  Atomics.store(limbs, at + 1, value >> 64n);
}

/** Reads the integer `writeWide` stored at `at`. */
export function readWide(limbs: BigInt64Array, at: number): bigint {
  return (Atomics.load(limbs, at + 1) << 64n) + BigInt.asUintN(64, Atomics.load(limbs, at));
}
