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
