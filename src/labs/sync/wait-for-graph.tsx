// The wait-for graph of the deadlock demo: locks and workers around a circle (each worker between its
// two locks), a solid arrow from a lock to its holder, a dashed arrow from a worker to the lock it waits
// for. Arrows on a cycle are drawn in the error colour.
import { useId } from 'react';
import { lockLetter } from './lock-letter.ts';

const SIZE = 280;
const RADIUS = 100;
const NODE = 20;

export function WaitForGraph({
  holders,
  waitingFor,
  cycle,
  title,
}: {
  /** Per lock: its holder (worker id) or 0. */
  holders: readonly number[];
  /** Per worker (index workerId - 1): the lock it waits for, or -1. */
  waitingFor: readonly number[];
  /** Workers on a cycle. */
  cycle: ReadonlySet<number>;
  title: string;
}) {
  const marker = useId().replace(/:/g, '');
  const k = holders.length;
  // Around the circle: lock 0, worker 1, lock 1, worker 2, ... so worker i sits between locks i-1 and i.
  const at = (slot: number) => {
    const angle = (slot / (2 * k)) * 2 * Math.PI - Math.PI / 2;
    return { x: SIZE / 2 + RADIUS * Math.cos(angle), y: SIZE / 2 + RADIUS * Math.sin(angle) };
  };
  const lockAt = (lock: number) => at(2 * lock);
  const workerAt = (worker: number) => at(2 * (worker - 1) + 1);
  /** The segment between two node centres, shortened so the arrow ends at the node's edge. */
  const segment = (from: { x: number; y: number }, to: { x: number; y: number }) => {
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy) || 1;
    const trim = NODE + 4;
    return {
      x1: from.x + (dx / length) * trim,
      y1: from.y + (dy / length) * trim,
      x2: to.x - (dx / length) * trim,
      y2: to.y - (dy / length) * trim,
    };
  };
  const arrows: { key: string; line: ReturnType<typeof segment>; wait: boolean; hot: boolean }[] = [];
  holders.forEach((holder, lock) => {
    if (holder > 0)
      arrows.push({
        key: `h${lock}`,
        line: segment(lockAt(lock), workerAt(holder)),
        wait: false,
        hot: cycle.has(holder) && waitingFor.some((l, w) => l === lock && cycle.has(w + 1)),
      });
  });
  waitingFor.forEach((lock, index) => {
    if (lock >= 0)
      arrows.push({
        key: `w${index}`,
        line: segment(workerAt(index + 1), lockAt(lock)),
        wait: true,
        hot: cycle.has(index + 1),
      });
  });
  return (
    <svg className="wait-for-graph" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={title}>
      <defs>
        {['plain', 'hot'].map((kind) => (
          <marker
            key={kind}
            id={`${marker}-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className={`arrow-head ${kind}`} />
          </marker>
        ))}
      </defs>
      {arrows.map(({ key, line, wait, hot }) => (
        <line
          key={key}
          {...line}
          className={`edge ${wait ? 'edge-wait' : 'edge-hold'} ${hot ? 'hot' : ''}`}
          markerEnd={`url(#${marker}-${hot ? 'hot' : 'plain'})`}
        />
      ))}
      {holders.map((_, lock) => {
        const { x, y } = lockAt(lock);
        return (
          <g key={`l${lock}`} className="node node-lock">
            <rect x={x - NODE} y={y - NODE} width={2 * NODE} height={2 * NODE} rx={4} />
            <text x={x} y={y} dominantBaseline="central" textAnchor="middle">
              {lockLetter(lock)}
            </text>
          </g>
        );
      })}
      {waitingFor.map((_, index) => {
        const { x, y } = workerAt(index + 1);
        return (
          <g key={`w${index}`} className={`node node-worker ${cycle.has(index + 1) ? 'hot' : ''}`}>
            <circle cx={x} cy={y} r={NODE} />
            <text x={x} y={y} dominantBaseline="central" textAnchor="middle">
              {`W${index + 1}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
