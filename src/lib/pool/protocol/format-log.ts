// Turns console arguments into one line of text, roughly as a console would: a worker's log lines travel to
// the page as strings, which always clone. Realm-neutral.

/** One value as text: strings as they are, errors as `Name: message`, objects as JSON where possible. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'object' && value !== null) {
    try {
      const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
      if (json !== undefined) return json;
    } catch {
      // Cycles and throwing getters: fall through to the type tag.
    }
    return Object.prototype.toString.call(value);
  }
  return String(value);
}

/** console.log's arguments as one line, with the %s %d %i %f %o %O %j %c substitutions of the first string. */
export function formatLogArguments(args: readonly unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string' || !first.includes('%')) return args.map(formatValue).join(' ');
  let next = 0;
  const head = first.replace(/%([sdifoOjc%])/g, (whole, spec: string) => {
    if (spec === '%') return '%';
    if (next >= rest.length) return whole;
    const value = rest[next++];
    if (spec === 'c') return '';
    if (spec === 'd' || spec === 'i') return String(Math.trunc(Number(value)));
    if (spec === 'f') return String(Number(value));
    return formatValue(value);
  });
  return [head, ...rest.slice(next).map(formatValue)].join(' ');
}
