import { useCallback, useMemo } from 'react';
import type { ChartSize } from '../../charts/chart-style.ts';
import type { TransferChartPoint, transferChart as drawTransferChart } from '../../charts/transfer-chart.ts';

/** The chart module (and Plot) loads with the first chart, not with the lab. */
const transferChart = async (...args: Parameters<typeof drawTransferChart>) =>
  (await import('../../charts/transfer-chart.ts')).transferChart(...args);
import { TRANSPORTS, type Transport } from './engine/transfer-protocol.ts';
import type { CopyReferencePoint, TransferPoint } from './engine/measure-transfers.ts';
import { useMessages } from '../../ui/i18n-context.tsx';
import { ChartLegend } from '../../ui/chart-legend.tsx';
import { ExportablePlot } from '../../ui/sweep/figure-export.tsx';
import { findings } from './findings.ts';
import { formatBytes } from './format-bytes.ts';
import { transferLabMessages } from './transfer-lab-messages.ts';

type Series = Transport | 'copy';
const SERIES_ORDER: readonly Series[] = [...TRANSPORTS, 'copy'];
const isSeries = (name: string): name is Series => (SERIES_ORDER as readonly string[]).includes(name);

/** Charts, findings and the table of the size sweep. */
export function CostResults({
  points,
  references,
}: {
  points: readonly TransferPoint[];
  references: readonly CopyReferencePoint[];
}) {
  const m = useMessages(transferLabMessages);
  const chartPoints = useMemo<TransferChartPoint[]>(
    () => [
      ...points.map((p) => ({
        series: p.transport,
        bytes: p.bytes,
        medianMs: p.medianMs,
        bytesPerSecond: p.bytesPerSecond,
      })),
      ...references.map((r) => ({
        series: 'copy',
        bytes: r.bytes,
        medianMs: r.medianMs,
        bytesPerSecond: r.bytesPerSecond,
      })),
    ],
    [points, references],
  );
  const text = useMemo(
    () => ({ ...m.chartText, seriesName: (s: string) => (isSeries(s) ? m.transports[s] : s) }),
    [m],
  );
  const drawTime = useCallback(
    (size?: ChartSize) => transferChart(chartPoints, 'time', SERIES_ORDER, text, size),
    [chartPoints, text],
  );
  const drawThroughput = useCallback(
    (size?: ChartSize) => transferChart(chartPoints, 'throughput', SERIES_ORDER, text, size),
    [chartPoints, text],
  );
  // The sweep's inputs as measured so far: its sizes, repeats and whether the copy reference is drawn.
  const sizes = points.map((p) => p.bytes);
  const sweepCaption = m.figureCaption.sweep(
    formatBytes(Math.min(...sizes)),
    formatBytes(Math.max(...sizes)),
    Math.max(0, ...points.map((p) => p.ms.length)),
    references.length > 0,
  );
  const found = findings(points, references);
  if (points.length === 0) return null;
  return (
    <>
      <h4>{m.findings}</h4>
      <ul data-testid="transfer-findings">
        {found.cloneOverShared && (
          <li>
            {m.cloneVsShared(
              formatBytes(found.cloneOverShared.bytes),
              found.cloneOverShared.ratio.toFixed(1),
            )}
          </li>
        )}
        {found.transferWinsFrom !== undefined && (
          <li>
            {found.transferWinsFrom === null
              ? m.transferNeverWins
              : m.transferWins(formatBytes(found.transferWinsFrom))}
          </li>
        )}
        {found.copyBytesPerSecond !== undefined && (
          <li>{m.copyReference((found.copyBytesPerSecond / 1e9).toFixed(1))}</li>
        )}
      </ul>
      <ChartLegend names={SERIES_ORDER.map((s) => m.transports[s])} label={m.legend} />
      <ExportablePlot
        title={m.timeChart}
        draw={drawTime}
        fileName="transfer-time"
        caption={m.figureCaption.time(sweepCaption)}
      />
      <ExportablePlot
        title={m.throughputChart}
        draw={drawThroughput}
        fileName="transfer-throughput"
        caption={m.figureCaption.throughput(sweepCaption)}
      />
      <details className="table-scroll">
        <summary>{m.tableSummary(points.length)}</summary>
        <table className="data-table" data-testid="transfer-table">
          <caption>{m.table}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.size}</th>
              <th scope="col" className="text-cell">
                {m.columns.transport}
              </th>
              <th scope="col">{m.columns.median}</th>
              <th scope="col">{m.columns.throughput}</th>
              <th scope="col">{m.columns.pageSend}</th>
              <th scope="col">{m.columns.pageRead}</th>
              <th scope="col">{m.columns.workerRead}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={`${p.bytes}-${p.transport}`}>
                <th scope="row">{formatBytes(p.bytes)}</th>
                <td className="text-cell">{m.transports[p.transport]}</td>
                <td>{p.medianMs.toFixed(3)}</td>
                <td>{(p.bytesPerSecond / 1e9).toFixed(2)}</td>
                <td>{p.pageSendMs.toFixed(3)}</td>
                <td>{p.pageReadMs.toFixed(3)}</td>
                <td>{p.workerReadMs.toFixed(3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
