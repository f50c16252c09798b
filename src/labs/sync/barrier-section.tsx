import { useState } from 'react';
import { runBarrier, type BarrierResult } from './engine/lock-demos/run-barrier.ts';
import { useMessages } from '../../ui/i18n-context.tsx';
import { LockTimeline } from '../../ui/lock-timeline.tsx';
import { DemoSection, useDemoForm, type DemoText } from './demo-form.tsx';
import { syncLabMessages } from './sync-lab-messages.ts';
import { barrierMessages } from './barrier-messages.ts';
import type { DemoField } from './sync-params.ts';

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
  const own = useMessages(barrierMessages);
  const form = useDemoForm('barrier', text, enabled, onText);
  const [result, setResult] = useState<BarrierResult | undefined>();

  const run = () => {
    const { bark, phases, workms } = form.checked.values;
    void form.task.run(async (signal) => {
      setResult(await runBarrier({ workers: bark!, phases: phases!, workMs: workms!, signal }));
    });
  };

  return (
    <DemoSection id="barrier-title" title={own.barTitle} help={own.barHelp} form={form} onRun={run}>
      {result && !form.task.running && (
        <>
          <p className={result.violations === 0 ? 'check-ok' : 'check-bad'} data-testid="barrier-result">
            {result.violations === 0 ? own.barOk(result.releasesMs.length) : own.barBad(result.violations)}
          </p>
          <LockTimeline
            lanes={result.lanes}
            runMs={result.runMs}
            title={own.barTimeline(result.lanes.length)}
            laneLabel={m.workerLane}
            labels={{ hold: own.barWork, wait: own.barWait }}
            figures="waiting"
            testId="barrier-timeline"
          />
        </>
      )}
    </DemoSection>
  );
}
