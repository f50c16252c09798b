import { useState } from 'react';
import { download, sweepsToCsv } from '../../charts/chart-export.ts';
import type { Sweep } from '../../lib/math/sweep.ts';
import { useLang, useMessages } from '../i18n-context.tsx';
import { LABEL_PUNCTUATION } from '../lang.ts';
import { hasSharedMemory } from '../../lib/atomics/shared-memory.ts';
import { fileStamp, PageFigureButtons, SlideFigureButtons, type SlideSource } from './figure-export.tsx';
import { sweepViewMessages } from './sweep-view-messages.ts';

/**
 * The export buttons of a sweep view: the sweeps as CSV and as JSON (with the browser's figures), the speedup
 * chart `svgRef` holds as SVG and PNG as drawn and as a slide (`slide`), and, with `permalink`, a button that
 * copies the page's address. Files are named `<fileName>-<date-time>.<ext>`, slides
 * `<fileName>-slide-<date-time>.<ext>`.
 */
export function SweepExport({
  sweeps,
  svgRef,
  slide,
  fileName,
  permalink = false,
}: {
  sweeps: readonly Sweep[];
  svgRef: { current: SVGSVGElement | null };
  /** The speedup chart as a slide: how to draw it, and its caption. */
  slide: SlideSource;
  /** Start of every exported file's name, such as `speedup`. */
  fileName: string;
  /** Show "Copy permalink": only on a page whose address restores its inputs. */
  permalink?: boolean;
}) {
  const m = useMessages(sweepViewMessages);
  const lang = useLang();
  const [copied, setCopied] = useState(false);
  const colon = LABEL_PUNCTUATION[lang].colon;
  return (
    <div className="actions" role="group" aria-label={m.export}>
      <strong>
        {m.export}
        {colon}
      </strong>
      <button
        type="button"
        onClick={() => download(`${fileName}-${fileStamp()}.csv`, sweepsToCsv(sweeps), 'text/csv')}
      >
        {m.csv}
      </button>
      <button
        type="button"
        onClick={() =>
          download(
            `${fileName}-${fileStamp()}.json`,
            JSON.stringify(
              {
                env: {
                  userAgent: navigator.userAgent,
                  hardwareConcurrency: navigator.hardwareConcurrency,
                  crossOriginIsolated,
                  sharedMemory: hasSharedMemory(),
                },
                sweeps,
              },
              null,
              2,
            ),
            'application/json',
          )
        }
      >
        {m.json}
      </button>
      {/* The image buttons of this row are the speedup chart's (the efficiency chart has a row of its own). */}
      <span>
        {m.speedupFigure}
        {colon}
      </span>
      <PageFigureButtons svgRef={svgRef} fileName={fileName} chart={m.speedupChart} />
      <SlideFigureButtons slide={slide} fileName={fileName} chart={m.speedupChart} />
      {permalink && (
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard.writeText(window.location.href).then(() => setCopied(true));
          }}
        >
          {m.permalink}
        </button>
      )}
      {copied && <span role="status">{m.permalinkCopied}</span>}
    </div>
  );
}
