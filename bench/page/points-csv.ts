// Points as CSV (RFC 4180): one row per point, one column per field, arrays joined with ';'
// (e.g. the repeats of one measurement). Pure; used by the bench page for `--csv`.

type Cell = unknown;

function formatCell(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value)
    ? value.map((v) => formatCell(v)).join(';')
    : typeof value === 'string' ||
        typeof value === 'number' ||
        typeof value === 'boolean' ||
        typeof value === 'bigint'
      ? String(value)
      : JSON.stringify(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Columns in first-seen order across all points, so optional fields still get a column. */
export function pointsToCsv(points: readonly Readonly<Record<string, unknown>>[]): string {
  const columns: string[] = [];
  for (const point of points)
    for (const key of Object.keys(point)) if (!columns.includes(key)) columns.push(key);
  const lines = [columns.map(formatCell).join(',')];
  for (const point of points) lines.push(columns.map((column) => formatCell(point[column])).join(','));
  return lines.join('\n') + '\n';
}
