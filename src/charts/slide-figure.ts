// A chart as a figure for a slide: 1920 x 1080 CSS px on the light theme's white, the chart drawn again at
// page size and scaled up to fill the area above a caption (what was measured, with its inputs, and the
// machine), so its 12 px text reads at 30 px on a projector. SVG text, and a PNG of exactly 1920 x 1080
// pixels rendered from it. Needs a DOM (serialisation, canvas); no React, and no Plot of its own: the
// caller's `draw` brings the chart module.
import type { ChartSize } from './chart-style.ts';
import { svgToPng } from './chart-export.ts';

export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
/** Slide px per chart px: the charts' 12 px text becomes 30 px, their 1.5 px lines nearly 4 px. */
export const SLIDE_SCALE = 2.5;
/** The light theme's text and surface (src/ui/base.css), whatever the page's theme: slides are mostly light. */
export const SLIDE_COLOURS = { text: '#1b1a18', background: '#ffffff' } as const;

/** Draws the chart at `size` (page px, before SLIDE_SCALE), with `legend: true`: nothing beside it names its series. */
export type SlideDraw = (size: ChartSize) => SVGSVGElement | Promise<SVGSVGElement>;

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT_FAMILY = 'system-ui, sans-serif';
/** px, slide: left and right of everything, above the chart, below the caption; between chart and caption. */
const SIDE = 48;
const TOP = 32;
const BOTTOM = 44;
const GAP = 28;
/** Caption text, px: the size it starts at, and the least it shrinks to when it needs more than MAX_LINES. */
const CAPTION_SIZE = 30;
const MIN_CAPTION_SIZE = 22;
const MAX_LINES = 4;
const LINE_HEIGHT = 1.3;
/** Wrap a little short of the width: the PNG's renderer may set the text a hair wider than the canvas. */
const WRAP_SLACK = 0.97;

// One breakable piece of a caption: a CJK character with the closing punctuation after it (a line may break
// between any two CJK characters, not before a full-width comma), a word with its trailing spaces, or spaces.
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const PIECE = new RegExp(`[${CJK}][，。；：、）」』】！？]*|[^\\s${CJK}]+\\s*|\\s+`, 'gu');

let measuring: CanvasRenderingContext2D | null | undefined;

function textWidth(text: string, size: number): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return text.length * size * 0.55;
  measuring.font = `${size}px ${FONT_FAMILY}`;
  return measuring.measureText(text).width;
}

/** `paragraph` in lines no wider than `width` at `size` px (a single piece wider than that keeps its line). */
export function wrapCaption(paragraph: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of paragraph.match(PIECE) ?? []) {
    const next = line + piece;
    if (line.trim() !== '' && textWidth(next.trimEnd(), size) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line = next;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** The caption's lines and text size: 30 px, smaller only if that needs more than MAX_LINES lines. */
function layCaption(paragraphs: readonly string[]): { lines: string[]; size: number } {
  const width = (SLIDE_WIDTH - 2 * SIDE) * WRAP_SLACK;
  let size = CAPTION_SIZE;
  for (;;) {
    const lines = paragraphs.flatMap((p) => wrapCaption(p, width, size));
    if (lines.length <= MAX_LINES || size <= MIN_CAPTION_SIZE) return { lines, size };
    size -= 2;
  }
}

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/** Attributes of Plot's root `<svg>` that its marks inherit; they move to the group that replaces it. */
const INHERITED = ['class', 'fill', 'font-family', 'font-size', 'text-anchor'] as const;

/**
 * The slide as a standalone SVG document: `draw` is called with the page-px size the chart area has left
 * once the caption is laid out, and its chart is scaled by SLIDE_SCALE into that area. `caption`: its
 * paragraphs, each starting on a line of its own (what was measured, then the machine).
 */
export async function slideSvg(draw: SlideDraw, caption: readonly string[]): Promise<string> {
  const { lines, size } = layCaption(caption);
  const lineHeight = size * LINE_HEIGHT;
  const lastBaseline = SLIDE_HEIGHT - BOTTOM;
  const firstBaseline = lastBaseline - (lines.length - 1) * lineHeight;
  // The caption's first line rises about one text size above its baseline.
  const chartBottom = firstBaseline - size - GAP;
  const width = Math.floor((SLIDE_WIDTH - 2 * SIDE) / SLIDE_SCALE);
  const height = Math.floor((chartBottom - TOP) / SLIDE_SCALE);
  const chart = await draw({ width, height, legend: true });

  const { text, background } = SLIDE_COLOURS;
  const slide = element('svg', {
    width: SLIDE_WIDTH,
    height: SLIDE_HEIGHT,
    viewBox: `0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}`,
    role: 'img',
  });
  slide.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
  const title = element('title', {});
  title.textContent = caption.join('\n');
  slide.append(title, element('rect', { width: SLIDE_WIDTH, height: SLIDE_HEIGHT, fill: background }));

  // Plot's root <svg> becomes a scaled group: a nested <svg> would take its size from Plot's own style
  // sheet (height: auto, max-width: 100%) rather than from its attributes.
  const plot = element('g', {
    transform: `translate(${(SLIDE_WIDTH - width * SLIDE_SCALE) / 2} ${TOP}) scale(${SLIDE_SCALE})`,
  });
  for (const name of INHERITED) {
    const value = chart.getAttribute(name);
    if (value !== null) plot.setAttribute(name, value);
  }
  const fontSize = chart.style.fontSize;
  plot.setAttribute('style', `color: ${text};${fontSize ? ` font-size: ${fontSize};` : ''}`);
  plot.append(...[...chart.childNodes].map((node) => node.cloneNode(true)));
  slide.append(plot);

  lines.forEach((line, i) => {
    const row = element('text', {
      x: SIDE,
      y: firstBaseline + i * lineHeight,
      'font-family': FONT_FAMILY,
      'font-size': size,
      fill: text,
      class: 'slide-caption',
    });
    row.textContent = line;
    slide.append(row);
  });

  // Exported files have no page around them: the theme's colours are written in.
  return new XMLSerializer()
    .serializeToString(slide)
    .replace(/currentColor/gi, text)
    .replaceAll('var(--surface, white)', background);
}

/** The slide as a PNG of exactly SLIDE_WIDTH x SLIDE_HEIGHT pixels. */
export function slidePng(svgText: string): Promise<Blob> {
  return svgToPng(svgText, SLIDE_WIDTH, SLIDE_HEIGHT, 1);
}
