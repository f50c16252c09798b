// Whole numbers with their digits grouped by threes, as en-US and zh-CN both write them ("100,000"), without
// Intl. The first Intl call in a page loads ICU's locale data (about 80 ms in headless Chromium: a long task
// in the middle of whatever called it), and each `toLocaleString` call builds a new formatter (about
// 0.1 ms): too slow for text that a lab re-renders ten times a second during a run.

/** `n` rounded to a whole number, digits grouped by threes with commas: 1234567 -> "1,234,567". */
export function formatInteger(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(n);
  const digits = String(Math.abs(rounded));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    grouped = grouped ? `${group},${grouped}` : group;
  }
  return rounded < 0 ? `-${grouped}` : grouped;
}
