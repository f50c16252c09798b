// A legend drawn in a chart's top margin, right-aligned, in as many rows as its entries need: for a chart
// that stands alone on a slide, where the page's legend beside it is not there. Observable Plot marks;
// needs a DOM document (text is measured on a canvas); no React.
import * as Plot from '@observablehq/plot';
import { CHART_FONT } from './chart-style.ts';
import { seriesColour, seriesSymbol } from './palette.ts';

export interface LegendEntry {
  readonly label: string;
  /** The series' index: its colour and symbol (palette.ts). */
  readonly series: number;
}

/** px, at the charts' 12 px text. */
const ROW_HEIGHT = 18;
const SYMBOL_WIDTH = 14;
const ENTRY_GAP = 18;
/** px at the top of the chart that Plot's y axis label takes. */
const AXIS_LABEL_BAND = 20;

let measuring: CanvasRenderingContext2D | null | undefined;

/** Width of `text` in the charts' font; an estimate where there is no canvas. */
function textWidth(text: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * 7;
  measuring.font = CHART_FONT;
  return measuring.measureText(text).width;
}

/** Entries in rows no wider than `width`: each row's entries with their x offset from the row's start. */
function rows(entries: readonly LegendEntry[], width: number) {
  const laid: { entry: LegendEntry; x: number }[][] = [[]];
  let x = 0;
  for (const entry of entries) {
    const w = SYMBOL_WIDTH + textWidth(entry.label);
    if (x > 0 && x + w > width) {
      laid.push([]);
      x = 0;
    }
    laid[laid.length - 1]!.push({ entry, x });
    x += w + ENTRY_GAP;
  }
  return laid.map((row) => {
    const last = row[row.length - 1];
    const rowWidth = last ? last.x + SYMBOL_WIDTH + textWidth(last.entry.label) : 0;
    return { entries: row, width: rowWidth };
  });
}

/**
 * The marks of a legend above a chart's frame, which is `frameWidth` wide, and the top margin the chart
 * needs for it. Plot writes the y axis's label at the top left, in the top margin: the legend's rows go
 * below that line, right-aligned, so a long label and a long legend do not meet.
 */
export function legendRow(
  entries: readonly LegendEntry[],
  frameWidth: number,
): { marks: Plot.Markish[]; marginTop: number } {
  const laid = rows(entries, frameWidth);
  const marginTop = AXIS_LABEL_BAND + laid.length * ROW_HEIGHT + 6;
  const marks = laid.flatMap((row, r) =>
    row.entries.flatMap(({ entry, x }) => {
      // From the frame's top right corner: up into the margin, left by what the row still has to its right.
      const dx = -(row.width - x);
      const dy = -marginTop + AXIS_LABEL_BAND + ROW_HEIGHT / 2 + r * ROW_HEIGHT;
      return [
        Plot.dot([0], {
          frameAnchor: 'top-right',
          dx: dx + 4.5,
          dy,
          r: 4.5,
          fill: seriesColour(entry.series),
          symbol: seriesSymbol(entry.series),
        }),
        Plot.text([entry.label], {
          frameAnchor: 'top-right',
          dx: dx + SYMBOL_WIDTH,
          dy,
          text: (d: string) => d,
          textAnchor: 'start',
          // Centred on its symbol (at a top anchor, Plot would hang the text below it).
          lineAnchor: 'middle',
          fill: 'currentColor',
          className: 'legend-label',
        }),
      ];
    }),
  );
  return { marks, marginTop };
}
