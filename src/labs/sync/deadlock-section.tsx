import { useState } from 'react';
import { runDeadlock, type DeadlockResult, type LockState } from './engine/lock-demos/run-deadlock.ts';
import { useMessages } from '../../ui/i18n-context.tsx';
import { LockTimeline } from '../../ui/lock-timeline.tsx';
import { DemoSection, useDemoForm, type DemoText } from './demo-form.tsx';
import { syncLabMessages } from './sync-lab-messages.ts';
import { LOCK_ORDERS, type DemoField } from './sync-params.ts';
import { lockLetter, WaitForGraph } from './wait-for-graph.tsx';

type LockOrder = (typeof LOCK_ORDERS)[number];

/** Two or more workers, two locks each, in opposite order or in one global order; live and afterwards. */
export function DeadlockSection({
  text,
  order,
  enabled,
  onText,
  onOrder,
}: {
  text: DemoText;
  order: LockOrder;
  enabled: boolean;
  onText: (field: DemoField, value: string) => void;
  onOrder: (order: LockOrder) => void;
}) {
  const m = useMessages(syncLabMessages);
  const form = useDemoForm('deadlock', text, enabled, onText);
  const { task } = form;
  const [live, setLive] = useState<LockState | undefined>();
  const [result, setResult] = useState<DeadlockResult | undefined>();

  const run = () => {
    const { dlk, hold, locktimeout } = form.checked.values;
    void task.run(async (signal) => {
      setLive(undefined);
      const outcome = await runDeadlock({
        workers: dlk!,
        ordered: order === 'same',
        holdMs: hold!,
        timeoutMs: locktimeout!,
        signal,
        onState: setLive,
      });
      setLive(undefined);
      setResult(outcome);
    });
  };

  const cycle = new Set(result?.cycle?.map((edge) => edge.waiter) ?? []);
  // After the run, the graph shows what the detecting worker saw; while running, the live state.
  const shown: LockState | undefined = task.running
    ? live
    : result?.cycle
      ? {
          holders: Array.from(
            { length: result.workers },
            (_, lock) => result.cycle!.find((e) => e.lock === lock)?.holder ?? 0,
          ),
          waitingFor: Array.from(
            { length: result.workers },
            (_, w) => result.cycle!.find((e) => e.waiter === w + 1)?.lock ?? -1,
          ),
        }
      : undefined;
  return (
    <DemoSection
      id="deadlock-title"
      title={m.deadlockTitle}
      help={m.deadlockHelp}
      form={form}
      onRun={run}
      formFields={
        <fieldset className="field">
          <legend>{m.order}</legend>
          {LOCK_ORDERS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="lock-order"
                checked={order === value}
                onChange={() => onOrder(value)}
              />
              {m.orders[value]}
            </label>
          ))}
        </fieldset>
      }
    >
      {task.running && live && (
        <div data-testid="deadlock-live">
          <h4>{m.liveTitle}</h4>
          <ul className="plain-list">
            {live.holders.map((holder, lock) =>
              holder > 0 ? <li key={`h${lock}`}>{m.holdsLock(holder, lockLetter(lock))}</li> : null,
            )}
            {live.waitingFor.map((lock, i) =>
              lock >= 0 ? <li key={`w${i}`}>{m.waitsLock(i + 1, lockLetter(lock))}</li> : null,
            )}
          </ul>
        </div>
      )}
      {result && !task.running && (
        <div data-testid="deadlock-result">
          {result.detectedBy !== undefined ? (
            <p className="check-bad" role="status">
              {result.cycle
                ? m.deadlockFound(result.detectedBy, result.detectedAtMs ?? 0)
                : m.deadlockNoCycle}
            </p>
          ) : (
            <p className="check-ok" role="status">
              {m.orderedDone(result.workers, result.runMs)}
            </p>
          )}
          {result.cycle && (
            <ul className="plain-list" data-testid="deadlock-cycle">
              {result.cycle.map((edge) => (
                <li key={edge.waiter}>{m.workerWaitsFor(edge.waiter, lockLetter(edge.lock), edge.holder)}</li>
              ))}
            </ul>
          )}
          {result.detectedBy !== undefined && (
            <p className="note">{result.completed > 0 ? m.deadlockAfter : m.deadlockAllGaveUp}</p>
          )}
        </div>
      )}
      {(shown || result) && (
        <div className="deadlock-view">
          {shown && (
            <figure>
              <WaitForGraph
                holders={shown.holders}
                waitingFor={shown.waitingFor}
                cycle={task.running ? new Set() : cycle}
                title={m.graphTitle}
              />
              <figcaption className="note">{m.graphHelp}</figcaption>
            </figure>
          )}
          {result && !task.running && (
            <div className="table-scroll">
              <table className="data-table" data-testid="deadlock-table">
                <thead>
                  <tr>
                    <th scope="col" className="text-cell">
                      {m.columnsDeadlock.worker}
                    </th>
                    <th scope="col" className="text-cell">
                      {m.columnsDeadlock.order}
                    </th>
                    <th scope="col" className="text-cell">
                      {m.columnsDeadlock.outcome}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {result.outcomes.map((o) => (
                    <tr key={o.workerId} data-outcome={o.outcome}>
                      <th scope="row" className="text-cell">
                        {m.workerLane(o.workerId)}
                      </th>
                      <td className="text-cell">{`${lockLetter(o.first)} → ${lockLetter(o.second)}`}</td>
                      <td className={`text-cell ${o.outcome === 'done' ? 'check-ok' : 'check-bad'}`}>
                        {m.outcomes[o.outcome]}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
      {result && !task.running && (
        <>
          <h4>{m.deadlockTimeline(result.workers)}</h4>
          <LockTimeline
            lanes={result.lanes}
            runMs={result.runMs}
            title={m.deadlockTimeline(result.workers)}
            laneLabel={m.workerLane}
            lockName={lockLetter}
            figures="waiting"
            testId="deadlock-timeline"
          />
        </>
      )}
    </DemoSection>
  );
}
