// "Who holds the lock": one lane per worker, bars for the time it held a lock and the time it waited
// for one, and the contention figures under it. Used by the locks lab (mutex runs, deadlock, semaphore,
// barrier) and by the summation lab's simulated GIL.
import { useMemo } from 'react';
import {
  coalesceSpans,
  summariseLockUsage,
  type LockLane,
  type LockSpan,
} from '../lib/atomics/lock-usage.ts';
import { useMessages } from './i18n-context.tsx';
import { LaneTimeline, type LaneBar } from './lane-timeline.tsx';
import { lockTimelineMessages } from './lock-timeline-messages.ts';

/** Bars per lane at most, roughly: closer spans of one kind merge so a long run still draws quickly. */
const BARS_PER_LANE = 1500;

/** The lock name of a run with one lock: none. */
const unnamed = () => '';

/** Which contention figures apply: all of them for a mutex; none where "hand-off" means nothing. */
export type LockFigures = 'mutex' | 'waiting' | 'none';

function barKind(span: LockSpan): string {
  // A second lock's bars are told apart by lightness as well as by their legend's lock name.
  if (span.kind === 'wait') return span.gaveUp ? (span.lock % 2 === 0 ? 'gaveup' : 'gaveup-alt') : 'wait';
  return span.lock % 2 === 0 ? 'hold' : 'hold-alt';
}

export function LockTimeline({
  lanes,
  runMs,
  title,
  laneLabel,
  lockName = unnamed,
  labels,
  figures = 'mutex',
  droppedSpans = 0,
  testId,
}: {
  lanes: readonly LockLane[];
  /** Length of the run, ms; spans are ms from its start. */
  runMs: number;
  title: string;
  laneLabel: (thread: number) => string;
  /** A lock's name for labels ("A", "B"); '' when the run has one lock. */
  lockName?: (lock: number) => string;
  /** Words for the two kinds of bar, when "holds the lock" is not the right phrase (e.g. a semaphore). */
  labels?: { hold: (lock: string) => string; wait: (lock: string) => string };
  figures?: LockFigures;
  droppedSpans?: number;
  testId?: string;
}) {
  const m = useMessages(lockTimelineMessages);
  // Memoised on the two functions, not the object that carries them: callers write `labels` inline, and
  // the bars of a long run take a while to build.
  const holdWords = labels?.hold;
  const waitWords = labels?.wait;
  const usage = useMemo(() => summariseLockUsage(lanes, runMs), [lanes, runMs]);
  const { bars, rows, kinds } = useMemo(() => {
    const words = { hold: holdWords ?? m.hold, wait: waitWords ?? m.wait };
    const minGapMs = runMs / BARS_PER_LANE;
    const list: LaneBar[] = [];
    const shown = new Map<string, string>();
    let rowCount = 1;
    lanes.forEach((lane, index) => {
      // Each lock this worker touches gets its own row, in the order it first touched them.
      const rowOf = new Map<number, number>();
      for (const span of [...lane.spans].sort((a, b) => a.startMs - b.startMs))
        if (!rowOf.has(span.lock)) rowOf.set(span.lock, rowOf.size);
      rowCount = Math.max(rowCount, rowOf.size);
      for (const span of coalesceSpans(lane.spans, minGapMs)) {
        const name = lockName(span.lock);
        const what =
          span.kind === 'hold' ? words.hold(name) : span.gaveUp ? m.gaveUp(name) : words.wait(name);
        const kind = barKind(span);
        shown.set(`${kind}/${name}`, what);
        list.push({
          lane: index,
          row: rowOf.get(span.lock) ?? 0,
          startMs: span.startMs,
          endMs: span.endMs,
          kind,
          label: m.bar(what, span.startMs, span.endMs),
        });
      }
    });
    const legend = [...shown.entries()]
      .map(([key, what]) => ({ kind: key.slice(0, key.indexOf('/')), what }))
      .sort((a, b) => a.what.localeCompare(b.what));
    return { bars: list, rows: rowCount, kinds: legend };
  }, [lanes, runMs, lockName, holdWords, waitWords, m]);

  return (
    <div className="lock-timeline" data-testid={testId}>
      <LaneTimeline
        bars={bars}
        lanes={lanes.length}
        rowsPerLane={rows}
        totalMs={runMs}
        title={title}
        laneLabel={(lane) => laneLabel(lanes[lane]?.thread ?? lane + 1)}
      />
      <ul className="legend" aria-label={m.legend}>
        {kinds.map(({ kind, what }) => (
          <li key={`${kind}/${what}`}>
            <span aria-hidden="true" className={`swatch swatch-${kind}`} />
            {what}
          </li>
        ))}
      </ul>
      {figures !== 'none' && (
        <dl className="figures">
          <div>
            <dt>{m.waitShare}</dt>
            <dd data-testid="lock-wait-share">{m.waitShareValue(usage.waitShare)}</dd>
          </div>
          {figures === 'mutex' && (
            <>
              <div>
                <dt>{m.handoffs}</dt>
                <dd data-testid="lock-handoffs">
                  {m.handoffsValue(usage.handoffs, usage.handoffsPerSecond)}
                </dd>
              </div>
              <div>
                <dt>{m.heldShare}</dt>
                <dd>{m.heldShareValue(usage.heldShare)}</dd>
              </div>
            </>
          )}
        </dl>
      )}
      {droppedSpans > 0 && <p className="note">{m.dropped(droppedSpans)}</p>}
    </div>
  );
}
