// The speedup and efficiency charts, drawn with Observable Plot. One module serves the app (inserted into
// the page) and the command line (the bench page returns its SVG): a figure on a slide and on screen match.
// Needs a DOM document (Plot builds SVG elements); no React.
import * as Plot from '@observablehq/plot';
import { CHART_STYLE, type ChartSize } from './chart-style.ts';
import { legendRow } from './legend-row.ts';
import { seriesColour, seriesSymbol } from './palette.ts';
import type { Sweep } from '../lib/math/sweep.ts';

export interface ChartText {
  readonly workersAxis: string;
  readonly speedupAxis: string;
  readonly efficiencyAxis: string;
  readonly ideal: string;
  readonly cores: (n: number) => string;
  readonly amdahl: (serialFraction: number) => string;
}

/**
 * `width` and `height` in px (the SVG scales down with its container); `legend`: the efficiency chart names
 * its sweeps above its frame (the speedup chart always names them inside it).
 */
export interface ChartOptions extends ChartSize {
  readonly sweeps: readonly Sweep[];
  /** Cores the browser reports: a marker, where oversubscription begins. */
  readonly cores: number;
  readonly text: ChartText;
}

/** S(k) = 1 / (s + (1 - s) / k): Amdahl's law for serial fraction s. */
export function amdahlSpeedup(serialFraction: number, workers: number): number {
  return 1 / (serialFraction + (1 - serialFraction) / workers);
}

function maxWorkers(sweeps: readonly Sweep[], cores: number): number {
  return Math.max(cores, 2, ...sweeps.flatMap((s) => s.points.map((p) => p.workers)));
}

function curve(sweep: Sweep, index: number, upTo: number) {
  const s = sweep.serialFraction;
  if (s === undefined) return [];
  return Array.from({ length: (upTo - 1) * 8 + 1 }, (_, i) => {
    const workers = 1 + i / 8;
    return { workers, speedup: amdahlSpeedup(s, workers), series: index };
  });
}

/**
 * A legend line drawn inside the chart's frame (top left, where speedup charts are empty), so an exported
 * SVG or PNG carries its own legend: the series' symbol in its colour, then its label.
 */
function legendEntry(series: number, label: string) {
  const dy = 14 + series * 18;
  return [
    Plot.dot([0], {
      frameAnchor: 'top-left',
      dx: 14,
      dy,
      r: 4.5,
      fill: seriesColour(series),
      symbol: seriesSymbol(series),
    }),
    Plot.text([label], {
      frameAnchor: 'top-left',
      dx: 24,
      dy,
      text: (d: string) => d,
      textAnchor: 'start',
      // Centred on its symbol (at a top anchor, Plot would hang the text below it).
      lineAnchor: 'middle',
      fill: 'currentColor',
      className: 'series-label',
    }),
  ];
}

/** The worker-count axis both charts share: one integer tick per worker count, 1..k. */
function workersAxis(text: ChartText, k: number) {
  return {
    label: text.workersAxis,
    domain: [0.5, k + 0.5],
    ticks: Array.from({ length: k }, (_, i) => i + 1),
    tickFormat: 'd',
  };
}

/** Points tagged with their series index, so colour and symbol follow the sweep. */
function tagged(sweeps: readonly Sweep[]) {
  return sweeps.flatMap((sweep, series) => sweep.points.map((p) => ({ ...p, series, label: sweep.label })));
}

