import { memo, useState } from 'react';
import { useMessages } from '../i18n-context.tsx';
import { poolPanelMessages } from './pool-panel-messages.ts';
import { LOG_CAP, type LogLine } from './run-events.ts';

/**
 * Lines shown at most: the newest that pass the filter. The box shows about a dozen at a time; every line
 * in the DOM is laid out again when lines arrive, so a few hundred would cost a frame its budget.
 */
const SHOWN = 100;

/** Worker-tagged lines, in the article's `[worker 2] ...` format, with a filter. */
export const LogPanel = memo(function LogPanel({
  lines,
  dropped,
  received,
  kept = LOG_CAP,
}: {
  lines: readonly LogLine[];
  dropped: number;
  /** Lines received so far in the run: the panel renders again when it changes. */
  received: number;
  /** Lines the run keeps at most (its collector's cap), as the note on dropped lines says. */
  kept?: number;
}) {
  const m = useMessages(poolPanelMessages);
  const [filter, setFilter] = useState('');
  const needle = filter.toLowerCase();
  const shown: { key: number; text: string }[] = [];
  let matching = 0;
  // Newest first while collecting; keys are the lines' own numbers, so new lines add elements instead of
  // rewriting every row.
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k]!;
    const text = `[worker ${line.workerId}] ${line.message}`;
    if (!text.toLowerCase().includes(needle)) continue;
    matching++;
    if (shown.length < SHOWN) shown.push({ key: line.seq, text });
  }
  shown.reverse();
  return (
    <section className="card" aria-labelledby="logs-title" data-received={received}>
      <h3 id="logs-title">{m.logs}</h3>
      <div className="field" style={{ maxWidth: '20rem' }}>
        <label htmlFor="log-filter">{m.logFilter}</label>
        <input id="log-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      {dropped > 0 && <p className="note">{m.logDropped(dropped, kept)}</p>}
      {matching > shown.length && <p className="note">{m.logShown(shown.length, matching)}</p>}
      <ol className="log-panel" data-testid="log-lines" tabIndex={0}>
        {shown.length === 0 ? <li>{m.noLogs}</li> : shown.map(({ key, text }) => <li key={key}>{text}</li>)}
      </ol>
    </section>
  );
});
