import type { Sweep } from '../../lib/math/sweep.ts';
import { ratioToFastest } from '../../lib/math/fastest-series.ts';
import { useMessages } from '../i18n-context.tsx';
import { sweepViewMessages } from './sweep-view-messages.ts';
import { summariseVersus, type Versus } from './sweep-versus.ts';

/**
 * The numbers behind the chart; also what a screen reader reads instead of the picture. With other sweeps
 * of the same work (`versus`), a column gives each point's time against the fastest of them there.
 */
export function SweepTable({ sweep, versus }: { sweep: Sweep; versus?: Versus | undefined }) {
  const m = useMessages(sweepViewMessages);
  const c = m.columns;
  const summary = versus ? summariseVersus(sweep, versus) : undefined;
  const vsCell = (p: Sweep['points'][number]) => {
    if (!versus) return null;
    const ratio = ratioToFastest(p, versus.fastest);
    const best = versus.fastest.get(p.workers);
    if (Number.isNaN(ratio) || !best) return <td>–</td>;
    return (
      <td>{best.id === sweep.id ? m.fastestCell : m.slowerCell(ratio, versus.labels.get(best.id) ?? '')}</td>
    );
  };
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{m.table(sweep.label)}</caption>
        <thead>
          <tr>
            <th scope="col">{c.workers}</th>
            <th scope="col">{c.median}</th>
            <th scope="col">{c.speedup}</th>
            <th scope="col">{c.efficiency}</th>
            {versus && <th scope="col">{c.vsFastest}</th>}
            <th scope="col">{c.range}</th>
            <th scope="col" className="text-cell">
              {c.repeats}
            </th>
          </tr>
        </thead>
        <tbody>
          {sweep.points.map((p) => (
            <tr key={p.workers}>
              <th scope="row">{p.workers}</th>
              <td>{p.medianMs.toFixed(1)}</td>
              <td>{p.speedup.toFixed(2)}×</td>
              <td>{(p.efficiency * 100).toFixed(0)}%</td>
              {vsCell(p)}
              <td>
                {p.minSpeedup.toFixed(2)}–{p.maxSpeedup.toFixed(2)}×
              </td>
              <td className="detail-cell">{p.ms.map((ms) => ms.toFixed(1)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary && (
        <p className="note" data-testid="versus-fastest">
          {m.versusLine(sweep.label, summary)}
        </p>
      )}
    </div>
  );
}
