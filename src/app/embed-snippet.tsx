// The snippet builder in the footer: the lab on screen (its lesson and inputs), a language and a theme ->
// an embed.js snippet or a plain iframe snippet, with a copy button and a live preview of the frame.
import { useId, useState } from 'react';
import { useLang, useMessages } from '../ui/i18n-context.tsx';
import type { LabId } from '../ui/lab-ids.ts';
import { appLabNames } from '../ui/lab-names.ts';
import type { LessonId } from '../ui/lessons/lesson-steps.ts';
import { appMessages } from './app-messages.ts';
import { frameUrl, labInputs, snippet, type SnippetChoices, type SnippetFormat } from './embed-snippets.ts';

type LangChoice = 'reader' | 'en' | 'zh';
type ThemeChoice = 'system' | 'light' | 'dark';

function themeOf(search: string): ThemeChoice {
  const theme = new URLSearchParams(search).get('theme');
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

export function EmbedSnippet({ lab, lesson }: { lab: LabId; lesson: LessonId | undefined }) {
  const m = useMessages(appMessages);
  const pageLang = useLang();
  const id = useId();
  // The lab's inputs as the address has them when the builder opens (labs keep their inputs there).
  const [search, setSearch] = useState(() => window.location.search);
  const [format, setFormat] = useState<SnippetFormat>('script');
  const [langChoice, setLangChoice] = useState<LangChoice>(pageLang);
  const [themeChoice, setThemeChoice] = useState<ThemeChoice>(() => themeOf(window.location.search));
  const [withInputs, setWithInputs] = useState(true);
  const [withLesson, setWithLesson] = useState(true);
  const [preview, setPreview] = useState(false);
  const [copied, setCopied] = useState(false);

  const lang = langChoice === 'reader' ? undefined : langChoice;
  const titleLang = lang ?? pageLang;
  const choices: SnippetChoices = {
    pageUrl: window.location.href,
    lab,
    lesson: withLesson ? lesson : undefined,
    inputs: withInputs ? labInputs(new URLSearchParams(search)) : new URLSearchParams(),
    lang,
    theme: themeChoice === 'system' ? undefined : themeChoice,
    // The frame's title is in the frame's language, whatever this page's.
    title: appMessages[titleLang].embedFrameTitle(appLabNames[titleLang].labs[lab]),
  };
  const text = snippet(format, choices);
  const copy = () => {
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  const choose =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setCopied(false);
      set(value);
    };

  return (
    <details
      className="embed-snippet"
      onToggle={(event) => {
        if (event.currentTarget.open) setSearch(window.location.search);
      }}
    >
      <summary>{m.embedTitle}</summary>
      <div className="fields snippet-choices">
        <fieldset className="field">
          <legend>{m.embedFormat}</legend>
          {(['script', 'iframe'] as const).map((value) => (
            <label className="choice" key={value}>
              <input
                type="radio"
                name={`${id}-format`}
                checked={format === value}
                onChange={() => choose(setFormat)(value)}
              />
              {m.embedFormats[value]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{m.language}</label>
          <select
            id={`${id}-lang`}
            value={langChoice}
            onChange={(e) => choose(setLangChoice)(e.target.value as LangChoice)}
          >
            <option value="reader">{format === 'script' ? m.embedLangPage : m.embedLangReader}</option>
            <option value="en">English</option>
            <option value="zh">简体中文</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-theme`}>{m.embedTheme}</label>
          <select
            id={`${id}-theme`}
            value={themeChoice}
            onChange={(e) => choose(setThemeChoice)(e.target.value as ThemeChoice)}
          >
            <option value="system">{m.embedThemes.system}</option>
            <option value="light">{m.embedThemes.light}</option>
            <option value="dark">{m.embedThemes.dark}</option>
          </select>
        </div>
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              checked={withInputs}
              onChange={(e) => choose(setWithInputs)(e.target.checked)}
            />
            {m.embedWithInputs}
          </label>
          {lesson && (
            <label className="choice">
              <input
                type="checkbox"
                checked={withLesson}
                onChange={(e) => choose(setWithLesson)(e.target.checked)}
              />
              {m.embedWithLesson(lesson)}
            </label>
          )}
        </div>
      </div>
      <p>{format === 'script' ? m.embedScriptHelp : m.embedHelp}</p>
      <pre data-testid="embed-snippet-text">
        <code>{text}</code>
      </pre>
      <div className="actions">
        <button type="button" onClick={copy}>
          {copied ? m.copied : m.copy}
        </button>
        <button type="button" onClick={() => setSearch(window.location.search)}>
          {m.embedRefresh}
        </button>
        <button type="button" aria-pressed={preview} onClick={() => setPreview((shown) => !shown)}>
          {m.embedPreview}
        </button>
      </div>
      {preview && (
        <iframe
          className="embed-preview"
          src={frameUrl(choices)}
          title={choices.title}
          loading="lazy"
          allow="cross-origin-isolated"
          data-testid="embed-preview"
        />
      )}
    </details>
  );
}
