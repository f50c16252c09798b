import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { CardForm } from '../../ui/card-form.tsx';
import { CheckboxField } from '../../ui/checkbox-field.tsx';
import { SelectField } from '../../ui/select-field.tsx';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { useIsolation } from '../../ui/isolation-context.tsx';
import { isolationMessages, leadThenReason } from '../../ui/isolation-messages.ts';
import { joinSentences } from '../../ui/lang.ts';
import { LabPage } from '../../ui/lab-page.tsx';
import { ParamNotices } from '../../ui/param-notices.tsx';
import { LogPanel } from '../../ui/pool-panels/log-panel.tsx';
import { ResultsSection } from '../../ui/pool-panels/results-section.tsx';
import { RunButtons } from '../../ui/run-buttons.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useUrlParams } from '../../ui/use-url-params.ts';
import { isBusy } from '../../ui/use-run-state.ts';
import { useLesson } from '../../ui/lessons/lesson-context.tsx';
import { CodeLinkField } from './code-link-field.tsx';
import {
  formFromUrl,
  itemsTextFor,
  presetForm,
  validateCodeForm,
  type CodeForm,
  type CodeParamValues,
  type NumberField,
} from './code-form.ts';
import { codeLabMessages } from './code-lab-messages.ts';
import { codeParams, PRESET_FIELDS } from './code-params.ts';
import {
  CODE_LANGUAGES,
  ITEM_SOURCES,
  PRESET_IDS,
  type CodeLanguage,
  type ItemSource,
  type PresetId,
} from './code-presets.ts';
import { CodeSweepSection } from './code-sweep-section.tsx';
import { CodeLinkError, decodeCode } from './engine/code-link.ts';
import { withLineFeeds } from './engine/code-files.ts';
import { describeItem } from './describe-item.ts';
import { RunProblemNote } from './run-problem-note.tsx';
import { forgetSavedCode, loadSavedCode, saveCode } from './saved-code.ts';
import { useCodeRun } from './use-code-run.ts';
import { useCodeSweep } from './use-code-sweep.ts';
import { LazyCodeEditor, useEditorsMayLoad } from './lazy-code-editor.tsx';

/** The lesson panel and its words load only on a lesson's link: a lab opened plainly does not carry them. */
const CodeLessonPanel = lazy(() => import('./code-lesson.tsx'));

/** The editor is its own chunk: CodeMirror loads after the lab's first render, never with another page. */

type GoTo = {
  readonly editor: 'fn' | 'items';
  readonly line: number;
  readonly column: number;
  readonly seq: number;
};

/** What the link's code became: still being read, read (with code or without), or unreadable. */
type LinkState = 'reading' | 'none' | 'code' | { readonly broken: CodeLinkError['reason'] };

