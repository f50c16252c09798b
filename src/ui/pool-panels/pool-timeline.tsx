import { memo, useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { niceCeil } from '../../lib/math/nice-number.ts';
import { useMessages } from '../i18n-context.tsx';
import { poolPanelMessages } from './pool-panel-messages.ts';
import type { ResultsStore, Status } from './results-store.ts';
import { STATUS_COLOURS } from './status-colours.ts';
import { assignLanes } from './timeline-lanes.ts';
import { GAP, LANE, TimelinePainter } from './timeline-painter.ts';
import type { WorkerMark } from './run-events.ts';

/** Statuses a bar can have (a pending item has no bar). */
const LEGEND_STATUSES: readonly Status[] = ['ok', 'error', 'timeout', 'cancelled'];

interface View {
  readonly from: number;
  readonly to: number;
}

/**
 * The end of the time axis while a run goes on: the next of 1, 2, 5 × 10^k ms at or after `ms`, so the
 * scale changes a few times per run (each time the drawing starts over) instead of at every refresh.
 */
export function runningAxisEnd(ms: number): number {
  return niceCeil(Math.max(ms, 100));
}

/**
 * One lane per pool slot, a bar per task coloured by status, worker exits marked; on a canvas, drawn
 * incrementally, so 100k tasks draw without a long task. Zoom with the buttons; hover for details.
 */
export const PoolTimeline = memo(function PoolTimeline({
  store,
  marks,
  version,
  spanMs,
  ended,
}: {
  store: ResultsStore;
  marks: readonly WorkerMark[];
  /** Changes when outcomes arrived: draws them. */
  version: number;
  /** ms the run has lasted so far. */
  spanMs: number;
  /** The run is over: the axis ends at its end. */
  ended: boolean;
}) {
  const m = useMessages(poolPanelMessages);
  const canvas = useRef<HTMLCanvasElement>(null);
  const painter = useRef<TimelinePainter | undefined>(undefined);
  const [zoom, setZoom] = useState<View | undefined>();
  const [hover, setHover] = useState<string>('');
  const [width, setWidth] = useState(0);
  const lanes = assignLanes(marks, store.workerIds);
  const view: View = zoom ?? { from: 0, to: ended ? Math.max(spanMs, 1) : runningAxisEnd(spanMs) };
  const height = Math.max(1, lanes.lanes) * (LANE + GAP);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      painter.current?.dispose();
    };
  }, []);

  // A layout effect: the canvas is redrawn in the same frame as the rest of the page changes. The width
  // comes from the ResizeObserver, after the browser's own layout: reading clientWidth here would force a
  // layout of the whole page inside the click that started the run.
  useLayoutEffect(() => {
    const element = canvas.current;
    if (!element || width === 0) return;
    painter.current ??= new TimelinePainter(element);
    painter.current.show({ store, marks, lanes, from: view.from, to: view.to, width });
  }, [store, marks, lanes, version, view.from, view.to, width]);

  const onMove = (event: MouseEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const i = painter.current?.itemAt(event.clientX - rect.left, event.clientY - rect.top);
    if (i === undefined) return setHover('');
    const worker = store.workerOf(i);
    setHover(m.taskHover(i, worker, m.statuses[store.statusOf(i)], store.startOf(i), store.durationOf(i)));
  };

  const zoomBy = (factor: number) => {
    const centre = (view.from + view.to) / 2;
    const half = ((view.to - view.from) / 2) * factor;
    setZoom({ from: Math.max(0, centre - half), to: centre + half });
  };

  return (
    <div className="pool-timeline">
      <div className="actions" role="group" aria-label={m.zoom}>
        <button type="button" onClick={() => zoomBy(0.5)}>
          {m.zoomIn}
        </button>
        <button type="button" onClick={() => zoomBy(2)}>
          {m.zoomOut}
        </button>
        <button type="button" onClick={() => setZoom(undefined)} disabled={!zoom}>
          {m.zoomReset}
        </button>
        <small>{m.timelineRange(view.from, view.to, lanes.lanes)}</small>
      </div>
      <ul className="legend pool-legend" aria-label={m.legend}>
        {LEGEND_STATUSES.map((status) => (
          <li key={status}>
            <span
              className="swatch"
              aria-hidden="true"
              style={{ background: status === 'ok' ? 'var(--status-ok)' : STATUS_COLOURS[status] }}
            />
            {m.statuses[status]}
          </li>
        ))}
        <li>
          <span className="swatch exit" aria-hidden="true" />
          {m.exitMark}
        </li>
      </ul>
      <canvas
        ref={canvas}
        style={{ height }}
        role="img"
        aria-label={m.timelineLabel(store.completed, lanes.lanes)}
        data-testid="pool-timeline"
        onMouseMove={onMove}
        onMouseLeave={() => setHover('')}
      />
      <p className="note" aria-live="off">
        {hover || m.hoverHint}
      </p>
    </div>
  );
});
