// The two snippets a teacher pastes into a course page for the lab on screen: an embed.js `div` (one script
// tag per page, auto-sized frames) or a plain iframe. Pure: the page's address and the choices in, text out.
import type { LabId } from '../ui/lab-ids.ts';
import { SHARED_PARAMS } from '../ui/shared-params.ts';

export type SnippetFormat = 'script' | 'iframe';

export interface SnippetChoices {
  /** The app's address (the page the snippet is made on): the labs and embed.js come from there. */
  readonly pageUrl: string;
  readonly lab: LabId;
  /** A lesson step on the lab, or undefined. */
  readonly lesson: string | undefined;
  /** The lab's own inputs (shared parameters and code are dropped). */
  readonly inputs: URLSearchParams;
  /** Undefined: the course page's language (embed.js) or the reader's browser (iframe). */
  readonly lang: 'en' | 'zh' | undefined;
  /** Undefined: the reader's system theme. */
  readonly theme: 'light' | 'dark' | undefined;
  /** The frame's title, in the snippet's language. */
  readonly title: string;
}

/** Inputs a snippet never carries: the shell's own, and the code lab's code (its links carry that). */
const NOT_INPUTS = new Set<string>([...SHARED_PARAMS, 'fn', 'items']);

/** The lab's own inputs in `search`, in their order. */
export function labInputs(search: URLSearchParams): URLSearchParams {
  const inputs = new URLSearchParams();
  for (const [name, value] of search) if (!NOT_INPUTS.has(name)) inputs.append(name, value);
  return inputs;
}

/** Escapes text for an HTML attribute value in double quotes. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The site's base address: the page's, without its file name, query or hash. */
function siteBase(pageUrl: string): URL {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/[^/]*$/, '');
  return url;
}

/** The embedded lab's address, as the iframe snippet and the preview load it. */
export function frameUrl(choices: SnippetChoices): string {
  const url = siteBase(choices.pageUrl);
  const search = new URLSearchParams({ lab: choices.lab, embed: '1' });
  if (choices.lang) search.set('lang', choices.lang);
  if (choices.theme) search.set('theme', choices.theme);
  if (choices.lesson) search.set('lesson', choices.lesson);
  for (const [name, value] of choices.inputs) search.append(name, value);
  url.search = search.toString();
  return url.href;
}

export function iframeSnippet(choices: SnippetChoices): string {
  return [
    `<iframe src="${attribute(frameUrl(choices))}"`,
    `  title="${attribute(choices.title)}" width="100%" height="720" loading="lazy"`,
    `  allow="cross-origin-isolated" style="border: 0"></iframe>`,
  ].join('\n');
}

export function scriptSnippet(choices: SnippetChoices): string {
  const script = new URL('embed.js', siteBase(choices.pageUrl)).href;
  const attributes = [`data-concurrency-lab="${choices.lab}"`];
  const inputs = choices.inputs.toString();
  if (inputs) attributes.push(`data-params="${attribute(inputs)}"`);
  if (choices.lang) attributes.push(`data-lang="${choices.lang}"`);
  if (choices.theme) attributes.push(`data-theme="${choices.theme}"`);
  if (choices.lesson) attributes.push(`data-lesson="${attribute(choices.lesson)}"`);
  return [
    `<script src="${attribute(script)}" async></script>`,
    '',
    `<div ${attributes.join(' ')}></div>`,
  ].join('\n');
}

export function snippet(format: SnippetFormat, choices: SnippetChoices): string {
  return format === 'script' ? scriptSnippet(choices) : iframeSnippet(choices);
}
