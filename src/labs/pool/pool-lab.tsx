import { lazy, Suspense, useMemo, useState } from 'react';
import { SelectField } from '../../ui/select-field.tsx';
import { useIsolation } from '../../ui/isolation-context.tsx';
import { isolationMessages, leadThenReason } from '../../ui/isolation-messages.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { useLesson } from '../../ui/lessons/lesson-context.tsx';
import { LabPage } from '../../ui/lab-page.tsx';
import { RunButtons } from '../../ui/run-buttons.tsx';
import { ParamNotices } from '../../ui/param-notices.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { CardForm } from '../../ui/card-form.tsx';
import { CheckboxField } from '../../ui/checkbox-field.tsx';
import { useUrlParams } from '../../ui/use-url-params.ts';
import { LogPanel } from '../../ui/pool-panels/log-panel.tsx';
import { ArticleCodePanel } from './article-code-panel.tsx';
import { GIL_SWITCH_MS } from './engine/pool-gil.ts';
import { formFromValues, validatePoolForm, type NumberField, type PoolForm } from './pool-form.ts';
import { poolLabMessages } from './pool-lab-messages.ts';
import { poolParams, WORK_KINDS } from './pool-params.ts';
import { ReplayPanel } from './replay-panel.tsx';
import { PoolResults } from './pool-results.tsx';
import { RunHistoryTable } from './run-history-table.tsx';
import { usePoolRun } from './use-pool-run.ts';

/** The lesson panel and its words load only on a lesson's link: a lab opened plainly does not carry them. */
const PoolLessonPanel = lazy(() => import('./pool-lesson.tsx'));

/**
 * The article's usage example, `do_threaded_work(urls_to_process, process_url)`: process_url over a list of
 * URLs, here simulated I/O with no failures, each task returning its URL, results in input order (the
 * article's default preserve_result_ordering=True).
 */
const PROCESS_URL_PRESET: Partial<Record<NumberField, string>> = {
  n: '40',
  throw: '0',
  hang: '0',
  falsy: '0',
  iomin: '20',
  iomax: '120',
};

