import type { Sweep } from '../../lib/math/sweep.ts';
import { useMessages } from '../../ui/i18n-context.tsx';
import { speedupLabMessages } from './speedup-lab-messages.ts';

/** The numbers behind the chart; also what a screen reader reads instead of the picture. */
export function SweepTable({ sweep }: { sweep: Sweep }) {
  const m = useMessages(speedupLabMessages);
  const c = m.columns;
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
              <td>
                {p.minSpeedup.toFixed(2)}–{p.maxSpeedup.toFixed(2)}×
              </td>
              <td className="detail-cell">{p.ms.map((ms) => ms.toFixed(1)).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
