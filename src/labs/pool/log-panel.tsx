import { useState } from 'react';
import { useMessages } from '../../ui/i18n-context.tsx';
import { poolLabMessages } from './pool-lab-messages.ts';
import type { LogLine } from './use-pool-run.ts';

/** Worker-tagged lines, in the article's `[worker 2] ...` format, with a filter. */
export function LogPanel({
  lines,
  dropped,
  version,
}: {
  lines: readonly LogLine[];
  dropped: number;
  version: number;
}) {
  const m = useMessages(poolLabMessages);
  const [filter, setFilter] = useState('');
  const shown = lines
    .map((line) => `[worker ${line.workerId}] ${line.message}`)
    .filter((text) => text.toLowerCase().includes(filter.toLowerCase()));
  return (
    <section className="card" aria-labelledby="logs-title" data-version={version}>
      <h3 id="logs-title">{m.logs}</h3>
      <div className="field" style={{ maxWidth: '20rem' }}>
        <label htmlFor="log-filter">{m.logFilter}</label>
        <input id="log-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      {dropped > 0 && <p className="note">{m.logDropped(dropped)}</p>}
      <ol className="log-panel" data-testid="log-lines" tabIndex={0}>
        {shown.length === 0 ? (
          <li>{m.noLogs}</li>
        ) : (
          shown.slice(-300).map((text, i) => <li key={i}>{text}</li>)
        )}
      </ol>
    </section>
  );
}
