import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { Sweep } from '../../lib/math/sweep.ts';
import { SelectField } from '../../ui/select-field.tsx';
import { formatInteger } from '../../ui/format-integer.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { distinctLabel } from '../../ui/sweep/sweep-label.ts';
import { SweepView } from '../../ui/sweep/sweep-view.tsx';
import { useIsolation } from '../../ui/isolation-context.tsx';
import { isolationMessages, leadThenReason } from '../../ui/isolation-messages.ts';
import { LabPage } from '../../ui/lab-page.tsx';
import { RunButtons } from '../../ui/run-buttons.tsx';
import { ParamNotices } from '../../ui/param-notices.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { CardForm } from '../../ui/card-form.tsx';
import { useUrlParams } from '../../ui/use-url-params.ts';
import { isBusy } from '../../ui/use-run-state.ts';
import { SWEEP_WORKLOADS, type SweepWorkload } from './engine/sweep-workloads.ts';
import { formFromParams, validateSpeedupForm, type SpeedupFormText } from './speedup-form-state.ts';
import { speedupLabMessages } from './speedup-lab-messages.ts';
import { DEFAULT_SIZES, DEFAULT_SUM_CHUNKS, speedupParams } from './speedup-params.ts';
import { problemOf, useSweeps, type SweepRequest } from './use-sweeps.ts';
import { useLesson } from '../../ui/lessons/lesson-context.tsx';

/** The lesson panel and its words load only on a lesson's link: a lab opened plainly does not carry them. */
const SpeedupLessonPanel = lazy(() => import('./speedup-lesson.tsx'));

