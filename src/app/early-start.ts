// The app's first code to run. The build loads it as an entry of its own, with an async script in
// index.html (vite.config.ts, earlyStartScript), so it runs as soon as it has arrived, while React is
// still downloading; main.tsx imports it first, which covers the dev server. Either way it is one module,
// evaluated once. No React here.
import { readAppSettings } from './app-settings.ts';
import { showBootNoteIn } from './boot-note.ts';
import { applyDocumentLang, applyDocumentLook } from './document-settings.ts';
import { startLabDownload } from './start-lab-download.ts';
import { withLessonInputs } from '../ui/lessons/lesson-steps.ts';

// A lesson link that names only its step gets the step's lab and inputs, in the address bar too, before
// anything reads the URL: the lab then reads its inputs as if the link had carried them.
const completed = withLessonInputs(new URLSearchParams(location.search));
if (completed) history.replaceState(history.state, '', `?${completed.toString()}${location.hash}`);

const { lab, lang, theme, embed } = readAppSettings(
  new URLSearchParams(location.search),
  navigator.languages,
);
// The boot note in the page's language, theme and frame until the first render.
applyDocumentLang(lang);
applyDocumentLook(theme, embed);
showBootNoteIn(lang);

/** Settles once the chunk of the lab the URL opens has loaded or failed. */
export const firstLabDownload: Promise<void> = startLabDownload(lab);
