import { useState } from 'react';
import { runSemaphore, type SemaphoreResult } from '../../lock-demos/run-semaphore.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LockTimeline } from '../../ui/lock-timeline.tsx';
import { useAbortableTask } from '../../ui/use-abortable-task.ts';
import { checkDemoFields, DemoForm, type DemoText } from './demo-form.tsx';
import { syncLabMessages } from './sync-lab-messages.ts';
import { DEMO_FIELDS, type DemoField } from './sync-params.ts';

/** k workers open connections through a Semaphore(n): at most n at once, the rest wait. */
export function SemaphoreSection({
  text,
  enabled,
  onText,
}: {
  text: DemoText;
  enabled: boolean;
  onText: (field: DemoField, value: string) => void;
}) {
  const m = useMessages(syncLabMessages);
  const lang = useLang();
  const task = useAbortableTask();
  const [open, setOpen] = useState(0);
  const [result, setResult] = useState<SemaphoreResult | undefined>();
  const fields = DEMO_FIELDS.semaphore;
  const label = (field: DemoField) => m[field as 'semk' | 'permits' | 'conns' | 'connms'];
  const checked = checkDemoFields(fields, text, label, lang);
  const permits = checked.values.permits ?? 0;

  const run = () => {
    const { semk, conns, connms } = checked.values;
    void task.run(async (signal) => {
      setOpen(0);
      setResult(
        await runSemaphore({
          workers: semk!,
          permits,
          connections: conns!,
          connectMs: connms!,
          signal,
          onInside: setOpen,
        }),
      );
    });
  };

  return (
    <section className="card" aria-labelledby="semaphore-title">
      <h3 id="semaphore-title">{m.semTitle}</h3>
      <p className="note">{m.semHelp}</p>
      <DemoForm
        fields={fields}
        text={text}
        label={label}
        checked={checked}
        enabled={enabled}
        task={task}
        onText={onText}
        onRun={run}
        status={task.running && <span data-testid="semaphore-open">{m.openNow(open, permits)}</span>}
      />
      {result && !task.running && (
        <>
          <p
            className={result.peak <= result.permits ? 'check-ok' : 'check-bad'}
            data-testid="semaphore-result"
          >
            {m.semResult(result.peak, result.permits)}
          </p>
          <LockTimeline
            lanes={result.lanes}
            runMs={result.runMs}
            title={m.semTimeline(result.lanes.length)}
            laneLabel={m.workerLane}
            labels={{ hold: m.semHold, wait: m.semWait }}
            figures="waiting"
            testId="semaphore-timeline"
          />
        </>
      )}
    </section>
  );
}
