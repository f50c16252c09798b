// The one rule for sending many numbers between the page and a pool worker, both ways: a list of at least
// PACKED_MIN values that are all numbers travels as a Float64Array, transferred (BatchMessage.args,
// ReportMessage.values). One copy of its bytes replaces a structured clone per element, which for tiny items
// costs more than running them; a Float64Array holds every number exactly, -0 and NaN included.
// Realm-neutral.

/** Shorter lists are cheap to clone as they are. */
export const PACKED_MIN = 8;

/** `values` as a Float64Array when the rule applies; otherwise `values` itself. */
export function packNumbers(values: unknown[]): unknown[] | Float64Array {
  if (values.length < PACKED_MIN) return values;
  for (const value of values) if (typeof value !== 'number') return values;
  return Float64Array.from(values as number[]);
}
