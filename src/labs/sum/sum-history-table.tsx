// The visit's runs side by side, each against the newest 1-worker run of its range, and a sentence that
// reads the newest run.
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { oneWorkerBaseline, type SumRun } from './sum-history.ts';
import { sumLabMessages } from './sum-lab-messages.ts';

export function SumHistoryTable({ history }: { history: readonly SumRun[] }) {
  const m = useMessages(sumLabMessages);
  const lang = useLang();
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const ms = (value: number) => value.toLocaleString(locale, { maximumFractionDigits: 1 });
  const times = (value: number) =>
    value.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const against = (run: SumRun): string => {
    const base = oneWorkerBaseline(history, run);
    if (!base) return m.historyNoBaseline;
    if (base.id === run.id) return m.baseline;
    const speedup = base.ms / run.ms;
    return speedup >= 1 ? m.faster(times(speedup)) : m.slower(times(1 / speedup));
  };
  const newest = history.at(-1);
  if (!newest) return null;
  const base = oneWorkerBaseline(history, newest);
  const reading = !base
    ? m.readingNoBaseline
    : base.id === newest.id
      ? m.readingBaseline(newest.id, ms(newest.ms))
      : base.ms >= newest.ms
        ? m.readingFaster(
            newest.id,
            newest.request.workers,
            ms(newest.ms),
            times(base.ms / newest.ms),
            base.id,
            ms(base.ms),
            times(base.ms / newest.ms / newest.request.workers),
          )
        : m.readingSlower(
            newest.id,
            newest.request.workers,
            ms(newest.ms),
            times(newest.ms / base.ms),
            base.id,
            ms(base.ms),
          );
  return (
    <section className="card" aria-labelledby="sum-history-title">
      <h3 id="sum-history-title">{m.history}</h3>
      <div className="table-scroll">
        <table className="data-table" data-testid="sum-history">
          <caption>{m.historyCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.historyRun}</th>
              <th scope="col">{m.historyWorkers}</th>
              <th scope="col">{m.historyChunks}</th>
              <th scope="col" className="text-cell">
                {m.historyHow}
              </th>
              <th scope="col" className="text-cell">
                {m.historyGil}
              </th>
              <th scope="col">{m.historyTime}</th>
              <th scope="col">{m.historyVsOne}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((run) => {
              const { request } = run;
              const onMain = request.where === 'main';
              return (
                <tr key={run.id}>
                  <th scope="row">{run.id}</th>
                  <td>{onMain ? m.historyMain : request.workers}</td>
                  <td>{onMain ? '—' : request.chunksPerWorker}</td>
                  <td className="text-cell">
                    {onMain ? '—' : request.transport === 'shared' ? m.historyShared : m.historyMessage}
                  </td>
                  <td className="text-cell">
                    {request.gilMs === undefined ? m.historyGilOff : m.historyGilOn(request.gilMs)}
                  </td>
                  <td>{m.timeValue(run.ms)}</td>
                  <td>{against(run)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="reading" data-testid="sum-history-reading">
        {reading}
      </p>
    </section>
  );
}