export default function PoolLab() {
  const m = useMessages(poolLabMessages);
  const iso = useMessages(isolationMessages);
  const lang = useLang();
  const isolation = useIsolation();
  const url = useUrlParams(poolParams);
  const [form, setForm] = useState<PoolForm>(() => {
    const initial = formFromValues(url.values);
    // A shared link may ask for the GIL on a page without shared memory: it is off, and the form says why.
    return isolation.sharedMemory ? initial : { ...initial, gil: false };
  });
  const [triedInvalid, setTriedInvalid] = useState(false);
  const { run, version, elapsedMs, phase, start, cancel, history, runs } = usePoolRun();
  const lessonId = useLesson();
  const running = phase.kind === 'running';

  const labels: Record<NumberField, string> = {
    n: m.n,
    throw: m.throwPct,
    hang: m.hangPct,
    falsy: m.falsyPct,
    workers: m.workers,
    timeout: m.timeout,
    batch: m.batch,
    iomin: m.ioMin,
    iomax: m.ioMax,
    cpu: m.cpu,
  };
  const validated = validatePoolForm(form, labels, m, lang);
  const errors = validated.ok ? {} : validated.errors;
  const change = (next: PoolForm) => {
    setForm(next);
    const checked = validatePoolForm(next, labels, m, lang);
    if (checked.ok) url.setValues(checked.values);
  };
  const field = (name: NumberField) => (
    <TextField
      name={name}
      label={labels[name]}
      value={form.text[name]}
      error={errors[name]}
      disabled={running}
      onChange={(value) => change({ ...form, text: { ...form.text, [name]: value } })}
    />
  );
  const go = () => {
    setTriedInvalid(!validated.ok);
    if (!validated.ok) return;
    void start(validated.settings);
  };

  // The code panel replays a run once it has ended: it does not redraw its findings ten times a second.
  const ended = run?.endMs !== undefined;
  const endedReplay = useMemo(() => (run && ended ? run.replay.snapshot() : undefined), [run, ended]);

  const store = run?.store;
  const rate = store && elapsedMs > 0 ? store.completed / (elapsedMs / 1000) : 0;
  const left = store && rate > 0 ? (store.size - store.completed) / rate : 0;

  return (
    <LabPage title={m.title} intro={m.intro}>
      <ParamNotices issues={url.issues} />
      {lessonId && (
        <Suspense fallback={null}>
          <PoolLessonPanel
            id={lessonId}
            settings={validated.ok ? validated.settings : undefined}
            busy={running}
            run={start}
            labRuns={runs}
            onInvalid={() => setTriedInvalid(true)}
          />
        </Suspense>
      )}
      <CardForm title={m.inputs} onRun={go} className="pool-form">
        <fieldset className="fields" disabled={running}>
          <div className="field">
            <label htmlFor="pool-preset">{m.preset}</label>
            <select
              id="pool-preset"
              value={form.preset}
              onChange={(e) => {
                const preset = e.target.value as PoolForm['preset'];
                change({
                  ...form,
                  preset,
                  kind: preset === 'process_url' ? 'io' : form.kind,
                  ordered: preset === 'process_url' ? true : form.ordered,
                  text: preset === 'process_url' ? { ...form.text, ...PROCESS_URL_PRESET } : form.text,
                });
              }}
            >
              {Object.entries(m.presets).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          {field('n')}
          <SelectField
            id="pool-kind"
            label={m.kind}
            value={form.kind}
            options={WORK_KINDS}
            words={m.kinds}
            onChange={(kind) => change({ ...form, kind })}
          />
          {field('throw')}
          {field('hang')}
          {field('falsy')}
          {field('workers')}
          {field('timeout')}
          {field('batch')}
          {field('iomin')}
          {field('iomax')}
          {field('cpu')}
          <CheckboxField
            label={m.ordered}
            checked={form.ordered}
            onChange={(ordered) => change({ ...form, ordered })}
          />
          <fieldset className="field" disabled={!isolation.sharedMemory}>
            <legend>{m.gil}</legend>
            <label className="choice">
              <input
                type="checkbox"
                name="gil"
                checked={form.gil}
                onChange={(e) => change({ ...form, gil: e.target.checked })}
              />
              {m.gilChoice}
            </label>
          </fieldset>
        </fieldset>
        {form.preset === 'process_url' && <p className="note">{m.presetNote}</p>}
        {!isolation.sharedMemory && (
          <p className="note">{leadThenReason(iso, m.gilNeedsShared, isolation.reason)}</p>
        )}
        {form.gil && <p className="note">{m.gilNote(GIL_SWITCH_MS)}</p>}
        <div className="actions">
          <RunButtons running={running} onCancel={cancel} runLabel={m.run} cancelLabel={m.cancel} />
          {running && store && <progress max={store.size} value={store.completed} aria-label={m.run} />}
          <span role="status" aria-live="polite" className="run-status" data-testid="pool-status">
            {running && store && m.progress(store.completed, store.size, rate, left)}
            {phase.kind === 'idle' &&
              run?.endMs !== undefined &&
              m.finished(run.store.size, run.endMs / 1000)}
            {phase.kind === 'cancelled' && m.cancelled}
            {phase.kind === 'failed' && <span className="check-bad">{m.failed(phase.message)}</span>}
            {triedInvalid && !validated.ok && <span className="check-bad">{m.fixInputs}</span>}
          </span>
        </div>
      </CardForm>
      {run && store && (
        <>
          <PoolResults run={run} version={version} elapsedMs={elapsedMs} />
          <LogPanel
            lines={run.events.logs}
            dropped={run.events.droppedLogs}
            received={run.events.logCount}
            kept={run.events.logCap}
          />
          <ReplayPanel
            replayer={run.replay}
            items={store.completed}
            returned={run.returned}
            handed={run.handed}
            workers={run.events.maxLiveWorkers}
            version={version}
          />
        </>
      )}
      <RunHistoryTable history={history} />
      <ArticleCodePanel replay={endedReplay} workers={run?.events.maxLiveWorkers ?? 0} running={running} />
    </LabPage>
  );
}
