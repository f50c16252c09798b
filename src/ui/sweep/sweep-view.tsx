// One or more sweeps over the worker count, shown whole: the legend, the speedup chart with its reading,
// the efficiency chart with its own figure exports and its reading, the export buttons (data, and the speedup
// chart's figures) and a table per sweep. The readings are of the
// last sweep; each table compares its sweep with the others of the same problem. A lab owns the card, its
// heading and what it says while there is no sweep yet.
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import type { ChartSize } from '../../charts/chart-style.ts';
import { seriesColour } from '../../charts/palette.ts';
import type { Sweep } from '../../lib/math/sweep.ts';
import { useLang, useMessages } from '../i18n-context.tsx';
import { joinSentences } from '../lang.ts';
import { readEfficiency } from './efficiency-reading.ts';
import { FigureExport } from './figure-export.tsx';
import { sweepCaption } from './sweep-caption.ts';
import { drawSweepChart, SweepChart } from './sweep-charts.tsx';
import { SweepExport } from './sweep-export.tsx';
import { readSweep, type SweepWork } from './sweep-reading.ts';
import { SweepTable } from './sweep-table.tsx';
import { versusFor } from './sweep-versus.ts';
import { sweepViewMessages } from './sweep-view-messages.ts';

export interface SweepViewProps {
  /** In the order they were run; the last one is read under the charts. Nothing is drawn while empty. */
  readonly sweeps: readonly Sweep[];
  /** Cores the browser reports (`navigator.hardwareConcurrency`): the charts' marker and the readings' pivot. */
  readonly cores: number;
  /**
   * Start of the exported files' names: `<fileName>-<date-time>.csv`, `.json`, `.svg`, `.png` (the speedup
   * chart), `<fileName>-slide-<date-time>.svg`, `.png`; the efficiency chart's `<fileName>-efficiency-…`.
   */
  readonly fileName: string;
  /**
   * A sweep's inputs as a slide's caption names them ("the chunked summation, 0..200,000,000, 4 chunks per
   * worker, message passing"); the repeats are added from the sweep. Default: the sweep's label.
   */
  readonly describeSweep?: (sweep: Sweep) => string;
  /** Show "Copy permalink" among the exports: only on a page whose address restores its inputs. */
  readonly permalink?: boolean;
  /** Gives every legend entry a remove button (×) that calls this with the sweep's id. */
  readonly onRemove?: (id: string) => void;
  /** The sweep still being measured, if any: its remove button is disabled. */
  readonly measuring?: string | undefined;
  /** What the sweeps measured, for the reading of the serial fraction (see readSweep); default `loop`. */
  readonly work?: SweepWork;
  /** Shown after the export buttons, before the tables (a lab's own follow-up actions). */
  readonly children?: ReactNode;
}

const labelOf = (sweep: Sweep) => sweep.label;

export function SweepView({
  sweeps,
  cores,
  fileName,
  permalink = false,
  describeSweep = labelOf,
  onRemove,
  measuring,
  work = 'loop',
  children,
}: SweepViewProps) {
  const m = useMessages(sweepViewMessages);
  const lang = useLang();
  const speedupSvg = useRef<SVGSVGElement | null>(null);
  const efficiencySvg = useRef<SVGSVGElement | null>(null);
  const drawSpeedup = useCallback(
    (size: ChartSize) => drawSweepChart('speedup', sweeps, cores, m.chartText, size),
    [sweeps, cores, m],
  );
  const drawEfficiency = useCallback(
    (size: ChartSize) => drawSweepChart('efficiency', sweeps, cores, m.chartText, size),
    [sweeps, cores, m],
  );
  const last = sweeps.at(-1);
  const reading = useMemo(
    () => (last ? readSweep(last, cores, lang, work) : undefined),
    [last, cores, lang, work],
  );
  const efficiency = useMemo(() => (last ? readEfficiency(last, cores, lang) : []), [last, cores, lang]);
  if (sweeps.length === 0) return null;
  return (
    <>
      <ul className="legend" aria-label={m.sweeps}>
        {sweeps.map((sweep, i) => (
          <li key={sweep.id}>
            <span className="swatch" style={{ background: seriesColour(i) }} aria-hidden="true" />
            {sweep.label}
            {onRemove && (
              <button
                type="button"
                aria-label={m.remove(sweep.label)}
                onClick={() => onRemove(sweep.id)}
                disabled={sweep.id === measuring}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      <h4>{m.speedupChart}</h4>
      <SweepChart
        kind="speedup"
        sweeps={sweeps}
        cores={cores}
        text={m.chartText}
        label={m.speedupChart}
        svgRef={speedupSvg}
      />
      {reading && (
        <div className="reading" data-testid="speedup-reading">
          {reading.curve.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          {reading.fit.length > 0 && <p data-testid="amdahl">{joinSentences(lang, reading.fit)}</p>}
        </div>
      )}
      <h4>{m.efficiencyChart}</h4>
      <SweepChart
        kind="efficiency"
        sweeps={sweeps}
        cores={cores}
        text={m.chartText}
        label={m.efficiencyChart}
        svgRef={efficiencySvg}
      />
      <FigureExport
        chart={m.efficiencyChart}
        lead={m.efficiencyFigure}
        fileName={`${fileName}-efficiency`}
        svgRef={efficiencySvg}
        slide={{
          draw: drawEfficiency,
          caption: sweepCaption('efficiency', sweeps, describeSweep, m.caption),
        }}
      />
      {efficiency.length > 0 && (
        <div className="reading" data-testid="efficiency-reading">
          {efficiency.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
      )}
      <SweepExport
        sweeps={sweeps}
        svgRef={speedupSvg}
        slide={{ draw: drawSpeedup, caption: sweepCaption('speedup', sweeps, describeSweep, m.caption) }}
        fileName={fileName}
        permalink={permalink}
      />
      {children}
      {sweeps.map((sweep) => (
        <SweepTable key={sweep.id} sweep={sweep} versus={versusFor(sweep, sweeps)} />
      ))}
    </>
  );
}
