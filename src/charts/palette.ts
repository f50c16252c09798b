/**
 * Okabe–Ito colours: distinguishable under the common colour-vision deficiencies, and readable on both
 * the light and the dark theme's background. Series also differ by symbol, never by colour alone.
 */
export const SERIES_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
] as const;
export const SERIES_SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'] as const;

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!;
}

export function seriesSymbol(index: number): string {
  return SERIES_SYMBOLS[index % SERIES_SYMBOLS.length]!;
}
