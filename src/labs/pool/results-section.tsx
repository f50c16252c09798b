// A run's results: a counter per status (each filters the table), every outcome, the timeline, and the
// reading of the run's figures once it has ended.
import { useState } from 'react';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { STATUSES, type Status } from './engine/results-store.ts';
import { poolLabMessages } from './pool-lab-messages.ts';
import { PoolTimeline } from './pool-timeline.tsx';
import { ResultsTable } from './results-table.tsx';
import { readPoolStats } from './stats-reading.ts';
import { statsReadingMessages } from './stats-reading-messages.ts';
import type { PoolRun } from './use-pool-run.ts';

/** The reading of an ended run's figures, or nothing while it runs (or when the pool gave none). */
function StatsReading({ run }: { run: PoolRun }) {
  const lang = useLang();
  const r = useMessages(statsReadingMessages);
  const { store, settings, stats, endMs } = run;
  if (!stats || endMs === undefined) return null;
  const sentences = readPoolStats(
    {
      ended: store.counts.ok + store.counts.error + store.counts.timeout,
      errors: store.counts.error,
      timeouts: store.counts.timeout,
      cancelled: store.counts.cancelled,
      elapsedMs: endMs,
      workers: settings.workers,
      allIo: settings.items.kind === 'io' || settings.items.preset === 'process_url',
      timeoutMs: settings.timeoutMs,
      utilization: stats.utilization,
      waitMs: stats.waitMs,
      runMs: stats.runMs,
      gil: run.gil ? { turns: run.gilTurns, mostHolding: run.gilMostHolding } : undefined,
    },
    lang,
  );
  return (
    <>
      <h4>{r.title}</h4>
      <div className="reading" data-testid="pool-reading">
        {sentences.map((sentence, i) => (
          <p key={i}>{sentence}</p>
        ))}
      </div>
    </>
  );
}

export function ResultsSection({
  run,
  version,
  elapsedMs,
}: {
  run: PoolRun;
  /** Changes when outcomes arrived: shows them. */
  version: number;
  elapsedMs: number;
}) {
  const m = useMessages(poolLabMessages);
  const [filter, setFilter] = useState<Status | 'all'>('all');
  // A new run starts with every row shown: the filter belongs to the run it was chosen on.
  const [filteredRun, setFilteredRun] = useState(run);
  if (filteredRun !== run) {
    setFilteredRun(run);
    setFilter('all');
  }
  const { store } = run;
  return (
    <section className="card" aria-labelledby="pool-results-title">
      <h3 id="pool-results-title">{m.results}</h3>
      <ul className="counters" aria-label={m.results} data-testid="counters">
        <li>
          <button type="button" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
            {m.counter(m.all, store.completed)}
          </button>
        </li>
        {STATUSES.filter((s) => s !== 'pending').map((status) => (
          <li key={status}>
            <button
              type="button"
              aria-pressed={filter === status}
              data-status={status}
              data-count={store.counts[status]}
              onClick={() => setFilter(status)}
            >
              {m.counter(m.statuses[status], store.counts[status])}
            </button>
          </li>
        ))}
      </ul>
      <ResultsTable store={store} items={run.settings.items} version={version} filter={filter} />
      <h4>{m.timeline}</h4>
      <PoolTimeline
        store={store}
        marks={run.marks}
        version={version}
        spanMs={elapsedMs}
        ended={run.endMs !== undefined}
      />
      <StatsReading run={run} />
    </section>
  );
}
