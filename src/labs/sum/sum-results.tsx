import { useMemo } from 'react';
import { sumRangeClosedForm } from '../../lib/sum/kernels/sum-range.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LABEL_PUNCTUATION } from '../../ui/lang.ts';
import { gapsWithin, type LockLane } from '../../lib/atomics/lock-usage.ts';
import { LaneTimeline, type LaneBar } from '../../ui/lane-timeline.tsx';
import { LockTimeline } from '../../ui/lock-timeline.tsx';
import { sumLabMessages } from './sum-lab-messages.ts';
import type { SumOutcome } from './sum-run-types.ts';

/** The simulated GIL is the run's only lock. */
const gilName = () => 'GIL';

export function SumResults({ outcome }: { outcome: SumOutcome }) {
  const m = useMessages(sumLabMessages);
  const lang = useLang();
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const { request } = outcome;
  const expected = sumRangeClosedForm(request.low, request.high);
  const matches = expected === outcome.total;
  const { bars, lanes, workerIds, gilLanes } = useMemo(() => {
    const ids = [...new Set(outcome.chunks.map((c) => c.workerId))].sort((a, b) => a - b);
    const t0 = Math.min(...outcome.chunks.map((c) => c.startMs));
    const list: LaneBar[] = outcome.chunks.map((chunk, i) => ({
      lane: ids.indexOf(chunk.workerId),
      startMs: chunk.startMs - t0,
      endMs: chunk.endMs - t0,
      kind: i % 2 === 0 ? 'main' : 'alt',
      label: m.chunkLabel(
        chunk.low.toLocaleString(locale),
        chunk.high.toLocaleString(locale),
        chunk.workerId,
        chunk.endMs - chunk.startMs,
      ),
    }));
    // The simulated GIL's holds per worker; inside its chunks, a worker not holding the GIL waits for it.
    const gilLanes: LockLane[] = outcome.chunks.some((c) => c.gilHolds)
      ? ids.map((id) => {
          const mine = outcome.chunks.filter((c) => c.workerId === id);
          const holds = mine
            .flatMap((c) => c.gilHolds ?? [])
            .map((h) => [h.startMs - t0, h.endMs - t0] as const);
          const waits = gapsWithin(
            mine.map((c) => [c.startMs - t0, c.endMs - t0] as const),
            holds,
          );
          return {
            thread: id,
            spans: [
              ...holds.map(([startMs, endMs]) => ({ kind: 'hold' as const, startMs, endMs, lock: 0 })),
              ...waits.map(([startMs, endMs]) => ({ kind: 'wait' as const, startMs, endMs, lock: 0 })),
            ],
          };
        })
      : [];
    return { bars: list, lanes: ids.length, workerIds: ids, gilLanes };
  }, [outcome, m, locale]);
  const span = bars.reduce((max, bar) => Math.max(max, bar.endMs), 0);
  const transport = request.transport === 'shared' ? m.transportShared : m.transportMessage;
  return (
    <section className="card" aria-labelledby="sum-result-title">
      <h3 id="sum-result-title">{m.result}</h3>
      <dl className="figures">
        <div className="wide">
          <dt>{m.total}</dt>
          <dd data-testid="sum-total">{outcome.total.toLocaleString(locale)}</dd>
        </div>
        <div>
          <dt>{m.check}</dt>
          <dd className={matches ? 'check-ok' : 'check-bad'} data-testid="sum-check">
            {matches
              ? `✓ ${m.checkOk}`
              : `✗ ${m.checkBad}${LABEL_PUNCTUATION[lang].colon}${LABEL_PUNCTUATION[lang].gap}${expected.toLocaleString(locale)}`}
          </dd>
        </div>
        <div>
          <dt>{m.time}</dt>
          <dd data-testid="sum-time">{m.timeValue(outcome.ms)}</dd>
        </div>
        <div>
          <dt>{m.ranOn}</dt>
          <dd className="figure-small">
            {request.where === 'main'
              ? m.ranOnMain
              : m.ranOnWorkers(request.workers, request.workers * request.chunksPerWorker, transport)}
          </dd>
        </div>
        {outcome.handoffs !== undefined && (
          <div>
            <dt>{m.handoffs}</dt>
            <dd data-testid="sum-handoffs">{outcome.handoffs.toLocaleString(locale)}</dd>
          </div>
        )}
      </dl>
      {request.gilMs !== undefined && <p className="note">{m.gilNote}</p>}
      {bars.length > 0 && (
        <>
          <h4>{m.timeline}</h4>
          <p className="note">{m.timelineNote}</p>
          <LaneTimeline
            bars={bars}
            lanes={lanes}
            totalMs={span}
            title={m.timelineTitle(lanes)}
            laneLabel={(lane) => m.workerLane(workerIds[lane] ?? lane)}
          />
        </>
      )}
      {gilLanes.length > 0 && (
        <>
          <h4>{m.gilTimeline}</h4>
          <LockTimeline
            lanes={gilLanes}
            runMs={span}
            title={m.gilTimelineTitle(gilLanes.length)}
            laneLabel={m.workerLane}
            lockName={gilName}
            testId="sum-gil-timeline"
          />
        </>
      )}
    </section>
  );
}
