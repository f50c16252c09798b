import { useState } from 'react';
import {
  FREEZE_WORKLOADS,
  runFreezeExperiment,
  type FreezeResult,
  type FreezeWorkload,
} from './engine/freeze-experiment.ts';
import { useMessages } from '../../ui/i18n-context.tsx';
import { useAbortableTask } from '../../ui/use-abortable-task.ts';
import { MovingBar } from './moving-bar.tsx';
import { transferLabMessages } from './transfer-lab-messages.ts';

export function FreezeSection({
  loopMs,
  cloneBytes,
  disabledReason,
  paused,
}: {
  /** True while another measurement runs on this page. */
  paused: boolean;
  loopMs: number | undefined;
  cloneBytes: number | undefined;
  /** Why the experiment cannot run now (invalid inputs), or undefined. */
  disabledReason?: string | undefined;
}) {
  const m = useMessages(transferLabMessages);
  const [results, setResults] = useState<readonly FreezeResult[]>([]);
  const task = useAbortableTask();
  const [workload, setWorkload] = useState<FreezeWorkload | undefined>();
  const running = task.running ? workload : undefined;
  const error = task.error;
  const run = (chosen: FreezeWorkload) => {
    if (loopMs === undefined || cloneBytes === undefined) return;
    setWorkload(chosen);
    void task.run(async (signal) => {
      const result = await runFreezeExperiment(chosen, { loopMs, cloneBytes, signal });
      if (!signal.aborted) setResults((list) => [...list, result]);
    });
  };
  const c = m.freezeColumns;
  return (
    <>
      <MovingBar paused={paused} />
      <div className="actions">
        {FREEZE_WORKLOADS.map((workload) => (
          <button
            key={workload}
            type="button"
            onClick={() => run(workload)}
            disabled={paused || running !== undefined || disabledReason !== undefined}
          >
            {m.freezeWorkloads[workload]}
          </button>
        ))}
        <span role="status" className="run-status">
          {disabledReason}
          {error && <span className="check-bad">{m.failed(error)}</span>}
        </span>
      </div>
      {results.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="freeze-table">
            <thead>
              <tr>
                <th scope="col" className="text-cell">
                  {c.workload}
                </th>
                <th scope="col">{c.duration}</th>
                <th scope="col">{c.dropped}</th>
                <th scope="col">{c.gap}</th>
                <th scope="col">{c.longTasks}</th>
                <th scope="col">{c.read}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r, i) => (
                <tr key={i} data-workload={r.workload}>
                  <th scope="row" className="text-cell">
                    {m.freezeWorkloads[r.workload]}
                  </th>
                  <td>{r.durationMs.toFixed(0)}</td>
                  <td data-testid="dropped">{r.droppedFrames}</td>
                  <td data-testid="longest-gap">{r.longestGapMs.toFixed(0)}</td>
                  <td>{r.longTasks}</td>
                  <td>{r.pageReadMs === undefined ? '–' : r.pageReadMs.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
