import { useState } from 'react';
import { runRace } from './engine/race/run-race.ts';
import { interleavingOf, type LogEvent, type RaceExplanation } from './engine/sim/race-log.ts';
import { useMessages } from '../../ui/i18n-context.tsx';
import { useAbortableTask } from '../../ui/use-abortable-task.ts';
import { syncLabMessages } from './sync-lab-messages.ts';
import { captureMessages } from './capture-messages.ts';

interface Capture {
  readonly total: number;
  /** The counter's own reading: what the log's explanation must agree with. */
  readonly expected: number;
  readonly actual: number;
  readonly explained: RaceExplanation;
  readonly steps: readonly LogEvent[];
}

/** Captures a short logged race and replays the first lost update as two lanes, step by step. */
export function CaptureSection({ enabled, window }: { enabled: boolean; window: number }) {
  const m = useMessages(syncLabMessages);
  const own = useMessages(captureMessages);
  const [capture, setCapture] = useState<Capture | undefined>();
  const [step, setStep] = useState(0);
  const task = useAbortableTask();
  const running = task.running;
  const error = task.error;

  const run = () =>
    task.run(async (signal) => {
      const result = await runRace({
        mode: 'plain',
        workers: 2,
        iterations: 200,
        window: Math.max(window, 200),
        log: true,
        signal,
      });
      const events = result.events ?? [];
      const explained = result.explanation!;
      const first = explained.untrusted ? undefined : explained.overwrites[0];
      setCapture({
        total: events.length,
        expected: result.expected,
        actual: result.actual,
        explained,
        steps: first ? interleavingOf(events, first) : [],
      });
      setStep(first ? 1 : 0);
    });

  const explained = capture?.explained;
  const first = explained && !explained.untrusted ? explained.overwrites[0] : undefined;
  const shown = capture?.steps.slice(0, step) ?? [];
  const workers = [...new Set(capture?.steps.map((e) => e.worker) ?? [])].sort((a, b) => a - b);
  return (
    <section className="card" aria-labelledby="capture-title">
      <h3 id="capture-title">{own.captureTitle}</h3>
      <p className="note">{own.captureHelp}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={!enabled || running} onClick={() => void run()}>
          {own.capture}
        </button>
        {error && <span className="check-bad">{m.failed(error)}</span>}
      </div>
      {capture && (
        <p role="status" data-testid="capture-count">
          {own.counted(capture.actual, capture.expected)}
          {own.sentenceGap}
          {explained?.untrusted
            ? own.unexplained(explained.untrusted, capture.total, 2 * capture.expected)
            : first
              ? own.explained(
                  explained!.overwrites.length,
                  explained!.wiped,
                  explained!.restored,
                  capture.total,
                )
              : own.noLoss}
        </p>
      )}
      {capture && first && (
        <>
          <div className="actions" role="group" aria-label={own.step(step, capture.steps.length)}>
            <button type="button" onClick={() => setStep(1)} disabled={step <= 1}>
              {own.toStart}
            </button>
            <button type="button" onClick={() => setStep((s) => Math.max(1, s - 1))} disabled={step <= 1}>
              {own.back}
            </button>
            <span data-testid="capture-step">{own.step(step, capture.steps.length)}</span>
            <button
              type="button"
              onClick={() => setStep((s) => Math.min(capture.steps.length, s + 1))}
              disabled={step >= capture.steps.length}
            >
              {own.forward}
            </button>
            <button
              type="button"
              onClick={() => setStep(capture.steps.length)}
              disabled={step >= capture.steps.length}
            >
              {own.toOverwrite}
            </button>
          </div>
          <table className="data-table lanes" data-testid="capture-lanes">
            <thead>
              <tr>
                <th scope="col">#</th>
                {workers.map((w) => (
                  <th scope="col" key={w}>
                    {m.workerLane(w)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((event) => {
                const isLost = event.ticket === first.overwritten.ticket;
                const isOverwrite = event.ticket === first.overwrite.ticket;
                return (
                  <tr
                    key={event.ticket}
                    className={isLost ? 'lost-write' : isOverwrite ? 'overwrite' : undefined}
                  >
                    <th scope="row">{event.ticket}</th>
                    {workers.map((w) => (
                      <td key={w} className="text-cell">
                        {event.worker === w
                          ? event.op === 'read'
                            ? own.reads(event.value)
                            : own.writes(event.value)
                          : ''}
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {step === capture.steps.length && (
            <p className="check-bad" data-testid="capture-verdict">
              {own.lostNote(first)}
            </p>
          )}
        </>
      )}
    </section>
  );
}
