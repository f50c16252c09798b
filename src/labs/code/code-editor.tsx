// The code editor: CodeMirror 6 with JavaScript, line numbers, bracket matching and undo (no completion,
// search or auto-closing brackets: fewer surprises while typing, and a smaller chunk). Loaded only when
// the code lab opens (a lazy chunk of its own), so no other page carries it. Colours are the app's
// light-dark() pairs, so the theme follows the page's, system or chosen. Tab indents; Escape then Tab (or
// Ctrl-M / Cmd-M, which toggles it) moves focus out, as the note under the editor says.
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { python } from '@codemirror/lang-python';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import {
  Annotation,
  Compartment,
  EditorState,
  StateEffect,
  StateField,
  type Extension,
} from '@codemirror/state';
import {
  Decoration,
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  type DecorationSet,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useRef } from 'react';

/** Marks a change that came from the `value` prop: it is not reported back through onChange. */
const fromProps = Annotation.define<boolean>();

/** A line to mark as the one an error points at; null clears it. */
const markLine = StateEffect.define<number | null>();

const markedLine = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(markLine)) continue;
      const line = effect.value;
      if (line === null || line < 1 || line > transaction.state.doc.lines) next = Decoration.none;
      else {
        const from = transaction.state.doc.line(line).from;
        next = Decoration.set([Decoration.line({ class: 'cm-error-line' }).range(from)]);
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const appTheme = EditorView.theme({
  '&': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border)',
    borderRadius: 'var(--radius)',
    fontSize: '0.9rem',
  },
  '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '2px' },
  '.cm-content': { fontFamily: 'var(--mono)', caretColor: 'var(--text)' },
  '.cm-scroller': { fontFamily: 'var(--mono)' },
  '.cm-gutters': {
    backgroundColor: 'var(--surface-2)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--border)',
    borderRadius: 'var(--radius) 0 0 var(--radius)',
  },
  '.cm-activeLine': { backgroundColor: 'light-dark(#f5f3ef, #1f242c)' },
  '.cm-activeLineGutter': { backgroundColor: 'light-dark(#e7e5e4, #2a313b)', color: 'var(--text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'light-dark(#c7d7fe, #2c4a8a) !important',
  },
  '.cm-matchingBracket': {
    backgroundColor: 'light-dark(#dbeafe, #27406e)',
    outline: '1px solid var(--accent)',
  },
  '.cm-error-line': { backgroundColor: 'var(--error-bg)', boxShadow: 'inset 3px 0 0 var(--error)' },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface)',
    color: 'var(--text)',
    border: '1px solid var(--border)',
  },
  '.cm-panels': { backgroundColor: 'var(--surface-2)', color: 'var(--text)' },
});

/** Token colours: each pair meets 4.5:1 on the editor's light and dark backgrounds. */
const appHighlight = HighlightStyle.define([
  {
    tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword],
    color: 'light-dark(#7e22ce, #d8b4fe)',
  },
  { tag: [tags.string, tags.special(tags.string), tags.regexp], color: 'light-dark(#166534, #86efac)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'light-dark(#9a3412, #fdba74)' },
  {
    tag: [tags.comment, tags.lineComment, tags.blockComment],
    color: 'light-dark(#57534e, #a8a29e)',
    fontStyle: 'italic',
  },
  {
    tag: [tags.function(tags.variableName), tags.function(tags.definition(tags.variableName))],
    color: 'light-dark(#1d4ed8, #93b4ff)',
  },
  { tag: [tags.propertyName, tags.definition(tags.propertyName)], color: 'light-dark(#0e7490, #67e8f9)' },
  { tag: tags.invalid, color: 'var(--error)' },
]);

export interface CodeEditorProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The editor's accessible name. */
  readonly label: string;
  /** Ids of text that describes the editor (the keyboard note, an error). */
  readonly describedBy?: string | undefined;
  readonly readOnly?: boolean;
  /** The learner's line to mark (from 1), or undefined. */
  readonly errorLine?: number | undefined;
  /** Moves the cursor to this place and focuses the editor when `seq` changes. */
  readonly goTo?: { readonly line: number; readonly column: number; readonly seq: number } | undefined;
  readonly minLines?: number;
  readonly testId?: string;
  /** The text's language, for highlighting and indentation; default JavaScript (a JSON array reads as one). */
  readonly syntax?: EditorSyntax;
}

export type EditorSyntax = 'javascript' | 'json' | 'python';

function languageOf(syntax: EditorSyntax): Extension {
  return syntax === 'python' ? python() : javascript();
}

export default function CodeEditor(props: CodeEditorProps) {
  const {
    value,
    onChange,
    label,
    describedBy,
    readOnly = false,
    errorLine,
    goTo,
    minLines = 8,
    testId,
    syntax = 'javascript',
  } = props;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  const readOnlyCompartment = useRef(new Compartment());
  const attributesCompartment = useRef(new Compartment());
  const languageCompartment = useRef(new Compartment());
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const attributes = (): Extension =>
    EditorView.contentAttributes.of({
      'aria-label': label,
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    });

  // The view is made once; later prop changes go to it as transactions below.
  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          drawSelection(),
          history(),
          indentOnInput(),
          bracketMatching(),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          languageCompartment.current.of(languageOf(syntax)),
          appTheme,
          syntaxHighlighting(appHighlight),
          markedLine,
          EditorView.theme({ '.cm-content, .cm-gutter': { minHeight: `${minLines * 1.45}em` } }),
          readOnlyCompartment.current.of(EditorState.readOnly.of(readOnly)),
          attributesCompartment.current.of(attributes()),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            if (update.transactions.some((t) => t.annotation(fromProps))) return;
            onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- made once; the effects below keep it current
  }, []);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const text = current.state.doc.toString();
    if (text !== value) {
      current.dispatch({
        changes: { from: 0, to: text.length, insert: value },
        annotations: fromProps.of(true),
      });
    }
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({
      effects: readOnlyCompartment.current.reconfigure(EditorState.readOnly.of(readOnly)),
    });
  }, [readOnly]);

  useEffect(() => {
    view.current?.dispatch({ effects: languageCompartment.current.reconfigure(languageOf(syntax)) });
  }, [syntax]);

  useEffect(() => {
    view.current?.dispatch({ effects: attributesCompartment.current.reconfigure(attributes()) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- attributes() reads exactly these
  }, [label, describedBy]);

  useEffect(() => {
    view.current?.dispatch({ effects: markLine.of(errorLine ?? null) });
  }, [errorLine, value]);

  useEffect(() => {
    const current = view.current;
    if (!current || !goTo) return;
    const doc = current.state.doc;
    const line = doc.line(Math.min(Math.max(1, goTo.line), doc.lines));
    const position = Math.min(line.from + Math.max(0, goTo.column - 1), line.to);
    current.dispatch({ selection: { anchor: position }, scrollIntoView: true });
    current.focus();
  }, [goTo]);

  return <div ref={host} className="code-editor" data-testid={testId} />;
}
