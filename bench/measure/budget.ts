// Verdicts on speed budgets (docs/budgets.md), worded for a person reading a terminal or a JSON file:
// the measured value, the budget, and whether it was met. Pure: no DOM, no timing.

export interface Budget {
  /** '>=': the value must reach the limit (e.g. efficiency); '<=': it must stay under it (e.g. a slowdown). */
  readonly relation: '>=' | '<=';
  readonly limit: number;
}

/** Whether `value` meets `budget`; undefined when nothing was measured (undefined or NaN). */
export function meetsBudget(value: number | undefined, budget: Budget): boolean | undefined {
  if (value === undefined || Number.isNaN(value)) return undefined;
  return budget.relation === '>=' ? value >= budget.limit : value <= budget.limit;
}

/**
 * `"0.970 >= 0.95 met"`, `"1.190 <= 1.15 missed"`, or `"not measured (budget <= 1.05)"`. The value is
 * shown with `digits` decimals (default 3); the verdict compares the unrounded value.
 */
export function budgetVerdict(value: number | undefined, budget: Budget, digits = 3): string {
  const met = meetsBudget(value, budget);
  if (met === undefined || value === undefined) {
    return `not measured (budget ${budget.relation} ${budget.limit})`;
  }
  return `${value.toFixed(digits)} ${budget.relation} ${budget.limit} ${met ? 'met' : 'missed'}`;
}
