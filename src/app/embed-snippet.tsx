import { useState } from 'react';
import { useMessages } from '../ui/i18n-context.tsx';
import { appMessages } from './app-messages.ts';
import type { LabId } from '../ui/lab-ids.ts';
import type { LessonId } from '../ui/lessons/lesson-steps.ts';

/**
 * The iframe snippet a teacher pastes into a course page (README "Embed" documents the same); with the
 * lesson step shown, if any (the frame then loads that step's inputs).
 */
export function embedSnippet(pageUrl: string, lab: LabId, lesson?: LessonId): string {
  const url = new URL(pageUrl);
  url.search = new URLSearchParams({ lab, ...(lesson ? { lesson } : {}), embed: '1' }).toString();
  url.hash = '';
  return [
    `<iframe src="${url.href}"`,
    `  title="Concurrency Playground: ${lab}" width="100%" height="720" loading="lazy"`,
    `  allow="cross-origin-isolated" style="border: 0"></iframe>`,
  ].join('\n');
}

export function EmbedSnippet({ lab, lesson }: { lab: LabId; lesson: LessonId | undefined }) {
  const m = useMessages(appMessages);
  const [copied, setCopied] = useState(false);
  const snippet = embedSnippet(window.location.href, lab, lesson);
  const copy = () => {
    navigator.clipboard.writeText(snippet).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <details className="embed-snippet">
      <summary>{m.embedTitle}</summary>
      <p>{m.embedHelp}</p>
      <pre>
        <code>{snippet}</code>
      </pre>
      <button type="button" onClick={copy}>
        {copied ? m.copied : m.copy}
      </button>
    </details>
  );
}
