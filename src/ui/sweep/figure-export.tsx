// A chart's figure exports, shared by every lab that draws one: the chart as drawn on the page (SVG, and PNG
// at 2x), and as a slide (src/charts/slide-figure.ts: 1920 x 1080 on white, large text, a caption of what was
// measured and on which machine). Files are named `<fileName>-<date-time>.<ext>` and
// `<fileName>-slide-<date-time>.<ext>`.
import { useRef, useState } from 'react';
import { download, standaloneSvg, svgToPng } from '../../charts/chart-export.ts';
import type { ChartSize } from '../../charts/chart-style.ts';
import { machineOf } from '../../charts/machine.ts';
import { slidePng, slideSvg, type SlideDraw } from '../../charts/slide-figure.ts';
import { useLang, useMessages } from '../i18n-context.tsx';
import { LABEL_PUNCTUATION } from '../lang.ts';
import { PlotHost } from '../plot-host.tsx';
import { figureExportMessages } from './figure-export-messages.ts';

/** What a slide of one chart needs from its lab. */
export interface SlideSource {
  /** Draws the chart again, with the data on screen, at the size the slide gives (its chart function). */
  readonly draw: SlideDraw;
  /**
   * What was measured, with its inputs, in the page's language: the caption's first line(s). The machine
   * (reported cores, browser, day) follows on a line of its own.
   */
  readonly caption: string;
}

/** The date and time in an exported file's name: 2026-12-07-14-03-59 (UTC). */
export function fileStamp(now = new Date()): string {
  return now.toISOString().slice(0, 19).replace(/[:T]/g, '-');
}

function themeColours(): { text: string; background: string } {
  const style = getComputedStyle(document.documentElement);
  return { text: style.color || '#000', background: style.backgroundColor || '#fff' };
}

/** The chart in `svgRef` as drawn on the page, in the theme's colours, with its size; undefined before it is drawn. */
function pageSvg(svgRef: { current: SVGSVGElement | null }) {
  const svg = svgRef.current;
  if (!svg) return undefined;
  const { text, background } = themeColours();
  return {
    text: standaloneSvg(svg, text, background),
    width: svg.width.baseVal.value,
    height: svg.height.baseVal.value,
  };
}

/** SVG and PNG (2x) of the chart `svgRef` holds, as drawn on the page. `chart` names it in the buttons' hints. */
export function PageFigureButtons({
  svgRef,
  fileName,
  chart,
}: {
  svgRef: { current: SVGSVGElement | null };
  fileName: string;
  chart: string;
}) {
  const m = useMessages(figureExportMessages);
  return (
    <>
      <button
        type="button"
        title={m.pageHint(chart)}
        onClick={() => {
          const svg = pageSvg(svgRef);
          if (svg) download(`${fileName}-${fileStamp()}.svg`, svg.text, 'image/svg+xml');
        }}
      >
        {m.svg}
      </button>
      <button
        type="button"
        title={m.pageHint(chart)}
        onClick={() => {
          const svg = pageSvg(svgRef);
          if (svg)
            void svgToPng(svg.text, svg.width, svg.height).then((png) =>
              download(`${fileName}-${fileStamp()}.png`, png),
            );
        }}
      >
        {m.png}
      </button>
    </>
  );
}

/** The machine line of a slide's caption, in the page's language, for this browser today. */
export function useMachineLine(): () => string {
  const m = useMessages(figureExportMessages);
  return () => {
    const machine = machineOf(navigator, new Date());
    return m.machine(machine.cores, machine.browser, machine.date);
  };
}

/** "Slide SVG" and "Slide PNG": the chart redrawn as a 1920 x 1080 slide with its caption. */
export function SlideFigureButtons({
  slide,
  fileName,
  chart,
}: {
  slide: SlideSource;
  fileName: string;
  chart: string;
}) {
  const m = useMessages(figureExportMessages);
  const machineLine = useMachineLine();
  const [problem, setProblem] = useState<string | undefined>();
  const save = (format: 'svg' | 'png') => {
    setProblem(undefined);
    const name = `${fileName}-slide-${fileStamp()}`;
    slideSvg(slide.draw, [slide.caption, machineLine()])
      .then(async (svg) => {
        if (format === 'svg') download(`${name}.svg`, svg, 'image/svg+xml');
        else download(`${name}.png`, await slidePng(svg));
      })
      .catch((error: unknown) =>
        setProblem(m.failed(error instanceof Error ? error.message : String(error))),
      );
  };
  return (
    <>
      <button type="button" title={m.slideHint(chart)} onClick={() => save('svg')}>
        {m.slideSvg}
      </button>
      <button type="button" title={m.slideHint(chart)} onClick={() => save('png')}>
        {m.slidePng}
      </button>
      {problem && (
        <span role="status" className="check-bad">
          {problem}
        </span>
      )}
    </>
  );
}

/**
 * A chart's row of exports, under the chart: SVG and PNG as on the page, Slide SVG and Slide PNG. `chart` is
 * the chart's title (the row's accessible name and the buttons' hints); `lead`, what the row starts with
 * ("Export chart" unless given).
 */
export function FigureExport({
  chart,
  lead,
  fileName,
  svgRef,
  slide,
}: {
  chart: string;
  lead?: string;
  fileName: string;
  svgRef: { current: SVGSVGElement | null };
  slide: SlideSource;
}) {
  const m = useMessages(figureExportMessages);
  const lang = useLang();
  return (
    <div className="actions" role="group" aria-label={m.group(chart)}>
      <strong>
        {lead ?? m.exportChart}
        {LABEL_PUNCTUATION[lang].colon}
      </strong>
      <PageFigureButtons svgRef={svgRef} fileName={fileName} chart={chart} />
      <SlideFigureButtons slide={slide} fileName={fileName} chart={chart} />
    </div>
  );
}

/**
 * A Plot chart under its title, with its row of exports: `draw` draws it on the page (no size) and on the
 * slide (the slide's size); `caption` says what was measured, for the slide.
 */
export function ExportablePlot({
  title,
  draw,
  fileName,
  caption,
}: {
  title: string;
  draw: (size?: ChartSize) => SVGSVGElement | Promise<SVGSVGElement>;
  fileName: string;
  caption: string;
}) {
  const svgRef = useRef<SVGSVGElement | null>(null);
  return (
    <>
      <h4>{title}</h4>
      <PlotHost draw={draw} label={title} svgRef={svgRef} />
      <FigureExport chart={title} fileName={fileName} svgRef={svgRef} slide={{ draw, caption }} />
    </>
  );
}
