import { useState } from 'react';
import {
  canRun,
  finished,
  randomRun,
  replay,
  step,
  verdict,
  type MachineState,
} from './engine/sim/machine.ts';
import { lineText, makeProgram, PROGRAMS, type ProgramName } from './engine/sim/programs.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LABEL_PUNCTUATION } from '../../ui/lang.ts';
import { SelectField } from '../../ui/select-field.tsx';
import { simulatorMessages } from './simulator-messages.ts';

export interface SimulatorSettings {
  readonly program: ProgramName;
  readonly threads: number;
  readonly schedule: string;
  readonly seed: number;
}

/** The interactive scheduler: the learner picks the next thread; the schedule lives in the URL. */
export function SimulatorSection({
  settings,
  onChange,
}: {
  settings: SimulatorSettings;
  onChange: (next: SimulatorSettings) => void;
}) {
  const own = useMessages(simulatorMessages);
  const lang = useLang();
  const [copied, setCopied] = useState(false);
  const program = makeProgram(settings.program, settings.threads);
  const state: MachineState = replay(program, [...settings.schedule].map(Number));
  const result = verdict(state);
  const setSchedule = (schedule: readonly number[]) => {
    setCopied(false);
    onChange({ ...settings, schedule: schedule.join('') });
  };
  return (
    <section className="card" aria-labelledby="sim-title">
      <h3 id="sim-title">{own.simTitle}</h3>
      <p className="note">{own.simHelp}</p>
      <div className="fields">
        <SelectField
          id="sim-program"
          label={own.program}
          value={settings.program}
          options={PROGRAMS}
          words={own.programs}
          onChange={(program) => onChange({ ...settings, program, schedule: '' })}
        />
        <div className="field">
          <label htmlFor="sim-threads">{own.threads}</label>
          <select
            id="sim-threads"
            value={program.threads.length}
            disabled={settings.program === 'deadlock'}
            onChange={(e) => onChange({ ...settings, threads: Number(e.target.value), schedule: '' })}
          >
            <option value={2}>2</option>
            <option value={3}>3</option>
          </select>
        </div>
      </div>
      <div className="sim-threads">
        {program.threads.map((lines, thread) => {
          const local = state.threads[thread]!;
          const done = finished(state, thread);
          return (
            <div key={thread} className="sim-thread card" data-testid={`sim-thread-${thread + 1}`}>
              <strong>{own.threadName(thread + 1)}</strong>{' '}
              <small>{done ? own.done : canRun(state, thread) ? '' : own.blocked}</small>
              <ol>
                {lines.map((line, i) => (
                  <li
                    key={i}
                    aria-current={i === local.pc ? 'step' : undefined}
                    className={i < local.pc ? 'done-line' : undefined}
                  >
                    {lineText(line)}
                  </li>
                ))}
              </ol>
              <div>
                {own.local} = <code>{local.tmp ?? '–'}</code>
              </div>
              <button
                type="button"
                disabled={!canRun(state, thread)}
                onClick={() => setSchedule([...step(state, thread).schedule])}
              >
                {own.runThread(thread + 1)}
              </button>
            </div>
          );
        })}
      </div>
      <p>
        <strong>
          {own.shared}
          {LABEL_PUNCTUATION[lang].colon}
        </strong>
        {LABEL_PUNCTUATION[lang].gap}
        <code data-testid="sim-count">count = {state.shared['count']}</code>
        {program.locks.length > 0 && (
          <>
            {' · '}
            <strong>
              {own.locks}
              {LABEL_PUNCTUATION[lang].colon}
            </strong>
            {LABEL_PUNCTUATION[lang].gap}
            {program.locks.map((lock) => {
              const holder = state.holders[lock];
              return (
                <span key={lock}>
                  {lock}: {holder === undefined ? own.free : own.heldBy(holder + 1)}{' '}
                </span>
              );
            })}
          </>
        )}
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={state.schedule.length === 0}
          onClick={() => setSchedule(state.schedule.slice(0, -1))}
        >
          {own.undo}
        </button>
        <button type="button" disabled={state.schedule.length === 0} onClick={() => setSchedule([])}>
          {own.reset}
        </button>
        <button
          type="button"
          onClick={() => {
            const seed = (settings.seed + 1) % 2_147_483_647;
            onChange({ ...settings, seed, schedule: randomRun(program, seed).schedule.join('') });
          }}
        >
          {own.random}
        </button>
        <button
          type="button"
          onClick={() => void navigator.clipboard.writeText(window.location.href).then(() => setCopied(true))}
        >
          {own.scheduleLink}
        </button>
        {copied && <span role="status">{own.scheduleCopied}</span>}
      </div>
      <div role="status" aria-live="polite" data-testid="sim-verdict">
        {result.kind === 'done' && (
          <p className={result.lostUpdates > 0 ? 'check-bad' : 'check-ok'}>
            {own.verdictDone(result.lostUpdates)}
          </p>
        )}
        {result.kind === 'deadlock' && (
          <div className="check-bad">
            <p>{own.verdictDeadlock}</p>
            <ul>
              {result.waiting.map((w) => (
                <li key={w.thread}>{own.waitsFor(w.thread + 1, w.lock, w.heldBy + 1)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
