// The visit's pool runs side by side: the same items on 1 worker and on k, with and without the simulated
// GIL, each against the newest 1-worker run of its items (engine/run-history.ts).
import { useMessages } from '../../ui/i18n-context.tsx';
import { formatInteger } from '../../ui/format-integer.ts';
import { oneWorkerBaseline, runKind, type PoolRunSummary } from './engine/run-history.ts';
import { formatRunTime } from './format-run-time.ts';
import { poolLabMessages } from './pool-lab-messages.ts';

export function RunHistoryTable({ history }: { history: readonly PoolRunSummary[] }) {
  const m = useMessages(poolLabMessages);
  if (history.length === 0) return null;
  const against = (run: PoolRunSummary): string => {
    const base = oneWorkerBaseline(history, run);
    if (!base) return m.historyNoBaseline;
    if (base.id === run.id) return m.historyBaseline;
    const speedup = base.ms / run.ms;
    return speedup >= 1 ? m.historyFaster(speedup.toFixed(2)) : m.historySlower((1 / speedup).toFixed(2));
  };
  return (
    <section className="card" aria-labelledby="pool-history-title">
      <h3 id="pool-history-title">{m.history}</h3>
      <div className="table-scroll">
        <table className="data-table" data-testid="pool-history">
          <caption>{m.historyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.historyRun}</th>
              <th scope="col" className="text-cell">
                {m.historyKind}
              </th>
              <th scope="col">{m.historyCount}</th>
              <th scope="col">{m.historyWorkers}</th>
              <th scope="col" className="text-cell">
                {m.historyGil}
              </th>
              <th scope="col">{m.historyTime}</th>
              <th scope="col">{m.historyVsOne}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((run) => {
              const kind = runKind(run.items);
              return (
                <tr key={run.id} data-kind={kind} data-workers={run.workers} data-gil={run.gil ? '1' : '0'}>
                  <th scope="row">{run.id}</th>
                  <td className="text-cell">
                    {kind === 'process_url' ? m.presets.process_url : m.kinds[kind]}
                  </td>
                  <td>{formatInteger(run.items.n)}</td>
                  <td>{run.workers}</td>
                  <td className="text-cell">{run.gil ? m.historyGilOn : m.historyGilOff}</td>
                  <td data-testid="history-time">{formatRunTime(run.ms)}</td>
                  <td>{against(run)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
