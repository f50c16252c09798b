// The article's library on screen, as code, with each pitfall's lines marked and, beside each pitfall's
// lines, what the page's runs show of it: the lab's last run replayed, and a run of two calls at once for
// the two pitfalls that need two calls (the global wrapped function, the process-wide logger).
import { memo, useRef, useState } from 'react';
import { useAbortableTask } from '../../ui/use-abortable-task.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { articleCodeMessages } from './article-code-messages.ts';
import { pitfallFindings } from './article-findings.ts';
import { ARTICLE_LINES, PITFALL_LINES, PITFALLS, pitfallsAt, type Pitfall } from './article-pitfalls.ts';
import type { SeedReplay } from './engine/seed-replay.ts';
import { runTwoCalls } from './engine/two-calls.ts';
import { replayTwoCalls, type TwoCallsReplay } from './engine/two-calls-replay.ts';

const NUMBER_WIDTH = String(ARTICLE_LINES.length).length;

/** A line's number as the code shows it, out of the text a reader copies. */
function LineNumber({ n }: { n: number }) {
  return (
    <span aria-hidden="true" style={{ color: 'var(--muted)', userSelect: 'none' }}>
      {String(n).padStart(NUMBER_WIDTH, ' ')}{' '}
    </span>
  );
}

/** The whole quote, one element per line: every pitfall's lines edged, the chosen one's in <mark>. */
function CodeLines({ chosen }: { chosen: Pitfall | undefined }) {
  return ARTICLE_LINES.map((line, i) => {
    const n = i + 1;
    const marked = pitfallsAt(n);
    const text = `${line}\n`;
    return (
      <span
        key={n}
        data-line={n}
        data-pitfalls={marked.join(' ') || undefined}
        style={{
          display: 'block',
          boxShadow: marked.length > 0 ? 'inset 3px 0 0 var(--warn)' : undefined,
        }}
      >
        <LineNumber n={n} />
        {chosen !== undefined && marked.includes(chosen) ? (
          <mark style={{ background: 'var(--warn-bg)', color: 'inherit', fontWeight: 600 }}>{text}</mark>
        ) : (
          text
        )}
      </span>
    );
  });
}

/** A pitfall's own lines, with a gap marker where the code between them is left out. */
function Excerpt({ lines }: { lines: readonly number[] }) {
  return (
    // Wrapped, not scrolled: an excerpt is a few lines, and each should be read whole.
    <pre style={{ margin: '0.4rem 0', fontSize: '0.8rem', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      <code className="language-python">
        {lines.map((n, k) => (
          <span key={n} style={{ display: 'block' }}>
            {k > 0 && n > lines[k - 1]! + 1 && (
              <span aria-hidden="true" style={{ display: 'block', color: 'var(--muted)' }}>
                {'…\n'}
              </span>
            )}
            <LineNumber n={n} />
            {`${ARTICLE_LINES[n - 1]!.trim()}\n`}
          </span>
        ))}
      </code>
    </pre>
  );
}

export const ArticleCodePanel = memo(function ArticleCodePanel({
  replay,
  workers,
  running,
}: {
  /** The lab's last run replayed, once it has ended. */
  replay: SeedReplay | undefined;
  /** The most workers that run saw alive at once. */
  workers: number;
  /** The lab is running: its findings come when it ends. */
  running: boolean;
}) {
  const m = useMessages(articleCodeMessages);
  const lang = useLang();
  const [chosen, setChosen] = useState<Pitfall | undefined>();
  const [twoCalls, setTwoCalls] = useState<TwoCallsReplay | undefined>();
  const task = useAbortableTask();
  const code = useRef<HTMLPreElement>(null);
  const findings = pitfallFindings({ replay, workers, twoCalls }, lang);

  /** Marks a pitfall's lines and scrolls to them; pressed again, unmarks them (the button is a toggle). */
  const show = (pitfall: Pitfall) => {
    if (chosen === pitfall) {
      setChosen(undefined);
      return;
    }
    setChosen(pitfall);
    const pre = code.current;
    const first = pre?.querySelector<HTMLElement>(`[data-line="${PITFALL_LINES[pitfall][0]}"]`);
    if (!pre || !first) return;
    // The code box scrolls to the lines (it is their offset parent), and comes into view itself.
    pre.scrollTop = Math.max(0, first.offsetTop - pre.clientHeight / 3);
    pre.scrollIntoView({ block: 'nearest' });
  };
  const runBoth = () =>
    void task.run(async (signal) => {
      const run = await runTwoCalls(signal);
      if (!signal.aborted) setTwoCalls(replayTwoCalls(run));
    });

  return (
    <section className="card" aria-labelledby="article-code-title" data-testid="article-code">
      <h3 id="article-code-title">{m.title}</h3>
      <p className="note">{m.note}</p>
      <pre
        ref={code}
        id="article-code-lines"
        tabIndex={0}
        role="region"
        aria-label={m.codeLabel}
        style={{ position: 'relative', maxHeight: '24rem' }}
      >
        <code className="language-python">
          <CodeLines chosen={chosen} />
        </code>
      </pre>
      <h4>{m.twoCalls.title}</h4>
      <p className="reading">{m.twoCalls.explain}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={runBoth} disabled={task.running}>
          {m.twoCalls.run}
        </button>
        <span role="status" aria-live="polite" className="run-status">
          {task.running && m.twoCalls.running}
          {task.error !== undefined && <span className="check-bad">{m.twoCalls.failed(task.error)}</span>}
        </span>
      </div>
      <ol
        aria-label={m.pitfallList}
        style={{
          listStyle: 'none',
          padding: 0,
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))',
          gap: '1rem',
        }}
      >
        {PITFALLS.map((pitfall, i) => {
          const text = m.pitfalls[pitfall];
          const finding = findings[pitfall];
          const needsTwoCalls = pitfall === 'globalFunc' || pitfall === 'logging';
          return (
            <li
              key={pitfall}
              data-pitfall={pitfall}
              style={{ border: '1px solid var(--border)', borderRadius: 'var(--radius)', padding: '0.75rem' }}
            >
              <strong>
                {i + 1}. {text.title}
              </strong>
              <Excerpt lines={PITFALL_LINES[pitfall]} />
              <p style={{ margin: '0.3rem 0' }}>{text.what}</p>
              <p style={{ margin: '0.3rem 0' }} data-testid="pitfall-finding">
                <em>{m.thisRun}</em>
                {m.gap}
                {finding ?? (
                  <span className="muted">
                    {needsTwoCalls ? m.noTwoCalls : running ? m.whenEnded : m.noRun}
                  </span>
                )}
              </p>
              <p className="check-ok" style={{ margin: '0.3rem 0' }}>
                <em>{m.thePool}</em>
                {m.gap}
                {text.fix}
              </p>
              <button
                type="button"
                aria-pressed={chosen === pitfall}
                aria-controls="article-code-lines"
                aria-label={m.showLinesOf(text.title)}
                onClick={() => show(pitfall)}
              >
                {m.showLines}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
});
