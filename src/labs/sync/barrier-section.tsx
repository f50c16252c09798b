import { useState } from 'react';
import { runBarrier, type BarrierResult } from '../../lock-demos/run-barrier.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LockTimeline } from '../../ui/lock-timeline.tsx';
import { useAbortableTask } from '../../ui/use-abortable-task.ts';
import { checkDemoFields, DemoForm, type DemoText } from './demo-form.tsx';
import { syncLabMessages } from './sync-lab-messages.ts';
import { DEMO_FIELDS, type DemoField } from './sync-params.ts';

/** k workers, phases of uneven length, a Barrier after each: the waits end together at each release. */
export function BarrierSection({
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
  const [result, setResult] = useState<BarrierResult | undefined>();
  const fields = DEMO_FIELDS.barrier;
  const label = (field: DemoField) => m[field as 'bark' | 'phases' | 'workms'];
  const checked = checkDemoFields(fields, text, label, lang);

  const run = () => {
    const { bark, phases, workms } = checked.values;
    void task.run(async (signal) => {
      setResult(await runBarrier({ workers: bark!, phases: phases!, workMs: workms!, signal }));
    });
  };

  return (
    <section className="card" aria-labelledby="barrier-title">
      <h3 id="barrier-title">{m.barTitle}</h3>
      <p className="note">{m.barHelp}</p>
      <DemoForm
        fields={fields}
        text={text}
        label={label}
        checked={checked}
        enabled={enabled}
        task={task}
        onText={onText}
        onRun={run}
      />
      {result && !task.running && (
        <>
          <p className={result.violations === 0 ? 'check-ok' : 'check-bad'} data-testid="barrier-result">
            {result.violations === 0 ? m.barOk(result.releasesMs.length) : m.barBad(result.violations)}
          </p>
          <LockTimeline
            lanes={result.lanes}
            runMs={result.runMs}
            title={m.barTimeline(result.lanes.length)}
            laneLabel={m.workerLane}
            labels={{ hold: m.barWork, wait: m.barWait }}
            figures="waiting"
            testId="barrier-timeline"
          />
        </>
      )}
    </section>
  );
}
