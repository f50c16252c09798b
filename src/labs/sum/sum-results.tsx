import { useMemo } from 'react';
import { sumRangeClosedForm } from '../../kernels/sum-range.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LaneTimeline, type LaneBar } from '../../ui/lane-timeline.tsx';
import { sumLabMessages } from './sum-lab-messages.ts';
import type { SumOutcome } from './use-sum-run.ts';

export function SumResults({ outcome }: { outcome: SumOutcome }) {
  const m = useMessages(sumLabMessages);
  const lang = useLang();
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const { request } = outcome;
  const expected = sumRangeClosedForm(request.low, request.high);
  const matches = expected === outcome.total;
  const { bars, lanes, workerIds } = useMemo(() => {
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
    return { bars: list, lanes: ids.length, workerIds: ids };
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
            {matches ? `✓ ${m.checkOk}` : `✗ ${m.checkBad}: ${expected.toLocaleString(locale)}`}
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
          <LaneTimeline
            bars={bars}
            lanes={lanes}
            totalMs={span}
            title={m.timelineTitle(lanes)}
            laneLabel={(lane) => m.workerLane(workerIds[lane] ?? lane)}
          />
        </>
      )}
    </section>
  );
}