export default function SpeedupLab() {
  const m = useMessages(speedupLabMessages);
  const iso = useMessages(isolationMessages);
  const isolation = useIsolation();
  const lang = useLang();
  const url = useUrlParams(speedupParams);
  const [form, setForm] = useState<SpeedupFormText>(() => {
    const initial = formFromParams(url.values);
    // A shared link may ask for the GIL on a page without shared memory: off, and the reason shown.
    return isolation.sharedMemory ? initial : { ...initial, gilOn: false };
  });
  const [triedInvalid, setTriedInvalid] = useState(false);
  const { sweeps, phase, run, cancel, remove, requests, runs: labRuns } = useSweeps();
  const cores = navigator.hardwareConcurrency || 1;
  const running = isBusy(phase);
  const lessonId = useLesson();

  const labels = { size: m.size, max: m.max, repeats: m.repeats, grain: m.grain };
  const validated = validateSpeedupForm(form, labels, lang);
  const errors = validated.ok ? {} : validated.errors;

  const change = (next: SpeedupFormText) => {
    setForm(next);
    const checked = validateSpeedupForm(next, labels, lang);
    if (checked.ok) url.setValues(checked.params);
  };
  const changeWorkload = (workload: SweepWorkload) =>
    change({
      ...form,
      workload,
      size: String(DEFAULT_SIZES[workload]),
      grain: String(workload === 'sum' ? DEFAULT_SUM_CHUNKS : 0),
    });

  /** Runs the sweep the inputs describe; undefined (and the inputs marked) while they are invalid. */
  const sweepNow = () => {
    setTriedInvalid(!validated.ok);
    if (!validated.ok) return undefined;
    const { settings } = validated;
    const grainLabel =
      settings.workload === 'sum' ? m.grainLabel.sum(settings.grain) : m.grainLabel.pool(settings.grain);
    return run({
      settings,
      maxWorkers: validated.maxWorkers,
      repeats: validated.repeats,
      label: distinctLabel(
        m.label(m.workloadShort[settings.workload], grainLabel, settings.gilMs !== undefined),
        sweeps.map((s) => s.label),
      ),
    });
  };
  const start = () => void sweepNow();

  const last = sweeps.at(-1);
  // After a chunked sum: the same sum split as the article splits it, one chunk per worker, to compare with.
  const lastRequest = last ? requests.get(last.id) : undefined;
  const splitRequest: SweepRequest | undefined =
    lastRequest?.settings.workload === 'sum' && lastRequest.settings.grain !== 1
      ? {
          ...lastRequest,
          settings: { ...lastRequest.settings, grain: 1 },
          label: distinctLabel(
            m.label(m.workloadShort.sum, m.grainLabel.sum(1), lastRequest.settings.gilMs !== undefined),
            sweeps.map((s) => s.label),
          ),
        }
      : undefined;
  const splitAlreadyRun =
    splitRequest !== undefined &&
    sweeps.some((s) => {
      const r = requests.get(s.id)?.settings;
      const split = splitRequest.settings;
      return r !== undefined && problemOf(r) === problemOf(split) && r.grain === 1 && r.gilMs === split.gilMs;
    });
  const maxText = useMemo(() => m.maxHint(cores), [m, cores]);
  /** A sweep's inputs, as a slide's caption names them. */
  const describeSweep = useCallback(
    (sweep: Sweep) => {
      const settings = requests.get(sweep.id)?.settings;
      if (!settings) return sweep.label;
      const size = formatInteger(settings.size);
      return settings.workload === 'sum'
        ? m.describe.sum(size, settings.grain, settings.gilMs)
        : m.describe[settings.workload](size, settings.grain);
    },
    [requests, m],
  );

  return (
    <LabPage title={m.title} intro={m.intro}>
      <ParamNotices issues={url.issues} />
      {lessonId && (
        <Suspense fallback={null}>
          <SpeedupLessonPanel
            id={lessonId}
            maxWorkers={validated.ok ? validated.maxWorkers : undefined}
            busy={running}
            run={sweepNow}
            labRuns={labRuns}
            onInvalid={() => setTriedInvalid(true)}
          />
        </Suspense>
      )}
      <CardForm title={m.inputs} onRun={start}>
        <div className="fields">
          <SelectField
            id="speedup-workload"
            label={m.workload}
            value={form.workload}
            options={SWEEP_WORKLOADS}
            words={m.workloads}
            onChange={changeWorkload}
            disabled={running}
          />
          <TextField
            name="size"
            label={m.size}
            hint={m.sizeHint[form.workload]}
            value={form.size}
            error={errors.size}
            disabled={running}
            onChange={(size) => change({ ...form, size })}
          />
          <TextField
            name="max"
            label={m.max}
            hint={maxText}
            value={form.max}
            error={errors.max}
            disabled={running}
            onChange={(max) => change({ ...form, max })}
          />
          <TextField
            name="repeats"
            label={m.repeats}
            value={form.repeats}
            error={errors.repeats}
            disabled={running}
            onChange={(repeats) => change({ ...form, repeats })}
          />
          <TextField
            name="grain"
            label={m.grain}
            hint={m.grainHint[form.workload]}
            value={form.grain}
            error={errors.grain}
            disabled={running}
            onChange={(grain) => change({ ...form, grain })}
          />
          <fieldset
            className="field"
            disabled={running || form.workload !== 'sum' || !isolation.sharedMemory}
          >
            <legend>{m.gil}</legend>
            <label className="choice">
              <input
                type="checkbox"
                checked={form.gilOn}
                onChange={(e) => change({ ...form, gilOn: e.target.checked })}
              />
              {m.gilOn}
            </label>
            {!isolation.sharedMemory && (
              <p className="field-hint">{leadThenReason(iso, m.gilOff, isolation.reason)}</p>
            )}
          </fieldset>
        </div>
        <div className="actions">
          <RunButtons running={running} onCancel={cancel} runLabel={m.run} cancelLabel={m.cancel} />
          <span role="status" aria-live="polite" className="run-status">
            {phase.kind === 'warming' && m.warming}
            {phase.kind === 'running' &&
              m.progress(
                phase.workers,
                phase.repeat + 1,
                validated.ok ? validated.repeats : 0,
                validated.ok ? validated.maxWorkers : 0,
              )}
            {phase.kind === 'cancelled' && m.cancelled}
            {phase.kind === 'failed' && <span className="check-bad">{m.failed(phase.message)}</span>}
            {triedInvalid && !validated.ok && <span className="check-bad">{m.fixInputs}</span>}
          </span>
        </div>
      </CardForm>

      <section className="card" aria-labelledby="speedup-sweeps-title">
        <h3 id="speedup-sweeps-title">{m.sweeps}</h3>
        {sweeps.length === 0 ? (
          <p className="note">{m.noSweeps}</p>
        ) : (
          <SweepView
            sweeps={sweeps}
            cores={cores}
            fileName="speedup"
            permalink
            describeSweep={describeSweep}
            onRemove={remove}
            measuring={running ? last?.id : undefined}
          >
            {splitRequest && !splitAlreadyRun && (
              <div className="actions">
                <button type="button" disabled={running} onClick={() => void run(splitRequest)}>
                  {m.compareSplit}
                </button>
                <span className="field-hint">{m.compareSplitHint}</span>
              </div>
            )}
          </SweepView>
        )}
      </section>
    </LabPage>
  );
}
