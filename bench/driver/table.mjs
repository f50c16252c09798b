// A plain-text table for the terminal: right-aligned numbers, left-aligned text.

/**
 * @param {readonly string[]} columns
 * @param {readonly (readonly (string | number)[])[]} rows
 */
export function formatTable(columns, rows) {
  const cells = rows.map((row) =>
    row.map((cell) =>
      typeof cell === 'number' ? (Number.isInteger(cell) ? String(cell) : cell.toFixed(2)) : cell,
    ),
  );
  const widths = columns.map((column, i) =>
    Math.max(column.length, ...cells.map((row) => (row[i] ?? '').length)),
  );
  const line = (/** @type {readonly string[]} */ row, /** @type {boolean} */ header) =>
    row
      .map((cell, i) => {
        const numeric = !header && typeof rows[0]?.[i] === 'number';
        return numeric ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0);
      })
      .join('  ')
      .trimEnd();
  return [
    line(columns, true),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map((row) => line(row, false)),
  ].join('\n');
}

/**
 * The median of `values` (NaN for none): for the driver's own workloads, which summarise in Node.
 * @param {readonly number[]} values
 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}
