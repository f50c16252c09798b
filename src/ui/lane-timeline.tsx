// A timeline with one lane per worker and a bar per interval: which worker did what, when. SVG, so it is
// crisp, themable and inspectable; meant for up to a few thousand bars (the task pool lab draws 100k
// tasks on a canvas instead).
import { useMemo } from 'react';
import { niceCeil } from '../lib/math/nice-number.ts';

export interface LaneBar {
  readonly lane: number;
  /** ms from the start of the run. */
  readonly startMs: number;
  readonly endMs: number;
  /** Shown on hover and to screen readers. */
  readonly label: string;
  /** Selects the colour: a CSS class suffix (`bar-<kind>`). */
  readonly kind: string;
  /** Row inside the lane, from 0, when the timeline has `rowsPerLane` > 1 (e.g. one row per lock). */
  readonly row?: number;
}

const LANE_HEIGHT = 26;
const LANE_GAP = 6;
const LEFT = 86;
const RIGHT = 12;
/** px from the right edge within which an axis label is right-aligned to stay whole. */
const EDGE_LABEL_ROOM = 30;
const AXIS = 26;

/** A round tick step giving about six ticks over `totalMs`, at least 1 µs. */
function niceStep(totalMs: number): number {
  return niceCeil(Math.max(totalMs / 6, 1e-3));
}

export function LaneTimeline({
  bars,
  lanes,
  laneLabel,
  totalMs,
  width = 960,
  title,
  rowsPerLane = 1,
}: {
  bars: readonly LaneBar[];
  lanes: number;
  laneLabel: (lane: number) => string;
  totalMs: number;
  width?: number;
  title: string;
  rowsPerLane?: number;
}) {
  const rowHeight = (LANE_HEIGHT - 4) / rowsPerLane;
  const height = lanes * (LANE_HEIGHT + LANE_GAP) + AXIS;
  const span = Math.max(totalMs, 1e-3);
  const x = (ms: number) => LEFT + (ms / span) * (width - LEFT - RIGHT);
  const ticks = useMemo(() => {
    const step = niceStep(span);
    const list: number[] = [];
    for (let t = 0; t <= span + 1e-9; t += step) list.push(t);
    return list;
  }, [span]);
  return (
    <svg className="lane-timeline" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
      {Array.from({ length: lanes }, (_, lane) => (
        <g key={lane} transform={`translate(0 ${lane * (LANE_HEIGHT + LANE_GAP)})`}>
          <rect className="lane-bg" x={LEFT} y={0} width={width - LEFT - RIGHT} height={LANE_HEIGHT} />
          <text
            className="lane-label"
            x={LEFT - 8}
            y={LANE_HEIGHT / 2}
            dominantBaseline="middle"
            textAnchor="end"
          >
            {laneLabel(lane)}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => (
        <rect
          key={i}
          className={`bar bar-${bar.kind}`}
          x={x(bar.startMs)}
          y={bar.lane * (LANE_HEIGHT + LANE_GAP) + 2 + (bar.row ?? 0) * rowHeight}
          width={Math.max(1, x(bar.endMs) - x(bar.startMs))}
          height={rowHeight}
        >
          <title>{bar.label}</title>
        </rect>
      ))}
      <g transform={`translate(0 ${lanes * (LANE_HEIGHT + LANE_GAP) + 4})`} className="axis">
        {ticks.map((t) => (
          <g key={t} transform={`translate(${x(t)} 0)`}>
            <line y1={-4} y2={2} />
            {/* A label at the right edge ends there instead of being cut in half by it. */}
            <text y={16} textAnchor={x(t) > width - RIGHT - EDGE_LABEL_ROOM ? 'end' : 'middle'}>
              {t >= 1000 ? `${(t / 1000).toFixed(t % 1000 === 0 ? 0 : 1)} s` : `${+t.toFixed(3)} ms`}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
