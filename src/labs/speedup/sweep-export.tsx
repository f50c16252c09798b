import { useState } from 'react';
import { download, standaloneSvg, sweepsToCsv, svgToPng } from '../../charts/chart-export.ts';
import type { Sweep } from '../../lib/math/sweep.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LABEL_PUNCTUATION } from '../../ui/lang.ts';
import { speedupLabMessages } from './speedup-lab-messages.ts';
import { hasSharedMemory } from '../../lib/atomics/shared-memory.ts';

function themeColours(): { text: string; background: string } {
  const style = getComputedStyle(document.documentElement);
  return { text: style.color || '#000', background: style.backgroundColor || '#fff' };
}

export function SweepExport({
  sweeps,
  svgRef,
}: {
  sweeps: readonly Sweep[];
  svgRef: { current: SVGSVGElement | null };
}) {
  const m = useMessages(speedupLabMessages);
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
      <button type="button" onClick={() => download(`speedup-${stamp}.csv`, sweepsToCsv(sweeps), 'text/csv')}>
        {m.csv}
      </button>
      <button
        type="button"
        onClick={() =>
          download(
            `speedup-${stamp}.json`,
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
          if (svg) download(`speedup-${stamp}.svg`, svg.text, 'image/svg+xml');
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
              download(`speedup-${stamp}.png`, png),
            );
        }}
      >
        {m.png}
      </button>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard.writeText(window.location.href).then(() => setCopied(true));
        }}
      >
        {m.permalink}
      </button>
      {copied && <span role="status">{m.permalinkCopied}</span>}
    </div>
  );
}
