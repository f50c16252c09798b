// Time and throughput against payload size, on log scales, one line per transport, with the in-page memory
// copy as the physical reference. Observable Plot; needs a DOM document; no React.
import * as Plot from '@observablehq/plot';
import { CHART_STYLE, type ChartSize } from './chart-style.ts';
import { legendRow } from './legend-row.ts';
import { seriesColour, seriesSymbol } from './palette.ts';

export interface TransferChartPoint {
  readonly series: string;
  readonly bytes: number;
  readonly medianMs: number;
  readonly bytesPerSecond: number;
}

export interface TransferChartText {
  readonly sizeAxis: string;
  readonly timeAxis: string;
  readonly throughputAxis: string;
  readonly seriesName: (series: string) => string;
}

/** Ticks at 1 KB, 4 KB, 16 KB, …: every other doubling, in binary units like the sizes; as log2 of the size. */
function sizeTicks(points: readonly TransferChartPoint[]): number[] {
  const sizes = [...new Set(points.map((p) => p.bytes))].sort((a, b) => a - b);
  return sizes.filter((_, i) => i % 2 === 0).map(Math.log2);
}

/**
 * The size axis is linear in log2 of the size rather than Plot's log scale: on a log scale Plot hands the tick
 * labels to d3, which leaves some of them out (4 KB and 64 KB were unlabelled ticks).
 */
const log2Bytes = (d: TransferChartPoint) => Math.log2(d.bytes);

/**
 * A log axis's tick as a plain number (0.01, 0.1, 1, 10, 1,000): Plot's default writes SI prefixes, which on an
 * axis already in ms or GB/s would read as units (100m ms, 100µ ms).
 */
function formatPlain(value: number): string {
  return value >= 1 ? value.toLocaleString('en-US') : String(Number(value.toPrecision(1)));
}

function formatBytes(bytes: number): string {
  if (bytes >= 1 << 20) return `${+(bytes / (1 << 20)).toFixed(1)} MB`;
  if (bytes >= 1 << 10) return `${+(bytes / (1 << 10)).toFixed(1)} KB`;
  return `${bytes} B`;
}

/**
 * `metric`: round-trip time (ms) or throughput (GB/s). `order` fixes each series' colour. With `legend`, the
 * series measured are named above the frame, in that order.
 */
export function transferChart(
  points: readonly TransferChartPoint[],
  metric: 'time' | 'throughput',
  order: readonly string[],
  text: TransferChartText,
  { width = 720, height = 360, legend = false }: ChartSize = {},
): SVGSVGElement {
  const index = (series: string) => Math.max(0, order.indexOf(series));
  const colour = (d: TransferChartPoint) => seriesColour(index(d.series));
  const y = (d: TransferChartPoint) => (metric === 'time' ? d.medianMs : d.bytesPerSecond / 1e9);
  // A log scale has no place for 0 (a time under the clock's resolution, say): such points are left out
  // rather than drawn at an invented floor as if measured.
  const shown = points.filter((d) => y(d) > 0 && Number.isFinite(y(d)));
  const marginLeft = 56;
  const marginRight = 24;
  const measured = new Set(points.map((d) => d.series));
  const named = legend
    ? legendRow(
        [...measured]
          .sort((a, b) => index(a) - index(b))
          .map((series) => ({ label: text.seriesName(series), series: index(series) })),
        width - marginLeft - marginRight,
      )
    : undefined;
  return Plot.plot({
    width,
    height,
    marginLeft,
    marginRight,
    ...(named ? { marginTop: named.marginTop } : {}),
    style: CHART_STYLE,
    // Inset, so the dots at either end of a scale are drawn whole, clear of the axes.
    x: {
      label: text.sizeAxis,
      ticks: sizeTicks(points),
      tickFormat: (log2: number) => formatBytes(2 ** log2),
      inset: 8,
    },
    y: {
      type: 'log',
      label: metric === 'time' ? text.timeAxis : text.throughputAxis,
      grid: true,
      tickFormat: formatPlain,
      inset: 8,
    },
    marks: [
      Plot.line(shown, { x: log2Bytes, y, z: 'series', stroke: colour, strokeWidth: 1.5 }),
      Plot.dot(shown, {
        x: log2Bytes,
        y,
        fill: colour,
        symbol: (d: TransferChartPoint) => seriesSymbol(index(d.series)),
        r: 3.5,
        className: 'transfer-point',
        title: (d: TransferChartPoint) =>
          `${text.seriesName(d.series)} · ${formatBytes(d.bytes)}: ${d.medianMs.toFixed(3)} ms, ${(d.bytesPerSecond / 1e9).toFixed(2)} GB/s`,
      }),
      ...(named?.marks ?? []),
    ],
  }) as SVGSVGElement;
}
