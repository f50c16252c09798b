import { useState } from 'react';
import { download, standaloneSvg, sweepsToCsv, svgToPng } from '../../charts/chart-export.ts';
import type { Sweep } from '../../lib/math/sweep.ts';
import { useLang, useMessages } from '../i18n-context.tsx';
import { LABEL_PUNCTUATION } from '../lang.ts';
import { hasSharedMemory } from '../../lib/atomics/shared-memory.ts';
import { sweepViewMessages } from './sweep-view-messages.ts';

function themeColours(): { text: string; background: string } {
  const style = getComputedStyle(document.documentElement);
  return { text: style.color || '#000', background: style.backgroundColor || '#fff' };
}

/**
 * The export buttons of a sweep view: the sweeps as CSV and as JSON (with the browser's figures), the chart
 * `svgRef` holds as SVG and PNG, and, with `permalink`, a button that copies the page's address. Files are
 * named `<fileName>-<date-time>.<ext>`.
 */
export function SweepExport({
  sweeps,
  svgRef,
  fileName,
  permalink = false,
}: {
  sweeps: readonly Sweep[];
  svgRef: { current: SVGSVGElement | null };
  /** Start of every exported file's name, such as `speedup`. */
  fileName: string;
  /** Show "Copy permalink": only on a page whose address restores its inputs. */
  permalink?: boolean;
}) {
  const m = useMessages(sweepViewMessages);
  const lang = useLang();
  const [copied, setCopied] = useState(false);
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const svgText = () => {
    const svg = svgRef.current;
    if (!svg) return undefined;
    const { text, background } = themeColours();
    return {
      text: standaloneSvg(svg, text, background),
      width: svg.width.baseVal.value,
      height: svg.height.baseVal.value,
    };
  };
  return (
    <div className="actions" role="group" aria-label={m.export}>
      <strong>
        {m.export}
        {LABEL_PUNCTUATION[lang].colon}
      </strong>
      <button
        type="button"
        onClick={() => download(`${fileName}-${stamp}.csv`, sweepsToCsv(sweeps), 'text/csv')}
      >
        {m.csv}
      </button>
      <button
        type="button"
        onClick={() =>
          download(
            `${fileName}-${stamp}.json`,
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
      <button
        type="button"
        onClick={() => {
          const svg = svgText();
          if (svg) download(`${fileName}-${stamp}.svg`, svg.text, 'image/svg+xml');
        }}
      >
        {m.svg}
      </button>
      <button
        type="button"
        onClick={() => {
          const svg = svgText();
          if (svg)
            void svgToPng(svg.text, svg.width, svg.height).then((png) =>
              download(`${fileName}-${stamp}.png`, png),
            );
        }}
      >
        {m.png}
      </button>
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
