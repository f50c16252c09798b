import { seriesColour, seriesSymbol } from '../charts/palette.ts';

const SYMBOL_GLYPHS: Record<string, string> = {
  circle: '●',
  square: '■',
  triangle: '▲',
  diamond: '◆',
  cross: '✚',
  star: '★',
  wye: 'Y',
};

/** The legend of a chart drawn with `seriesColour` / `seriesSymbol`: colour and symbol per series. */
export function ChartLegend({ names, label }: { names: readonly string[]; label: string }) {
  return (
    <ul className="legend" aria-label={label}>
      {names.map((name, i) => (
        <li key={name}>
          <span aria-hidden="true" style={{ color: seriesColour(i) }}>
            {SYMBOL_GLYPHS[seriesSymbol(i)] ?? '●'}
          </span>
          {name}
        </li>
      ))}
    </ul>
  );
}
