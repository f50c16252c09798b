import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useMessages } from '../../ui/i18n-context.tsx';
import { poolLabMessages } from './pool-lab-messages.ts';
import type { ResultsStore } from './results-store.ts';
import { STATUS_COLOURS } from './status-colours.ts';
import type { WorkerMark } from './use-pool-run.ts';

const LANE = 18;
const GAP = 4;
/** Bars drawn per animation frame: keeps every frame's work far below a 50 ms long task. */
const BARS_PER_FRAME = 15_000;

/**
 * Lanes are pool slots, not worker ids: a worker that replaces a terminated one (after a timeout or a
 * crash) takes over the lane it frees, so a 4-worker pool always draws 4 lanes, with the exit marked.
 */
function assignLanes(
  marks: readonly WorkerMark[],
  store: ResultsStore,
): { laneOf: Map<number, number>; lanes: number } {
  const laneOf = new Map<number, number>();
  const free: number[] = [];
  let lanes = 0;
  const take = (workerId: number) => {
    if (laneOf.has(workerId)) return;
    free.sort((a, b) => a - b);
    laneOf.set(workerId, free.shift() ?? lanes++);
  };
  for (const mark of [...marks].sort((a, b) => a.t - b.t)) {
    if (mark.type === 'worker-start') take(mark.workerId);
    else {
      const lane = laneOf.get(mark.workerId);
      if (lane !== undefined) free.push(lane);
    }
  }
  // Workers whose start was not seen still get a lane of their own.
  for (let k = 0; k < store.completed; k++) {
    const w = store.workerOf(store.completion[k]!);
    if (w >= 0 && !laneOf.has(w)) laneOf.set(w, lanes++);
  }
  return { laneOf, lanes };
}

interface View {
  readonly from: number;
  readonly to: number;
}

/**
 * One lane per worker, a bar per task coloured by status, worker exits marked; on a canvas, redrawn in
 * slices across frames, so 100k tasks draw without a long task. Zoom with the buttons; hover for details.
 */
export function PoolTimeline({
  store,
  marks,
  version,
  spanMs,
}: {
  store: ResultsStore;
  marks: readonly WorkerMark[];
  version: number;
  /** ms the run has lasted so far. */
  spanMs: number;
}) {
  const m = useMessages(poolLabMessages);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [zoom, setZoom] = useState<View | undefined>();
  const [hover, setHover] = useState<string>('');
  const { laneOf, lanes } = assignLanes(marks, store);
  const view: View = zoom ?? { from: 0, to: Math.max(spanMs, 1) };
  const height = Math.max(1, lanes) * (LANE + GAP);
  const laneKey = [...laneOf].join(';');

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const width = element.clientWidth || 900;
    const ratio = window.devicePixelRatio || 1;
    element.width = Math.round(width * ratio);
    element.height = Math.round(height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const scale = width / (view.to - view.from);
    const count = store.completed;
    let next = 0;
    let frame = 0;
    const drawSlice = () => {
      const end = Math.min(count, next + BARS_PER_FRAME);
      for (; next < end; next++) {
        const i = store.completion[next]!;
        const start = store.startOf(i);
        if (Number.isNaN(start)) continue;
        const lane = laneOf.get(store.workerOf(i));
        if (lane === undefined) continue;
        const x = (start - view.from) * scale;
        const w = Math.max(1, store.durationOf(i) * scale);
        if (x + w < 0 || x > width) continue;
        context.fillStyle = STATUS_COLOURS[store.statusOf(i)];
        context.fillRect(x, lane * (LANE + GAP), w, LANE);
      }
      if (next < count) frame = requestAnimationFrame(drawSlice);
      else {
        context.fillStyle = '#D55E00';
        for (const mark of marks) {
          if (mark.type !== 'worker-exit') continue;
          const lane = laneOf.get(mark.workerId);
          if (lane === undefined) continue;
          context.fillRect((mark.t - view.from) * scale - 1, lane * (LANE + GAP) - 2, 3, LANE + 4);
        }
      }
    };
    drawSlice();
    return () => cancelAnimationFrame(frame);
  }, [store, marks, version, view.from, view.to, height, laneKey, laneOf]);

  const onMove = (event: MouseEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const lane = Math.floor((event.clientY - rect.top) / (LANE + GAP));
    const t = view.from + ((event.clientX - rect.left) / rect.width) * (view.to - view.from);
    for (let k = 0; k < store.completed; k++) {
      const i = store.completion[k]!;
      if (laneOf.get(store.workerOf(i)) !== lane) continue;
      const start = store.startOf(i);
      if (t >= start && t <= start + Math.max(store.durationOf(i), (view.to - view.from) / rect.width)) {
        return setHover(
          m.taskHover(i, store.workerOf(i), m.statuses[store.statusOf(i)], start, store.durationOf(i)),
        );
      }
    }
    setHover('');
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
        <small>{m.timelineRange(view.from, view.to, lanes)}</small>
      </div>
      <canvas
        ref={canvas}
        style={{ height }}
        role="img"
        aria-label={m.timelineLabel(store.completed, lanes)}
        data-testid="pool-timeline"
        onMouseMove={onMove}
        onMouseLeave={() => setHover('')}
      />
      <p className="note" aria-live="off">
        {hover || m.hoverHint}
      </p>
    </div>
  );
}
