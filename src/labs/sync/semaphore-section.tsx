import { useState } from 'react';
import { runSemaphore, type SemaphoreResult } from './engine/lock-demos/run-semaphore.ts';
import { useMessages } from '../../ui/i18n-context.tsx';
import { LockTimeline } from '../../ui/lock-timeline.tsx';
import { DemoSection, useDemoForm, type DemoText } from './demo-form.tsx';
import { syncLabMessages } from './sync-lab-messages.ts';
import { semaphoreMessages } from './semaphore-messages.ts';
import type { DemoField } from './sync-params.ts';

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
  const own = useMessages(semaphoreMessages);
  const form = useDemoForm('semaphore', text, enabled, onText);
  const [open, setOpen] = useState(0);
  const [result, setResult] = useState<SemaphoreResult | undefined>();
  const permits = form.checked.values.permits ?? 0;

  const run = () => {
    const { semk, conns, connms } = form.checked.values;
    void form.task.run(async (signal) => {
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
    <DemoSection
      id="semaphore-title"
      title={own.semTitle}
      help={own.semHelp}
      form={form}
      onRun={run}
      status={form.task.running && <span data-testid="semaphore-open">{own.openNow(open, permits)}</span>}
    >
      {result && !form.task.running && (
        <>
          <p
            className={result.peak <= result.permits ? 'check-ok' : 'check-bad'}
            data-testid="semaphore-result"
          >
            {own.semResult(result.peak, result.permits)}
          </p>
          <LockTimeline
            lanes={result.lanes}
            runMs={result.runMs}
            title={own.semTimeline(result.lanes.length)}
            laneLabel={m.workerLane}
            labels={{ hold: own.semHold, wait: own.semWait }}
            figures="waiting"
            testId="semaphore-timeline"
          />
        </>
      )}
    </DemoSection>
  );
}
