// A histogram of final counter values over repeated races, with the expected value marked.
// Observable Plot; needs a DOM document; no React.
import * as Plot from '@observablehq/plot';
import { CHART_STYLE } from './chart-style.ts';
import { seriesColour } from './palette.ts';

export interface HistogramText {
  readonly xAxis: string;
  readonly yAxis: string;
  readonly expected: string;
}

export function histogramChart(
  values: readonly number[],
  expected: number,
  text: HistogramText,
  { width = 720, height = 240 }: { width?: number; height?: number } = {},
): SVGSVGElement {
  const lo = Math.min(...values, expected);
  const hi = Math.max(...values, expected);
  return Plot.plot({
    width,
    height,
    marginLeft: 48,
    style: CHART_STYLE,
    x: { label: text.xAxis, domain: [lo - (hi - lo) * 0.05 - 1, hi + (hi - lo) * 0.05 + 1] },
    y: { label: text.yAxis, grid: true },
    marks: [
      Plot.rectY(values, {
        ...Plot.binX({ y: 'count' }, { x: (d: number) => d, thresholds: 20 }),
        fill: seriesColour(0),
        className: 'bins',
      }),
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
