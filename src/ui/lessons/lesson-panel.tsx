// A lesson step on its lab: the article's passage, then predict -> run -> explain -> try next. The lab owns
// the experiment: it gives the question, runs the step's runs when asked, and computes the explanation from
// what they measured. The panel keeps the order, the learner's answer and the step's progress.
import { useEffect, useId } from 'react';
import { useLang, useMessages } from '../i18n-context.tsx';
import { useStaleExplanation } from './use-stale-explanation.ts';
import { inParentheses, LABEL_PUNCTUATION } from '../lang.ts';
import { appLabNames } from '../lab-names.ts';
import { pageSearch } from '../page-links.ts';
import { markLessonDone } from './lesson-progress.ts';
import { LESSON_NEXT, LESSON_STEPS, lessonSearch, type LessonId } from './lesson-steps.ts';
import { lessonTexts } from './lesson-texts.ts';
import type { LessonStepHandle } from './use-lesson-step.ts';
import type { LessonQuestion } from './lesson-verdict.ts';

export function LessonPanel({
  id,
  question,
  runs,
  onRun,
  busy,
  step,
  blockedReason,
  explanation,
  labRuns,
}: {
  id: LessonId;
  question: LessonQuestion;
  /** What the step runs, in words. */
  runs: string;
  onRun: () => void;
  /** The lab is running (this step or another run): no new step run, no new answer. */
  busy: boolean;
  /** The learner's answer and where the step's runs are (useLessonStep). */
  step: LessonStepHandle;
  /** Why the step cannot run now (shared memory missing, inputs to fix), if it cannot. */
  blockedReason: string | undefined;
  /** The sentences of the last complete step run, if any. */
  explanation: readonly string[] | undefined;
  /**
   * Runs the lab has started, the step's included: once it starts another after the step, what it shows is
   * no longer what the explanation quotes, and the panel says so. Absent where the lab does not count them.
   */
  labRuns?: number;
}) {
  const t = useMessages(lessonTexts);
  const stale = useStaleExplanation(labRuns, step.state.kind === 'done');
  const lang = useLang();
  const names = useMessages(appLabNames);
  const titleId = useId();
  const groupName = useId();
  const text = t.steps[id];
  const number = LESSON_STEPS.findIndex((step) => step.id === id) + 1;
  const here = new URLSearchParams(window.location.search);
  const { prediction, setPrediction: onPredict, state } = step;
  const progress =
    state.kind === 'running'
      ? t.panel.runProgress(state.n, state.total)
      : state.kind === 'stopped'
        ? t.panel.stopped
        : state.kind === 'done'
          ? t.panel.done
          : undefined;

  // Keyed on whether there is an explanation, not on its sentences: the lab builds them anew each render.
  const explained = explanation !== undefined;
  useEffect(() => {
    if (explained) markLessonDone(id);
  }, [explained, id]);

  return (
    <section className="card lesson-panel" aria-labelledby={titleId} data-testid="lesson-panel">
      <p className="lesson-kicker">
        {t.stepOf(number, LESSON_STEPS.length)} · <a href={pageSearch('home', {}, here)}>{t.allSteps}</a>
      </p>
      <h3 id={titleId}>{text.title}</h3>
      <figure className="article-passage">
        <blockquote>{text.passage}</blockquote>
        <figcaption>{t.fromArticle(text.section)}</figcaption>
      </figure>
      <ol className="lesson-phases">
        <li>
          <fieldset className="lesson-predict" disabled={busy}>
            <legend>
              <strong className="phase-name">
                {t.panel.predict}
                {LABEL_PUNCTUATION[lang].step}
              </strong>
              {LABEL_PUNCTUATION[lang].gap}
              {question.prompt}
            </legend>
            {question.choices.map((choice) => (
              <label key={choice.id} className="choice">
                <input
                  type="radio"
                  name={groupName}
                  value={choice.id}
                  checked={prediction.kind === 'chose' && prediction.id === choice.id}
                  onChange={() => onPredict({ kind: 'chose', id: choice.id })}
                />
                {choice.label}
              </label>
            ))}
            {prediction.kind === 'skipped' ? (
              <p className="note">{t.panel.skipped}</p>
            ) : (
              <button type="button" onClick={() => onPredict({ kind: 'skipped' })}>
                {t.panel.skip}
              </button>
            )}
          </fieldset>
        </li>
        <li>
          <p>
            <strong className="phase-name">
              {t.panel.run}
              {LABEL_PUNCTUATION[lang].step}
            </strong>
            {LABEL_PUNCTUATION[lang].gap}
            {runs}
          </p>
          {blockedReason && <p className="note">{blockedReason}</p>}
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={onRun}
              disabled={busy || blockedReason !== undefined}
            >
              {t.panel.runStep}
            </button>
            <span role="status" aria-live="polite" className="run-status">
              {progress}
            </span>
          </div>
        </li>
        <li>
          <p>
            <strong className="phase-name">
              {t.panel.explain}
              {LABEL_PUNCTUATION[lang].step}
            </strong>
          </p>
          {explanation && stale && (
            <p className="note" data-testid="lesson-stale">
              {t.panel.stale}
            </p>
          )}
          <div aria-live="polite" data-testid="lesson-explanation">
            {explanation ? (
              explanation.map((sentence, i) => <p key={i}>{sentence}</p>)
            ) : (
              <p className="muted">{t.panel.waiting}</p>
            )}
          </div>
        </li>
        <li>
          <p>
            <strong className="phase-name">
              {t.panel.tryNext}
              {LABEL_PUNCTUATION[lang].step}
            </strong>
          </p>
          <ul className="lesson-next">
            {LESSON_NEXT[id].map((next) =>
              'lesson' in next ? (
                <li key={next.lesson}>
                  <a href={lessonSearch(next.lesson, here)}>{t.steps[next.lesson].title}</a>
                </li>
              ) : (
                <li key={next.label}>
                  <a href={pageSearch(next.lab, next.inputs, here)}>{t.labLinks[next.label]}</a>
                  {LABEL_PUNCTUATION[lang].gap}
                  <span className="muted">{inParentheses(lang, names.labs[next.lab])}</span>
                </li>
              ),
            )}
          </ul>
        </li>
      </ol>
    </section>
  );
}
