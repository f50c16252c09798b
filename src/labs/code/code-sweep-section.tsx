// The sweep of the learner's code: the shared sweep view (charts, readings, exports, tables), what runs
// now, and the items that failed at some worker count (a time measured over failures says little).
import { useMessages } from '../../ui/i18n-context.tsx';
import { SweepView } from '../../ui/sweep/sweep-view.tsx';
import type { Dictionary } from '../../ui/lang.ts';
import type { codeLabMessages } from './code-lab-messages.ts';
import { RunProblemNote } from './run-problem-note.tsx';
import type { CodeSweep } from './use-code-sweep.ts';
import { sweepViewMessages } from '../../ui/sweep/sweep-view-messages.ts';

export function CodeSweepSection({
  sweep,
  messages: m,
}: {
  sweep: CodeSweep;
  messages: Dictionary<(typeof codeLabMessages)['en']>;
}) {
  const v = useMessages(sweepViewMessages);
  const { phase, sweeps, failures, problem } = sweep;
  if (sweeps.length === 0 && phase.kind !== 'sweeping' && !problem && phase.kind !== 'failed') return null;
  return (
    <section className="card" aria-labelledby="code-sweep-title" data-testid="code-sweep">
      <h3 id="code-sweep-title">{m.sweepTitle}</h3>
      <p role="status" aria-live="polite" className="run-status">
        {phase.kind === 'sweeping' && m.sweepProgress(phase.workers, phase.of)}
        {phase.kind === 'cancelled' && m.cancelled}
        {phase.kind === 'failed' && <span className="check-bad">{m.failed(phase.message)}</span>}
      </p>
      {problem && <RunProblemNote problem={problem} messages={m} />}
      {sweep.unprotected && (
        <p className="check-bad" data-testid="sweep-unprotected">
          {m.unprotected}
        </p>
      )}
      {failures.map((f) => (
        <p key={f.workers} className="check-bad">
          {m.sweepFailures(f.workers, f.failed)}
        </p>
      ))}
      <SweepView
        sweeps={sweeps}
        cores={navigator.hardwareConcurrency || 1}
        fileName="code-speedup"
        work="code"
        describeSweep={(s) => sweep.descriptions.get(s.id) ?? s.label}
        onRemove={sweep.remove}
        measuring={phase.kind === 'sweeping' ? sweeps.at(-1)?.id : undefined}
      />
      {sweeps.length === 0 && phase.kind === 'sweeping' && <p className="note">{v.sweeps}</p>}
    </section>
  );
}
