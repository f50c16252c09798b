// index.html's line while the app starts (until the first render replaces #root's content). The HTML
// carries it in English only: with Chinese glyphs in it, the first layout of every page, before any
// script ran, looked up a CJK fallback font (measured in Chromium on a 2-core Linux machine: that first
// layout took 13-38 ms with "· 正在启动…" in the line, 5 ms without). A page in Chinese gets its line
// from here, as soon as the early entry runs. No React: evaluated before React is.
import type { Bilingual, Lang } from '../ui/lang.ts';

export const bootNoteMessages: Bilingual<{ starting: string }> = {
  en: { starting: 'Starting the playground…' },
  zh: { starting: '正在启动…' },
};

/** Puts index.html's boot note (when it is still shown) in `lang`. */
export function showBootNoteIn(lang: Lang, root: ParentNode = document): void {
  const note = root.querySelector('#root > .boot-note');
  if (!note) return;
  note.textContent = bootNoteMessages[lang].starting;
  note.setAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
}
