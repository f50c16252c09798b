import { useCallback, useMemo, useState } from 'react';
import type { ChartSize } from '../../charts/chart-style.ts';
import { RACE_MODES, type RaceMode } from './engine/race/race-protocol.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { inParentheses, LABEL_PUNCTUATION } from '../../ui/lang.ts';
import { describeFieldProblem } from '../../ui/param-messages.ts';
import { LockTimeline } from '../../ui/lock-timeline.tsx';
import { ExportablePlot } from '../../ui/sweep/figure-export.tsx';
import { formatInteger } from '../../ui/format-integer.ts';
import { TextField } from '../../ui/text-field.tsx';
import { syncLabMessages } from './sync-lab-messages.ts';
import { raceMessages } from './race-messages.ts';
import { syncParams } from './sync-params.ts';
import type { Races } from './use-races.ts';
import { RACE_FIELDS, raceSettings, raceValues, type RaceField } from './race-settings.ts';
import { readHistogram } from './histogram-reading.ts';

export interface RaceInputs {
  readonly mode: RaceMode;
  /** Mutex runs record who held the lock and who waited, for the lock timeline. */
  readonly trace: boolean;
  readonly text: Record<RaceField, string>;
}

export function RaceSection({
  inputs,
  onChange,
  enabled,
  races,
}: {
  inputs: RaceInputs;
  onChange: (next: RaceInputs) => void;
  enabled: boolean;
  /** The lab's races (useRaces): the races lesson step runs through them too. */
  races: Races;
}) {
  const m = useMessages(syncLabMessages);
  const own = useMessages(raceMessages);
  const lang = useLang();
  const { results, histogram, phase, runMany, cancel } = races;
  const [triedInvalid, setTriedInvalid] = useState(false);
  const running = phase.kind === 'running';
  const traced = results.findLast((r) => r.lanes !== undefined);
  const labels: Record<RaceField, string> = {
    workers: own.workers,
    m: own.m,
    window: own.window,
    repeats: own.repeats,
  };
  const values = raceValues(inputs.text);
  const errors: Partial<Record<RaceField, string>> = {};
  for (const field of RACE_FIELDS) {
    if (values[field] === undefined)
      errors[field] = describeFieldProblem(labels[field], syncParams[field].rule, lang);
  }
  const valid = Object.keys(errors).length === 0;
  const start = (jobs: (repeats: number) => RaceMode[], collect: boolean) => {
    const settings = raceSettings(inputs.text, inputs.trace);
    setTriedInvalid(settings === undefined);
    if (!settings) return;
    void runMany(jobs(settings.repeats), settings, collect);
  };
  const histogramText = useMemo(
    () => ({
      xAxis: own.histogramX,
      yAxis: own.histogramY,
      expected: own.columns.expected,
      bin: own.histogramBin,
    }),
    [own],
  );
  const drawHistogram = useCallback(
    (size?: ChartSize) =>
      // The chart module (and Plot) loads with the first histogram, not with the lab.
      import('../../charts/histogram-chart.ts').then(({ histogramChart }) =>
        histogramChart(histogram?.values ?? [], histogram?.expected ?? 0, histogramText, size),
      ),
    [histogram, histogramText],
  );
  const histogramCaption = useMemo(() => {
    if (!histogram) return '';
    const { workers, iterations, window } = histogram.settings;
    const how =
      histogram.mode === 'atomic'
        ? own.histogramHow.atomic
        : own.histogramHow[histogram.mode](formatInteger(window));
    return own.histogramCaption(
      histogram.values.length,
      workers,
      formatInteger(iterations),
      how,
      formatInteger(histogram.expected),
    );
  }, [histogram, own]);
  const histogramReading = useMemo(
    () => (histogram ? readHistogram(histogram.values, histogram.expected, histogram.mode, lang) : []),
    [histogram, lang],
  );
  const field = (name: RaceField) => (
    <TextField
      name={name}
      label={labels[name]}
      value={inputs.text[name]}
      error={errors[name]}
      disabled={running}
      onChange={(value) => onChange({ ...inputs, text: { ...inputs.text, [name]: value } })}
    />
  );
  return (
    <section className="card" aria-labelledby="race-title">
      <h3 id="race-title">{own.raceTitle}</h3>
      <p className="note">{own.raceHelp}</p>
      <fieldset className="fields" disabled={!enabled}>
        <fieldset className="field" disabled={running}>
          <legend>{own.mode}</legend>
          {RACE_MODES.map((mode) => (
            <label key={mode} className="choice">
              <input
                type="radio"
                name="race-mode"
                checked={inputs.mode === mode}
                onChange={() => onChange({ ...inputs, mode })}
              />
              {own.modes[mode]}
            </label>
          ))}
        </fieldset>
        <label className="choice span-row">
          <input
            type="checkbox"
            checked={inputs.trace}
            disabled={running}
            onChange={(event) => onChange({ ...inputs, trace: event.target.checked })}
          />
          {own.trace}
        </label>
        {field('workers')}
        {field('m')}
        {field('window')}
        {field('repeats')}
      </fieldset>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={!enabled || running}
          onClick={() => start(() => [inputs.mode], false)}
        >
          {own.runOnce}
        </button>
        <button
          type="button"
          disabled={!enabled || running}
          onClick={() => start((repeats) => Array.from({ length: repeats }, () => inputs.mode), true)}
        >
          {own.runRepeats}
        </button>
        <button
          type="button"
          disabled={!enabled || running}
          onClick={() => start(() => [...RACE_MODES], false)}
        >
          {own.compare}
        </button>
        <button type="button" disabled={!running} onClick={cancel}>
          {m.cancel}
        </button>
        <span role="status" aria-live="polite" className="run-status">
          {phase.kind === 'running' && own.running(phase.done, phase.total)}
          {phase.kind === 'cancelled' && own.cancelled}
          {phase.kind === 'failed' && <span className="check-bad">{m.failed(phase.message)}</span>}
          {triedInvalid && !valid && <span className="check-bad">{m.fixInputs}</span>}
        </span>
      </div>
      {results.length > 0 && (
        <div className="table-scroll">
          <table className="data-table" data-testid="race-table">
            <thead>
              <tr>
                <th scope="col" className="text-cell">
                  {own.columns.mode}
                </th>
                <th scope="col">{own.columns.expected}</th>
                <th scope="col">{own.columns.actual}</th>
                <th scope="col">{own.columns.lost}</th>
                <th scope="col">{own.columns.ns}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r, i) => (
                <tr key={i} data-mode={r.mode}>
                  <th scope="row" className="text-cell">
                    {own.modes[r.mode]} · k={r.workers}
                  </th>
                  <td>{r.expected.toLocaleString()}</td>
                  <td>{r.actual.toLocaleString()}</td>
                  <td className={r.lost > 0 ? 'check-bad' : 'check-ok'} data-testid="lost">
                    {r.lost.toLocaleString()}
                  </td>
                  <td>
                    {r.nsPerOp.toFixed(1)}
                    {r.lanes && (
                      <small className="note">
                        {LABEL_PUNCTUATION[lang].gap}
                        {inParentheses(lang, own.traced)}
                      </small>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {traced?.lanes && (
        <>
          <h4>{own.lockTimelineHeading}</h4>
          <LockTimeline
            lanes={traced.lanes}
            runMs={traced.ms}
            title={own.lockTimelineTitle(traced.workers)}
            laneLabel={m.workerLane}
            droppedSpans={traced.droppedSpans ?? 0}
            testId="race-lock-timeline"
          />
        </>
      )}
      {histogram && histogram.values.length > 0 && (
        <>
          <ExportablePlot
            title={own.histogramTitle(histogram.values.length)}
            draw={drawHistogram}
            fileName="race-histogram"
            caption={histogramCaption}
          />
          <div className="reading" data-testid="race-histogram-reading">
            {histogramReading.map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
