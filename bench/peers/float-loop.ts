// Comparator for the bench: the plain float loop sumRange is held to (docs/budgets.md: as fast within 10%). Inexact once its total passes 2^53, which is why the app never uses it.

/** Σ i over [low, high) in one float accumulator, nothing else. */
export function floatLoop(low: number, high: number): number {
  let total = 0;
  for (let i = low; i < high; i++) total += i;
  return total;
}
