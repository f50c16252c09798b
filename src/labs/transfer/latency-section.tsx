import { useMemo, useState } from 'react';
import { measureLatency, type LatencyResult } from './engine/measure-latency.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { useAbortableTask } from '../../ui/use-abortable-task.ts';
import { transferLabMessages } from './transfer-lab-messages.ts';
import { readLatency } from './latency-reading.ts';

export function LatencySection({ sharedAvailable }: { sharedAvailable: boolean }) {
  const m = useMessages(transferLabMessages);
  const lang = useLang();
  const [results, setResults] = useState<readonly LatencyResult[]>([]);
  const reading = useMemo(
    () => readLatency(results, (mode) => m.latencyMode[mode], lang),
    [results, m, lang],
  );
  const { running, error, run: runTask } = useAbortableTask();
  const run = () =>
    runTask(async (signal) => {
      setResults([]);
      for (const mode of sharedAvailable ? (['message', 'atomics'] as const) : (['message'] as const)) {
        const result = await measureLatency(mode, { signal });
        if (signal.aborted) return;
        setResults((list) => [...list, result]);
      }
    });
  return (
    <section className="card" aria-labelledby="latency-title">
      <h3 id="latency-title">{m.latencyTitle}</h3>
      <p className="note">{m.latencyHelp}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void run()} disabled={running}>
          {m.latencyRun}
        </button>
        {error && <span className="check-bad">{m.failed(error)}</span>}
      </div>
      {results.length > 0 && (
        <table className="data-table" data-testid="latency-table">
          <thead>
            <tr>
              <th scope="col" className="text-cell">
                {m.latencyColumns.mode}
              </th>
              <th scope="col">{m.latencyColumns.median}</th>
              <th scope="col">{m.latencyColumns.p99}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.mode}>
                <th scope="row" className="text-cell">
                  {m.latencyMode[r.mode]}
                </th>
                <td>{r.medianMicros.toFixed(1)}</td>
                <td>{r.p99Micros.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {reading.length > 0 && (
        <div className="reading" data-testid="latency-reading">
          {reading.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
      )}
    </section>
  );
}
