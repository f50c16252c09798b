// A histogram of final counter values over repeated races, with the expected value marked.
// Observable Plot; needs a DOM document; no React.
import * as Plot from '@observablehq/plot';
import { niceCeil } from '../lib/math/nice-number.ts';
import { CHART_STYLE, type ChartSize } from './chart-style.ts';
import { seriesColour } from './palette.ts';

export interface HistogramText {
  readonly xAxis: string;
  readonly yAxis: string;
  readonly expected: string;
  /** A bar's tooltip and accessible name: the values it covers, [low, high] inclusive, and its run count. */
  readonly bin: (low: number, high: number, count: number) => string;
}

/** One bar: the values in [x1, x2) (the last bin also holds its upper end) and how many runs ended there. */
export interface HistogramBin {
  readonly x1: number;
  readonly x2: number;
  readonly count: number;
}

/** Bars at most; fewer when the values span fewer integers. */
const MAX_BINS = 20;
/** Labelled ticks on the count axis at most. */
const MAX_COUNT_TICKS = 6;

/**
 * Bins integer values into at most MAX_BINS bars of equal, whole-number width covering every value once.
 * Done here rather than by Plot so the count axis can be given whole-number ticks: a count of runs has no
 * fractions.
 */
export function binCounts(values: readonly number[]): HistogramBin[] {
  if (values.length === 0) return [];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const width = Math.max(1, Math.ceil((hi - lo + 1) / MAX_BINS));
  const bins = Math.ceil((hi - lo + 1) / width);
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.floor((v - lo) / width)]! += 1;
  return counts.map((count, i) => ({ x1: lo + i * width, x2: lo + (i + 1) * width, count }));
}

/** Whole-number ticks from 0 to at least `max`, at most MAX_COUNT_TICKS + 1 of them, in steps of 1, 2, 5, 10... */
export function countTicks(max: number): number[] {
  const top = Math.max(1, max);
  // The smallest whole step that needs no more than MAX_COUNT_TICKS steps to reach the top.
  const step = niceCeil(Math.max(1, top / MAX_COUNT_TICKS));
  const ticks: number[] = [];
  // Up to the first tick at or above the largest count, which is then the top of the axis.
  for (let t = 0; ticks[ticks.length - 1] === undefined || ticks[ticks.length - 1]! < top; t += step)
    ticks.push(t);
  return ticks;
}

export function histogramChart(
  values: readonly number[],
  expected: number,
  text: HistogramText,
  { width = 720, height = 240 }: ChartSize = {},
): SVGSVGElement {
  const bins = binCounts(values);
  const lo = Math.min(...values, expected);
  const hi = Math.max(...values, expected);
  const ticks = countTicks(Math.max(0, ...bins.map((b) => b.count)));
  return Plot.plot({
    width,
    height,
    marginLeft: 48,
    // Room under the tick labels for the axis title: the counts' labels are wide and met it otherwise.
    marginBottom: 44,
    style: CHART_STYLE,
    x: {
      label: text.xAxis,
      labelOffset: 40,
      domain: [lo - (hi - lo) * 0.05 - 1, hi + (hi - lo) * 0.05 + 1],
    },
    y: {
      label: text.yAxis,
      grid: true,
      domain: [0, ticks[ticks.length - 1] ?? 1],
      ticks,
      tickFormat: 'd',
    },
    marks: [
      Plot.rectY(
        bins.filter((b) => b.count > 0),
        {
          x1: 'x1',
          x2: 'x2',
          y: 'count',
          insetLeft: 0.5,
          insetRight: 0.5,
          fill: seriesColour(0),
          title: (b: HistogramBin) => text.bin(b.x1, b.x2 - 1, b.count),
          className: 'bins',
        },
      ),
      Plot.ruleX([expected], { stroke: seriesColour(3), strokeWidth: 2, strokeDasharray: '4 3' }),
      Plot.text([expected], {
        x: (d: number) => d,
        frameAnchor: 'top',
        dy: 4,
        dx: -4,
        textAnchor: 'end',
        text: () => text.expected,
        fill: seriesColour(3),
      }),
      Plot.ruleY([0]),
    ],
  }) as SVGSVGElement;
}
