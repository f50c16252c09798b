import { useState } from 'react';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LabPage } from '../../ui/lab-page.tsx';
import { RunButtons } from '../../ui/run-buttons.tsx';
import { ParamNotices } from '../../ui/param-notices.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { CardForm } from '../../ui/card-form.tsx';
import { useUrlParams } from '../../ui/use-url-params.ts';
import { LogPanel } from './log-panel.tsx';
import { formFromValues, validatePoolForm, type NumberField, type PoolForm } from './pool-form.ts';
import { poolLabMessages } from './pool-lab-messages.ts';
import { poolParams, WORK_KINDS, type WorkKind } from './pool-params.ts';
import { PoolTimeline } from './pool-timeline.tsx';
import { ReplayPanel } from './replay-panel.tsx';
import { ResultsTable } from './results-table.tsx';
import { STATUSES, type Status } from './engine/results-store.ts';
import { usePoolRun } from './use-pool-run.ts';

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
  const lang = useLang();
  const url = useUrlParams(poolParams);
  const [form, setForm] = useState<PoolForm>(() => formFromValues(url.values));
  const [triedInvalid, setTriedInvalid] = useState(false);
  const [filter, setFilter] = useState<Status | 'all'>('all');
  const { run, version, elapsedMs, phase, start, cancel } = usePoolRun();
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
    setFilter('all');
    void start(validated.settings);
  };

  const store = run?.store;
  const rate = store && elapsedMs > 0 ? store.completed / (elapsedMs / 1000) : 0;
  const left = store && rate > 0 ? (store.size - store.completed) / rate : 0;

  return (
    <LabPage title={m.title} intro={m.intro}>
      <ParamNotices issues={url.issues} />
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
          <div className="field">
            <label htmlFor="pool-kind">{m.kind}</label>
            <select
              id="pool-kind"
              value={form.kind}
              onChange={(e) => change({ ...form, kind: e.target.value as WorkKind })}
            >
              {WORK_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {m.kinds[kind]}
                </option>
              ))}
            </select>
          </div>
          {field('throw')}
          {field('hang')}
          {field('falsy')}
          {field('workers')}
          {field('timeout')}
          {field('batch')}
          {field('iomin')}
          {field('iomax')}
          {field('cpu')}
          <div className="field">
            <span className="field-label-spacer" aria-hidden="true">
              &nbsp;
            </span>
            <label className="choice">
              <input
                type="checkbox"
                checked={form.ordered}
                onChange={(e) => change({ ...form, ordered: e.target.checked })}
              />
              {m.ordered}
            </label>
          </div>
        </fieldset>
        {form.preset === 'process_url' && <p className="note">{m.presetNote}</p>}
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
          <section className="card" aria-labelledby="pool-results-title">
            <h3 id="pool-results-title">{m.results}</h3>
            <ul className="counters" aria-label={m.results} data-testid="counters">
              <li>
                <button type="button" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
                  {m.counter(m.all, store.completed)}
                </button>
              </li>
              {STATUSES.filter((s) => s !== 'pending').map((status) => (
                <li key={status}>
                  <button
                    type="button"
                    aria-pressed={filter === status}
                    data-status={status}
                    data-count={store.counts[status]}
                    onClick={() => setFilter(status)}
                  >
                    {m.counter(m.statuses[status], store.counts[status])}
                  </button>
                </li>
              ))}
            </ul>
            <ResultsTable store={store} items={run.settings.items} version={version} filter={filter} />
            <h4>{m.timeline}</h4>
            <PoolTimeline
              store={store}
              marks={run.marks}
              version={version}
              spanMs={elapsedMs}
              ended={run.endMs !== undefined}
            />
          </section>
          <LogPanel lines={run.logs} dropped={run.droppedLogs} received={run.logCount} />
          <ReplayPanel
            replayer={run.replay}
            items={store.completed}
            returned={run.returned}
            handed={run.handed}
            workers={run.maxLiveWorkers}
            version={version}
          />
        </>
      )}
    </LabPage>
  );
}
