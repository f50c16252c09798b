// What the shell's settings change on <html>: its language, the theme override and the embedded layout.
// Applied by the app on every change, and once by the early entry before React is evaluated, so the boot
// note already shows in the page's theme and frame. No React.
import type { Lang } from '../ui/lang.ts';
import type { Theme } from './app-settings.ts';

export function applyDocumentLang(lang: Lang, root: HTMLElement = document.documentElement): void {
  root.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

/** `theme` undefined: follow the system (no `data-theme`). */
export function applyDocumentLook(
  theme: Theme | undefined,
  embed: boolean,
  root: HTMLElement = document.documentElement,
): void {
  if (theme) root.dataset['theme'] = theme;
  else delete root.dataset['theme'];
  root.classList.toggle('embedded', embed);
}