export default function CodeLab() {
  const m = useMessages(codeLabMessages);
  const iso = useMessages(isolationMessages);
  const lang = useLang();
  const isolation = useIsolation();
  const url = useUrlParams(codeParams);
  const [form, setForm] = useState<CodeForm>(() =>
    formFromUrl(
      url.values,
      new URLSearchParams(window.location.search),
      { fn: undefined, items: undefined },
      loadSavedCode(url.values.preset, url.values.language),
    ),
  );
  const [link, setLink] = useState<LinkState>(() => (url.values.fn || url.values.items ? 'reading' : 'none'));
  const [triedInvalid, setTriedInvalid] = useState(false);
  const [goTo, setGoTo] = useState<GoTo | undefined>();
  const [notice, setNotice] = useState('');
  const codeRun = useCodeRun();
  const sweep = useCodeSweep();
  const { run, problem, setProblem, version, elapsedMs, phase } = codeRun;
  /** A run is on (checking and making items, starting Python, or running), or a sweep. */
  const busy = isBusy(phase) || sweep.running;
  const noteId = useId();
  const lessonId = useLesson();
  const python = form.language === 'python';
  /** What each items source is called: a generator is written differently in Python. */
  const sourceWords = python ? { ...m.sources, ...m.sourcesPython } : m.sources;

  // A link's code is read once, on arrival; it only fills the editors (nothing runs before Run).
  const linkRead = useRef(false);
  useEffect(() => {
    if (linkRead.current || link !== 'reading') return;
    linkRead.current = true;
    const { fn, items } = url.values;
    void Promise.all([fn ? decodeCode(fn) : undefined, items ? decodeCode(items) : undefined]).then(
      ([fnText, itemsText]) => {
        setForm((current) => ({
          ...current,
          ...(fnText === undefined ? {} : { fn: withLineFeeds(fnText) }),
          ...(itemsText === undefined ? {} : { itemsText: withLineFeeds(itemsText) }),
        }));
        setLink('code');
      },
      (error: unknown) => setLink({ broken: error instanceof CodeLinkError ? error.reason : 'damaged' }),
    );
  }, [link, url.values]);

  const labels: Record<NumberField, string> = {
    low: m.low,
    high: m.high,
    parts: m.parts,
    workers: m.workers,
    timeout: m.timeout,
    shared: m.shared,
    k: m.sweepMax,
  };
  const validated = validateCodeForm(form, labels, m.rangeOrder, lang);
  const errors: Partial<Record<NumberField, string>> = validated.ok ? {} : { ...validated.errors };
  if (validated.ok && validated.settings.sharedLength > 0 && !isolation.sharedMemory) {
    errors.shared = leadThenReason(iso, m.sharedNeeds, isolation.reason);
  }
  const valid = Object.keys(errors).length === 0;
  /** The checked inputs when every field is valid (the shared-memory field included), else undefined. */
  const ready = valid && validated.ok ? validated : undefined;

  const change = (next: CodeForm) => {
    setForm(next);
    const checked = validateCodeForm(next, labels, m.rangeOrder, lang);
    if (checked.ok) {
      url.setValues(checked.values);
      keepPresetFields(checked.values);
    }
  };
  const editCode = (fn: string, itemsText: string) => {
    setProblem(undefined);
    saveCode(form.preset, form.language, fn, form.from, itemsText);
    change({ ...form, fn, itemsText });
  };
  // The editors report the learner's edits only (not the texts set from a preset, a reset or a link).
  const onFnChange = (fn: string) => editCode(fn, form.itemsText);
  const onItemsChange = (itemsText: string) => editCode(form.fn, itemsText);

  const field = (name: NumberField, hint?: string) => (
    <TextField
      name={name}
      label={labels[name]}
      value={form.text[name]}
      error={errors[name]}
      disabled={busy}
      inputMode={name === 'low' || name === 'high' ? 'text' : 'numeric'}
      onChange={(value) => change({ ...form, text: { ...form.text, [name]: value } })}
      {...(hint ? { hint } : {})}
    />
  );

  /** A run has checked this host for the worker policy: the code is no longer a link's to hold back. */
  const linkChecked = () => setLink((state) => (state === 'code' ? 'none' : state));

  const go = () => {
    setTriedInvalid(!ready);
    if (ready) void codeRun.start(ready.settings, link === 'code', linkChecked);
  };
  const goSweep = () => {
    setTriedInvalid(!ready);
    if (!ready) return;
    void sweep.start(
      ready.settings,
      ready.k,
      m.sweepLabel,
      (items) => m.describeSweep(m.presets[form.preset], items, sourceWords[form.from]),
      link === 'code',
      linkChecked,
    );
  };

  const k = Number(form.text.k) || codeParams.k.defaultValue;
  const choosePreset = (preset: PresetId) => {
    setProblem(undefined);
    change(presetForm(preset, form.language, k, loadSavedCode(preset, form.language)));
  };
  /** The same preset in the other language, with the edits kept for it there. */
  const chooseLanguage = (language: CodeLanguage) => {
    if (language === form.language) return;
    setProblem(undefined);
    change(presetForm(form.preset, language, k, loadSavedCode(form.preset, language)));
  };
  const reset = () => {
    forgetSavedCode(form.preset, form.language);
    const next = presetForm(form.preset, form.language, k);
    setProblem(undefined);
    change(next);
    setNotice(m.resetDone);
  };
  const chooseSource = (from: ItemSource) => {
    if (from === form.from) return;
    const saved = loadSavedCode(form.preset, form.language);
    change({ ...form, from, itemsText: itemsTextFor(form.preset, form.language, from, saved) });
  };

  const showAt = (editor: 'fn' | 'items', line: number, column: number) =>
    setGoTo((previous) => ({ editor, line, column, seq: (previous?.seq ?? 0) + 1 }));

  const runErrorLine = run?.firstError?.at.line;
  const fnErrorLine = problem?.where === 'fn' && 'at' in problem ? problem.at?.line : runErrorLine;
  const itemsErrorLine = problem?.where === 'items' && 'at' in problem ? problem.at?.line : undefined;
  const store = run?.store;
  const runItems = run?.items;
  const describeRunItem = useCallback((index: number) => describeItem(runItems?.[index]), [runItems]);
  // The editor's chunk loads after the lab's first commit, so the lab is usable before it arrives.
  const afterFirstCommit = useEditorsMayLoad();
  const editorsReady = afterFirstCommit && link !== 'reading';
  /** What both editors share: when they may load, what shows meanwhile, their keyboard note, read-only. */
  const editorFrame = {
    ready: editorsReady,
    loadingText: m.loadingEditor,
    describedBy: noteId,
    readOnly: busy,
  };

  return (
    <LabPage title={m.title} intro={m.intro}>
      <ParamNotices issues={url.issues.filter((issue) => issue.param !== 'fn' && issue.param !== 'items')} />
      {link === 'code' && (
        <p className="note link-code-note" role="note" data-testid="link-code-note">
          {m.linkNote}
        </p>
      )}
      {typeof link === 'object' && <p className="check-bad">{m.linkBroken(m.linkReasons[link.broken])}</p>}
      {lessonId && (
        <Suspense fallback={null}>
          <CodeLessonPanel
            id={lessonId}
            shape={
              validated.ok && validated.settings.inputs.from === 'range'
                ? { items: validated.settings.inputs.parts, workers: validated.settings.workers }
                : undefined
            }
            busy={busy}
            run={() => (ready ? codeRun.start(ready.settings, link === 'code', linkChecked) : undefined)}
            labRuns={codeRun.runs}
            language={form.language}
            onInvalid={() => setTriedInvalid(true)}
          />
        </Suspense>
      )}
      <CardForm title={m.code} onRun={go} className="code-form">
        <div className="fields">
          <SelectField
            id="code-preset"
            label={m.preset}
            value={form.preset}
            options={PRESET_IDS}
            words={m.presets}
            onChange={choosePreset}
            disabled={busy}
          />
          <SelectField
            id="code-language"
            label={m.language}
            value={form.language}
            options={CODE_LANGUAGES}
            words={m.languages}
            onChange={chooseLanguage}
            disabled={busy}
          />
          <div className="field">
            <span className="field-label-spacer" aria-hidden="true">
              &nbsp;
            </span>
            <button type="button" onClick={reset} disabled={busy}>
              {m.reset}
            </button>
          </div>
        </div>
        <div className="code-editor-host">
          <LazyCodeEditor
            {...editorFrame}
            value={form.fn}
            onChange={onFnChange}
            label={python ? m.editorLabelPython : m.editorLabel}
            syntax={python ? 'python' : 'javascript'}
            errorLine={fnErrorLine}
            goTo={goTo?.editor === 'fn' ? goTo : undefined}
            minLines={10}
            testId="code-editor"
          />
        </div>
        <p className="note" id={noteId}>
          {joinSentences(lang, [m.keyboardNote, m.savedNote])}
        </p>
        {python && (
          <p className="note" data-testid="python-note">
            {m.pythonNote}
          </p>
        )}
        <fieldset className="fields" disabled={busy}>
          <SelectField
            id="code-from"
            label={m.from}
            value={form.from}
            options={ITEM_SOURCES}
            words={sourceWords}
            onChange={chooseSource}
          />
          {form.from === 'range' && (
            <>
              {field('low')}
              {field('high')}
              {field('parts')}
            </>
          )}
        </fieldset>
        {form.from === 'range' && validated.ok && (
          <p className="note">
            {(python ? m.rangeNotePython : m.rangeNote)(
              validated.settings.inputs.high - validated.settings.inputs.low,
              validated.settings.inputs.parts,
            )}
          </p>
        )}
        {form.from !== 'range' && (
          <>
            <div className="code-editor-host">
              <LazyCodeEditor
                {...editorFrame}
                value={form.itemsText}
                onChange={onItemsChange}
                label={m.itemsEditorLabel(sourceWords[form.from])}
                syntax={form.from === 'json' ? 'json' : python ? 'python' : 'javascript'}
                errorLine={itemsErrorLine}
                goTo={goTo?.editor === 'items' ? goTo : undefined}
                minLines={4}
                testId="items-editor"
              />
            </div>
            <p className="note">
              {form.from === 'json' ? m.jsonNote : python ? m.generatorNotePython : m.generatorNote}
            </p>
          </>
        )}
        <fieldset className="fields" disabled={busy}>
          {field('workers')}
          {field('timeout')}
          {field('shared')}
          {field('k')}
          <CheckboxField
            label={m.ordered}
            checked={form.ordered}
            onChange={(ordered) => change({ ...form, ordered })}
          />
        </fieldset>
        {Number(form.text.shared) > 0 && <p className="note">{python ? m.sharedNotePython : m.sharedNote}</p>}
        <div className="actions">
          <RunButtons
            running={busy}
            onCancel={() => {
              codeRun.cancel();
              sweep.cancel();
            }}
            runLabel={m.run}
            cancelLabel={m.cancel}
            cancellable={busy}
          />
          <button type="button" onClick={goSweep} disabled={busy}>
            {m.sweep(validated.ok ? validated.k : codeParams.k.defaultValue)}
          </button>
          <CodeLinkField form={form} messages={m} />
          {phase.kind === 'running' && store && (
            <progress max={store.size} value={store.completed} aria-label={m.run} />
          )}
          <span role="status" aria-live="polite" className="run-status" data-testid="code-status">
            {phase.kind === 'preparing' &&
              phase.made === 0 &&
              python &&
              form.from === 'generator' &&
              m.startingPythonItems}
            {phase.kind === 'preparing' && phase.made > 0 && m.makingItems(phase.made)}
            {phase.kind === 'starting-python' && m.startingPython(phase.workers)}
            {phase.kind === 'running' && store && m.progress(store.completed, store.size)}
            {phase.kind === 'idle' &&
              run?.endMs !== undefined &&
              !problem &&
              m.finished(run.store.size, run.endMs / 1000)}
            {phase.kind === 'cancelled' && m.cancelled}
            {phase.kind === 'failed' && <span className="check-bad">{m.failed(phase.message)}</span>}
            {triedInvalid && !valid && <span className="check-bad">{m.fixInputs}</span>}
            {notice && !busy && !problem && phase.kind === 'idle' && !run && notice}
          </span>
        </div>
        {problem && <RunProblemNote problem={problem} messages={m} onGoTo={showAt} />}
      </CardForm>
      {run && store && (
        <>
          <ResultsSection
            store={store}
            marks={run.events.marks}
            version={version}
            elapsedMs={elapsedMs}
            ended={run.endMs !== undefined}
            describeItem={describeRunItem}
          >
            {run.firstError && (
              <p className="check-bad" data-testid="first-error">
                {m.firstError}{' '}
                {m.runError(
                  m.inCode,
                  run.firstError.at.line,
                  run.firstError.at.column,
                  run.firstError.message,
                )}{' '}
                <button
                  type="button"
                  onClick={() => showAt('fn', run.firstError!.at.line, run.firstError!.at.column)}
                >
                  {m.goToLine(run.firstError.at.line)}
                </button>
              </p>
            )}
            {run.unprotected && (
              <p className="check-bad" data-testid="unprotected">
                {m.unprotected}
              </p>
            )}
            {run.sharedAfter && (
              <p data-testid="shared-after">
                {m.sharedAfter}: {formatShared(run.sharedAfter, m.sharedValues)}
              </p>
            )}
          </ResultsSection>
          <LogPanel
            lines={run.events.logs}
            dropped={run.events.droppedLogs}
            received={run.events.logCount}
            kept={run.events.logCap}
          />
        </>
      )}
      <CodeSweepSection sweep={sweep} messages={m} />
    </LabPage>
  );
}

/**
 * Writes every preset field into the address, even one equal to the lab's default (which the URL state
 * leaves out): absent, a field means the preset's value, so a link or a reload would bring back another.
 */
function keepPresetFields(values: CodeParamValues): void {
  const search = new URLSearchParams(window.location.search);
  let added = false;
  for (const field of PRESET_FIELDS) {
    if (search.has(field)) continue;
    search.set(field, String(values[field]));
    added = true;
  }
  if (!added) return;
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}?${search.toString()}${hash}`);
}

/** The first few shared values, with how many more there are. */
function formatShared(values: Int32Array, say: (values: string, more: number) => string): string {
  const shown = Array.from(values.subarray(0, 8), (v, i) => `shared[${i}] = ${v.toLocaleString('en-US')}`);
  return say(shown.join(', '), Math.max(0, values.length - 8));
}