export function speedupChart({
  sweeps,
  cores,
  text,
  width = 720,
  height = 420,
}: ChartOptions): SVGSVGElement {
  const k = maxWorkers(sweeps, cores);
  const points = tagged(sweeps);
  const fits = sweeps.flatMap((sweep, i) => curve(sweep, i, k));
  const legend = sweeps.flatMap((sweep, series) => {
    const fit = sweep.serialFraction === undefined ? '' : ` (${text.amdahl(sweep.serialFraction)})`;
    return legendEntry(series, `${sweep.label}${fit}`);
  });
  const yMax = Math.max(k, ...points.map((p) => p.maxSpeedup)) * 1.05;
  const colour = (d: { series: number }) => seriesColour(d.series);
  return Plot.plot({
    width,
    height,
    marginRight: 24,
    marginLeft: 48,
    style: CHART_STYLE,
    x: workersAxis(text, k),
    y: { label: text.speedupAxis, domain: [0, yMax], grid: true },
    marks: [
      Plot.line(
        [
          { workers: 1, speedup: 1 },
          { workers: k, speedup: k },
        ],
        { x: 'workers', y: 'speedup', stroke: 'currentColor', strokeOpacity: 0.45, strokeDasharray: '6 4' },
      ),
      Plot.text([{ workers: k, speedup: k }], {
        x: 'workers',
        y: 'speedup',
        text: () => text.ideal,
        dy: -10,
        textAnchor: 'end',
        fill: 'currentColor',
        fillOpacity: 0.7,
      }),
      Plot.ruleX([cores], { stroke: 'currentColor', strokeOpacity: 0.35, strokeDasharray: '2 3' }),
      // At the foot of its rule: the top left holds the legend, and speedups stay above 1, so the foot is clear.
      Plot.text([cores], {
        x: (d: number) => d,
        frameAnchor: 'bottom',
        dy: -4,
        dx: 4,
        textAnchor: 'start',
        text: () => text.cores(cores),
        fill: 'currentColor',
        fillOpacity: 0.7,
      }),
      Plot.line(fits, {
        x: 'workers',
        y: 'speedup',
        z: 'series',
        stroke: colour,
        strokeWidth: 1.5,
        strokeOpacity: 0.8,
        className: 'amdahl-fit',
      }),
      Plot.ruleX(points, {
        x: 'workers',
        y1: 'minSpeedup',
        y2: 'maxSpeedup',
        stroke: colour,
        strokeWidth: 2,
        className: 'spread',
      }),
      Plot.dot(points, {
        x: 'workers',
        y: 'speedup',
        fill: colour,
        symbol: (d: { series: number }) => seriesSymbol(d.series),
        r: 4.5,
        stroke: 'var(--surface, white)',
        className: 'median',
        title: (d: { workers: number; speedup: number; medianMs: number; label: string }) =>
          `${d.label}: ${d.workers} → ${d.speedup.toFixed(2)}× (${d.medianMs.toFixed(1)} ms)`,
      }),
      ...legend,
    ],
  }) as SVGSVGElement;
}

export function efficiencyChart({
  sweeps,
  cores,
  text,
  width = 720,
  height = 260,
  legend = false,
}: ChartOptions): SVGSVGElement {
  const k = maxWorkers(sweeps, cores);
  const points = tagged(sweeps);
  const colour = (d: { series: number }) => seriesColour(d.series);
  const marginLeft = 48;
  const marginRight = 24;
  const named = legend
    ? legendRow(
        sweeps.map((sweep, series) => ({ label: sweep.label, series })),
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
    x: workersAxis(text, k),
    y: {
      label: text.efficiencyAxis,
      domain: [0, Math.max(1.1, ...points.map((p) => p.efficiency))],
      grid: true,
    },
    marks: [
      Plot.ruleY([1], { stroke: 'currentColor', strokeOpacity: 0.45, strokeDasharray: '6 4' }),
      Plot.ruleX([cores], { stroke: 'currentColor', strokeOpacity: 0.35, strokeDasharray: '2 3' }),
      Plot.line(points, { x: 'workers', y: 'efficiency', z: 'series', stroke: colour, strokeOpacity: 0.6 }),
      Plot.dot(points, {
        x: 'workers',
        y: 'efficiency',
        fill: colour,
        symbol: (d: { series: number }) => seriesSymbol(d.series),
        r: 4,
        className: 'efficiency',
      }),
      ...(named?.marks ?? []),
    ],
  }) as SVGSVGElement;
}
