import type { LockState } from './engine/lock-demos/run-deadlock.ts';
import { useMessages } from '../../ui/i18n-context.tsx';
import { LockTimeline } from '../../ui/lock-timeline.tsx';
import { DemoSection, useDemoForm, type DemoText } from './demo-form.tsx';
import { syncLabMessages } from './sync-lab-messages.ts';
import { deadlockMessages } from './deadlock-messages.ts';
import { deadlockSettings, type LockOrder } from './deadlock-settings.ts';
import { LOCK_ORDERS, type DemoField } from './sync-params.ts';
import type { Deadlock } from './use-deadlock.ts';
import { lockLetter } from './lock-letter.ts';
import { WaitForGraph } from './wait-for-graph.tsx';

/** Two or more workers, two locks each, in opposite order or in one global order; live and afterwards. */
export function DeadlockSection({
  text,
  order,
  enabled,
  deadlock,
  onText,
  onOrder,
}: {
  text: DemoText;
  order: LockOrder;
  enabled: boolean;
  /** The lab's deadlock runs (useDeadlock): the deadlock lesson step runs through them too. */
  deadlock: Deadlock;
  onText: (field: DemoField, value: string) => void;
  onOrder: (order: LockOrder) => void;
}) {
  const m = useMessages(syncLabMessages);
  const own = useMessages(deadlockMessages);
  const { task, live, result } = deadlock;
  const form = useDemoForm('deadlock', text, enabled, onText, task);

  const run = () => {
    // The form runs this only with valid fields.
    const settings = deadlockSettings(text, order);
    if (settings) void deadlock.run(settings);
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
      title={own.deadlockTitle}
      help={own.deadlockHelp}
      form={form}
      onRun={run}
      formFields={
        <fieldset className="field">
          <legend>{own.order}</legend>
          {LOCK_ORDERS.map((value) => (
            <label key={value} className="choice">
              <input
                type="radio"
                name="lock-order"
                checked={order === value}
                onChange={() => onOrder(value)}
              />
              {own.orders[value]}
            </label>
          ))}
        </fieldset>
      }
    >
      {task.running && live && (
        <div data-testid="deadlock-live">
          <h4>{own.liveTitle}</h4>
          <ul className="plain-list">
            {live.holders.map((holder, lock) =>
              holder > 0 ? <li key={`h${lock}`}>{own.holdsLock(holder, lockLetter(lock))}</li> : null,
            )}
            {live.waitingFor.map((lock, i) =>
              lock >= 0 ? <li key={`w${i}`}>{own.waitsLock(i + 1, lockLetter(lock))}</li> : null,
            )}
          </ul>
        </div>
      )}
      {result && !task.running && (
        <div data-testid="deadlock-result">
          {result.detectedBy !== undefined ? (
            <p className="check-bad" role="status">
              {result.cycle
                ? own.deadlockFound(result.detectedBy, result.detectedAtMs ?? 0)
                : own.deadlockNoCycle}
            </p>
          ) : (
            <p className="check-ok" role="status">
              {result.ordered
                ? own.orderedDone(result.workers, result.runMs)
                : own.slippedDone(result.workers, result.runMs)}
            </p>
          )}
          {result.cycle && (
            <ul className="plain-list" data-testid="deadlock-cycle">
              {result.cycle.map((edge) => (
                <li key={edge.waiter}>
                  {own.workerWaitsFor(edge.waiter, lockLetter(edge.lock), edge.holder)}
                </li>
              ))}
            </ul>
          )}
          {result.detectedBy !== undefined && (
            <p className="note">{result.completed > 0 ? own.deadlockAfter : own.deadlockAllGaveUp}</p>
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
                title={own.graphTitle}
              />
              <figcaption className="note">{own.graphHelp}</figcaption>
            </figure>
          )}
          {result && !task.running && (
            <div className="table-scroll">
              <table className="data-table" data-testid="deadlock-table">
                <thead>
                  <tr>
                    <th scope="col" className="text-cell">
                      {own.columnsDeadlock.worker}
                    </th>
                    <th scope="col" className="text-cell">
                      {own.columnsDeadlock.order}
                    </th>
                    <th scope="col" className="text-cell">
                      {own.columnsDeadlock.outcome}
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
                        {own.outcomes[o.outcome]}
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
          <h4>{own.deadlockTimeline(result.workers)}</h4>
          <LockTimeline
            lanes={result.lanes}
            runMs={result.runMs}
            title={own.deadlockTimeline(result.workers)}
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
