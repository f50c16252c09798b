import { memo, useState, type UIEvent } from 'react';
import { useMessages } from '../i18n-context.tsx';
import { poolPanelMessages } from './pool-panel-messages.ts';
import type { ResultsStore, Status } from './results-store.ts';

const ROW_HEIGHT = 28;
const VISIBLE_HEIGHT = 360;
const OVERSCAN = 8;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === '') return "''";
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * Every outcome, in the order the caller receives them, drawn as only the rows in view: a million rows
 * cost as much as twenty, and no render builds a list of them (the store keeps them by status). ARIA table
 * roles keep it a table for screen readers.
 */
export const ResultsTable = memo(function ResultsTable({
  store,
  describeItem,
  version,
  filter,
}: {
  store: ResultsStore;
  /**
   * The Item column's text for item `index`. Keep the function the same between renders (useCallback): a
   * new one draws the table again.
   */
  describeItem: (index: number) => string;
  /** Changes when outcomes arrived: shows them. */
  version: number;
  filter: Status | 'all';
}) {
  const m = useMessages(poolPanelMessages);
  const [scrollTop, setScrollTop] = useState(0);
  const rowCount = filter === 'all' ? store.completed : store.counts[filter];
  const rowItem = (k: number) => (filter === 'all' ? store.completion[k]! : store.itemWithStatus(filter, k));
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + VISIBLE_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const shown: number[] = [];
  for (let k = first; k < last; k++) shown.push(rowItem(k));
  const c = m.columns;
  return (
    <div
      className="virtual-table"
      role="table"
      aria-label={m.resultsTable}
      aria-rowcount={rowCount + 1}
      data-testid="results-table"
      data-rows={rowCount}
      data-version={version}
    >
      <div role="rowgroup" className="virtual-head">
        <div role="row" className="virtual-row">
          {[c.index, c.item, c.status, c.value, c.worker, c.start, c.duration].map((name) => (
            <span role="columnheader" key={name}>
              {name}
            </span>
          ))}
        </div>
      </div>
      <div
        role="rowgroup"
        className="virtual-body"
        style={{ height: VISIBLE_HEIGHT }}
        tabIndex={0}
        onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div style={{ height: rowCount * ROW_HEIGHT, position: 'relative' }}>
          {shown.map((i, k) => {
            const outcome = store.get(i);
            return (
              <div
                role="row"
                key={i}
                aria-rowindex={first + k + 2}
                className={`virtual-row status-${outcome.status}`}
                data-index={i}
                style={{ position: 'absolute', top: (first + k) * ROW_HEIGHT, height: ROW_HEIGHT }}
              >
                <span role="cell">{i}</span>
                <span role="cell">{describeItem(i)}</span>
                <span role="cell" data-status={outcome.status}>
                  {m.statuses[outcome.status]}
                </span>
                <span role="cell" className="value-cell">
                  {outcome.status === 'ok' ? describeValue(outcome.value) : (outcome.error ?? '')}
                </span>
                <span role="cell">{outcome.workerId ?? '–'}</span>
                <span role="cell">{Number.isNaN(outcome.startMs) ? '–' : outcome.startMs.toFixed(1)}</span>
                <span role="cell">
                  {Number.isNaN(outcome.durationMs) ? '–' : outcome.durationMs.toFixed(1)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});
