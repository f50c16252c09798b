// `npm run bench -- --check`: which budgets a workload's summary says were missed. A summary states its
// verdicts as `budget.<name>: "<value> <= <limit> met|missed"` (bench/measure/budget.ts) and, for some
// workloads, as `within budgets: true|false`.

/**
 * The names of the missed budgets in `summary`; `null` when the summary holds no budget at all.
 * @param {Readonly<Record<string, unknown>> | undefined} summary
 * @returns {string[] | null}
 */
export function missedBudgets(summary) {
  if (!summary) return null;
  /** @type {string[]} */
  const missed = [];
  let any = false;
  for (const [key, value] of Object.entries(summary)) {
    if (key === 'within budgets' && typeof value === 'boolean') {
      any = true;
      if (!value) missed.push(key);
    } else if (key.startsWith('budget.') && typeof value === 'string') {
      any = true;
      if (/\bmissed$/.test(value)) missed.push(key);
    }
  }
  return any ? missed : null;
}
