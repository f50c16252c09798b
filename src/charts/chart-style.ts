/**
 * The style every chart shares: it inherits the page's text colour (so both themes work) and keeps a
 * transparent background (the card behind it shows through).
 */
export const CHART_STYLE = {
  background: 'transparent',
  color: 'currentColor',
  fontSize: '12px',
  overflow: 'visible',
} as const;

/** CHART_STYLE's font, for measuring text before Plot draws it. */
export const CHART_FONT = '12px system-ui, sans-serif';

/**
 * How big a chart is drawn (px; the SVG scales with its container) and whether it carries its own legend:
 * on the page a legend beside the chart names the series, on a slide (src/charts/slide-figure.ts) the
 * chart stands alone. A chart that needs no legend (one series), or always draws it inside, ignores `legend`.
 */
export interface ChartSize {
  readonly width?: number;
  readonly height?: number;
  readonly legend?: boolean;
}
