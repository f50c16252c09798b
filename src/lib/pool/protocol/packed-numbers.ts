// The one rule for sending many numbers between the page and a pool worker, both ways: a list of at least
// PACKED_MIN values that are all numbers travels as a Float64Array, transferred (BatchMessage.args,
// ReportMessage.values). One copy of its bytes replaces a structured clone per element, which for tiny items
// costs more than running them; a Float64Array holds every number exactly, -0 and NaN included.
// Realm-neutral.

/** Shorter lists are cheap to clone as they are. */
export const PACKED_MIN = 8;

/** `values` as a Float64Array when the rule applies; otherwise `values` itself. */
export function packNumbers(values: unknown[]): unknown[] | Float64Array {
  return packedOrUndefined(values, (value) => value) ?? values;
}

/**
 * The value `pick` gives for each entry of `list`, packed by the same rule: one pass that writes the
 * Float64Array as it checks, with no intermediate array (the page sends a few hundred thousand tiny items a
 * second this way, and a separate map, check and copy were most of the cost of a batch).
 */
export function packNumbersOf<T>(list: readonly T[], pick: (entry: T) => unknown): unknown[] | Float64Array {
  return packedOrUndefined(list, pick) ?? list.map(pick);
}

function packedOrUndefined<T>(list: readonly T[], pick: (entry: T) => unknown): Float64Array | undefined {
  if (list.length < PACKED_MIN) return undefined;
  const packed = new Float64Array(list.length);
  for (let k = 0; k < list.length; k++) {
    const value = pick(list[k]!);
    if (typeof value !== 'number') return undefined;
    packed[k] = value;
  }
  return packed;
}
