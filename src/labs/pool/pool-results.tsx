// The pool lab's results: the shared results section (counters, outcomes, timeline) with this lab's item
// labels, and the reading of the run's figures once it has ended.
import { useCallback } from 'react';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { ResultsSection } from '../../ui/pool-panels/results-section.tsx';
import { makeItem } from './engine/work-items.ts';
import { poolLabMessages } from './pool-lab-messages.ts';
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

export function PoolResults({
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
  const { items } = run.settings;
  // The item each row stands for, in the table's Item column: its URL, or its work and how it was made to fail.
  const describeItem = useCallback(
    (i: number) => {
      const item = makeItem(i, items);
      return item.url ?? m.itemLabel(item.kind, item.amount, item.fail);
    },
    [items, m],
  );
  return (
    <ResultsSection
      store={run.store}
      marks={run.events.marks}
      version={version}
      elapsedMs={elapsedMs}
      ended={run.endMs !== undefined}
      describeItem={describeItem}
    >
      <StatsReading run={run} />
    </ResultsSection>
  );
}
