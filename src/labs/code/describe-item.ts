// The Item column's text for a learner's item: short JSON, cut to fit a table cell.

const MAX = 60;

export function describeItem(item: unknown): string {
  let text: string;
  if (typeof item === 'string') text = JSON.stringify(item);
  else if (item === undefined) text = 'undefined';
  else if (typeof item === 'bigint') text = `${item}n`;
  else {
    try {
      // undefined for a function or a symbol
      text = JSON.stringify(item) ?? typeof item;
    } catch {
      text = Object.prototype.toString.call(item);
    }
  }
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}
