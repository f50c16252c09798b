import { lazy, Suspense, useState } from 'react';
import { useIsolation } from '../../ui/isolation-context.tsx';
import { isolationMessages, leadThenReason } from '../../ui/isolation-messages.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LABEL_PUNCTUATION } from '../../ui/lang.ts';
import { LabPage } from '../../ui/lab-page.tsx';
import { RunButtons } from '../../ui/run-buttons.tsx';
import { ParamNotices } from '../../ui/param-notices.tsx';
import { useFrameMeter } from '../../ui/use-frame-meter.ts';
import { CardForm } from '../../ui/card-form.tsx';
import { useUrlParams } from '../../ui/use-url-params.ts';
import { SumCode } from './sum-code.tsx';
import { formFromParams, validateForm, type SumFormText } from './sum-form-state.ts';
import { SumForm } from './sum-form.tsx';
import { sumLabMessages } from './sum-lab-messages.ts';
import { lowNotAboveHigh, sumParams } from './sum-params.ts';
import { SumResults } from './sum-results.tsx';
import { useSumRun } from './use-sum-run.ts';
import { useLesson } from '../../ui/lessons/lesson-context.tsx';

/** The lesson panel and its words load only on a lesson's link: a lab opened plainly does not carry them. */
const SumLessonPanel = lazy(() => import('./sum-lesson.tsx'));
import { SumHistoryTable } from './sum-history-table.tsx';

export default function SumLab() {
  const m = useMessages(sumLabMessages);
  const iso = useMessages(isolationMessages);
  const lang = useLang();
  const isolation = useIsolation();
  const url = useUrlParams(sumParams, lowNotAboveHigh);
  const [form, setForm] = useState<SumFormText>(() => {
    const initial = formFromParams(url.values);
    // A shared link may ask for shared memory on a page that cannot have it: fall back, and say why below.
    return isolation.sharedMemory ? initial : { ...initial, transport: 'message', gilOn: false };
  });
  const [triedInvalid, setTriedInvalid] = useState(false);
  const [runCount, setRunCount] = useState(0);
  const { phase, outcome, history, run, cancel } = useSumRun();
  const lessonId = useLesson();
  const running = phase.kind === 'running';
  // Reset at each run's start, so the longest gap is the one this run caused.
  const frames = useFrameMeter(true, runCount);

  const labels = { low: m.low, high: m.high, workers: m.workers, chunks: m.chunks, gilMs: m.gilInterval };
  const validated = validateForm(form, labels, lang);
  const errors = validated.ok ? {} : validated.errors;

  const change = (next: SumFormText) => {
    setForm(next);
    const checked = validateForm(next, labels, lang);
    if (checked.ok) url.setValues(checked.params);
  };

  const start = () => {
    setTriedInvalid(!validated.ok);
    if (!validated.ok) return;
    setRunCount((n) => n + 1);
    void run(validated.request);
  };

  return (
    <LabPage title={m.title} intro={m.intro}>
      <ParamNotices issues={url.issues} />
      {lessonId && (
        <Suspense fallback={null}>
          <SumLessonPanel
            id={lessonId}
            request={validated.ok ? validated.request : undefined}
            busy={running}
            run={(request) => {
              setRunCount((n) => n + 1);
              return run(request);
            }}
            onInvalid={() => setTriedInvalid(true)}
          />
        </Suspense>
      )}
      <CardForm title={m.inputs} onRun={start}>
        {!isolation.sharedMemory && (
          <p className="note">{leadThenReason(iso, m.sharedNeedsIsolation, isolation.reason)}</p>
        )}
        <SumForm
          form={form}
          errors={errors}
          onChange={change}
          sharedAvailable={isolation.sharedMemory}
          disabled={running}
        />
        <div className="actions">
          <RunButtons
            running={running}
            onCancel={cancel}
            runLabel={m.run}
            cancelLabel={m.cancel}
            cancellable={running && form.where !== 'main'}
          />
          <span role="status" aria-live="polite" className="run-status">
            {phase.kind === 'running' &&
              (form.where === 'main' ? (
                m.mainRunning
              ) : (
                <>
                  <progress max={phase.total} value={phase.done} aria-label={m.running} />{' '}
                  {m.progress(phase.done, phase.total)}
                </>
              ))}
            {phase.kind === 'cancelled' && m.cancelled}
            {phase.kind === 'failed' && <span className="check-bad">{m.failed(phase.message)}</span>}
            {triedInvalid && !validated.ok && <span className="check-bad">{m.fixInputs}</span>}
          </span>
        </div>
        <p className="frame-meter" aria-live="off">
          <strong>
            {m.frames}
            {LABEL_PUNCTUATION[lang].colon}
          </strong>
          {LABEL_PUNCTUATION[lang].gap}
          {frames.frames > 0 ? m.framesValue(frames.fps, frames.longestGapMs) : m.framesWaiting}
        </p>
      </CardForm>
      {outcome && <SumResults outcome={outcome} />}
      <SumHistoryTable history={history} />
      <SumCode />
    </LabPage>
  );
}
