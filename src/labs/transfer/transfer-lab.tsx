import { lazy, Suspense, useState } from 'react';
import { checkField } from '../../lib/url-state/index.ts';
import { useIsolation } from '../../ui/isolation-context.tsx';
import { isolationMessages, leadThenReason } from '../../ui/isolation-messages.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LabPage } from '../../ui/lab-page.tsx';
import { RunButtons } from '../../ui/run-buttons.tsx';
import { ParamNotices } from '../../ui/param-notices.tsx';
import { describeFieldProblem } from '../../ui/param-messages.ts';
import { TextField } from '../../ui/text-field.tsx';
import { CardForm } from '../../ui/card-form.tsx';
import { useUrlParams } from '../../ui/use-url-params.ts';
import { CostResults } from './cost-section.tsx';
import { formatBytes } from './format-bytes.ts';
import { FreezeSection } from './freeze-section.tsx';
import { LatencySection } from './latency-section.tsx';
import { transferLabMessages } from './transfer-lab-messages.ts';
import { transferParams } from './transfer-params.ts';
import { useTransferSweep } from './use-transfer-sweep.ts';
import { useLesson } from '../../ui/lessons/lesson-context.tsx';

/** The lesson panel and its words load only on a lesson's link: a lab opened plainly does not carry them. */
const TransferLessonPanel = lazy(() => import('./transfer-lesson.tsx'));

type Field = keyof typeof transferParams;

export default function TransferLab() {
  const m = useMessages(transferLabMessages);
  const iso = useMessages(isolationMessages);
  const lang = useLang();
  const isolation = useIsolation();
  const url = useUrlParams(transferParams);
  const [text, setText] = useState<Record<Field, string>>(() => ({
    from: String(url.values.from),
    to: String(url.values.to),
    repeats: String(url.values.repeats),
    loop: String(url.values.loop),
    clone: String(url.values.clone),
  }));
  const [triedInvalid, setTriedInvalid] = useState(false);
  const sweep = useTransferSweep(isolation.sharedMemory);
  const running = sweep.phase.kind === 'running';
  const lessonId = useLesson();

  const labels: Record<Field, string> = {
    from: m.from,
    to: m.to,
    repeats: m.repeats,
    loop: m.loop,
    clone: m.cloneSize,
  };
  const values: Partial<Record<Field, number>> = {};
  const errors: Partial<Record<Field, string>> = {};
  for (const field of Object.keys(transferParams) as Field[]) {
    const checked = checkField(field, transferParams[field], text[field]);
    if (checked.ok) values[field] = checked.value;
    else errors[field] = describeFieldProblem(labels[field], transferParams[field].rule, lang);
  }
  if (values.from !== undefined && values.to !== undefined && values.to < values.from)
    errors.to = m.toBelowFrom;
  const valid = Object.keys(errors).length === 0;

  const change = (field: Field, value: string) => {
    const next = { ...text, [field]: value };
    setText(next);
    const parsed: Record<string, number> = {};
    for (const f of Object.keys(transferParams) as Field[]) {
      const checked = checkField(f, transferParams[f], next[f]);
      if (!checked.ok) return;
      parsed[f] = checked.value;
    }
    if (parsed['to']! >= parsed['from']!) url.setValues(parsed as typeof url.values);
  };

  const start = () => {
    setTriedInvalid(!valid);
    if (!valid || values.from === undefined || values.to === undefined || values.repeats === undefined)
      return;
    void sweep.run(values.from, values.to, values.repeats);
  };

  const field = (name: Field, disabled: boolean) => (
    <TextField
      name={name}
      label={labels[name]}
      value={text[name]}
      error={errors[name]}
      disabled={disabled}
      onChange={(v) => change(name, v)}
    />
  );

  return (
    <LabPage title={m.title} intro={m.intro}>
      <ParamNotices issues={url.issues} />
      {lessonId && (
        <Suspense fallback={null}>
          <TransferLessonPanel
            id={lessonId}
            range={
              valid && values.from !== undefined && values.to !== undefined
                ? { from: values.from, to: values.to }
                : undefined
            }
            repeats={values.repeats}
            busy={running}
            run={sweep.run}
            labRuns={sweep.runs}
            onInvalid={() => setTriedInvalid(true)}
          />
        </Suspense>
      )}
      <CardForm title={m.costTitle} onRun={start}>
        <p className="note">{m.costHelp}</p>
        {!isolation.sharedMemory && (
          <p className="note">{leadThenReason(iso, m.notIsolated, isolation.reason)}</p>
        )}
        <div className="fields">
          {field('from', running)}
          {field('to', running)}
          {field('repeats', running)}
        </div>
        <div className="actions">
          <RunButtons running={running} onCancel={sweep.cancel} runLabel={m.run} cancelLabel={m.cancel} />
          <span role="status" aria-live="polite" className="run-status">
            {sweep.phase.kind === 'running' &&
              m.progress(
                m.transports[sweep.phase.transport] ?? sweep.phase.transport,
                formatBytes(sweep.phase.bytes),
              )}
            {sweep.phase.kind === 'cancelled' && m.cancelled}
            {sweep.phase.kind === 'failed' && (
              <span className="check-bad">{m.failed(sweep.phase.message)}</span>
            )}
            {triedInvalid && !valid && <span className="check-bad">{m.fixInputs}</span>}
          </span>
        </div>
        <CostResults points={sweep.points} references={sweep.references} />
      </CardForm>

      <LatencySection sharedAvailable={isolation.sharedMemory} />

      <section className="card" aria-labelledby="freeze-title">
        <h3 id="freeze-title">{m.freezeTitle}</h3>
        <p className="note">{m.freezeHelp}</p>
        <div className="fields">
          {field('loop', false)}
          {field('clone', false)}
        </div>
        <FreezeSection
          paused={running}
          loopMs={values.loop}
          cloneBytes={values.clone}
          disabledReason={errors.loop || errors.clone ? m.fixInputs : undefined}
        />
      </section>

      <aside className="card glossary" aria-labelledby="glossary-title">
        <h3 id="glossary-title">{m.glossaryTitle}</h3>
        <dl>
          {m.glossary.map(([term, meaning]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      </aside>
    </LabPage>
  );
}
