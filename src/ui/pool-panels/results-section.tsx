// A run's results: a counter per status (each filters the table), every outcome, the timeline, and what the
// lab adds below them (the pool lab: the reading of the run's figures once it has ended).
import { useState, type ReactNode } from 'react';
import { useMessages } from '../i18n-context.tsx';
import { PoolTimeline } from './pool-timeline.tsx';
import { poolPanelMessages } from './pool-panel-messages.ts';
import { STATUSES, type ResultsStore, type Status } from './results-store.ts';
import { ResultsTable } from './results-table.tsx';
import type { WorkerMark } from './run-events.ts';

export function ResultsSection({
  store,
  marks,
  version,
  elapsedMs,
  ended,
  describeItem,
  children,
}: {
  /** The run's outcomes; a new store is a new run. */
  store: ResultsStore;
  /** The run's worker starts and exits (RunEvents.marks). */
  marks: readonly WorkerMark[];
  /** Changes when outcomes arrived: shows them. */
  version: number;
  /** ms the run has lasted so far. */
  elapsedMs: number;
  /** The run is over: the timeline's axis ends at its end. */
  ended: boolean;
  /** The Item column's text for item `index`, the same function between renders (see ResultsTable). */
  describeItem: (index: number) => string;
  /** Shown after the timeline, inside the section. */
  children?: ReactNode;
}) {
  const m = useMessages(poolPanelMessages);
  const [filter, setFilter] = useState<Status | 'all'>('all');
  // A new run starts with every row shown: the filter belongs to the run it was chosen on.
  const [filteredStore, setFilteredStore] = useState(store);
  if (filteredStore !== store) {
    setFilteredStore(store);
    setFilter('all');
  }
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
      <ResultsTable store={store} describeItem={describeItem} version={version} filter={filter} />
      <h4>{m.timeline}</h4>
      <PoolTimeline store={store} marks={marks} version={version} spanMs={elapsedMs} ended={ended} />
      {children}
    </section>
  );
}
