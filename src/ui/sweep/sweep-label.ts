// Sweeps on one chart are told apart by their labels (chips, legend, tables, "time vs the fastest sweep"):
// a second sweep with the same settings gets a number. Pure.

/** `base`, or `base (2)`, `base (3)`… the first not among `taken`. */
export function distinctLabel(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const label = `${base} (${n})`;
    if (!taken.includes(label)) return label;
  }
}
