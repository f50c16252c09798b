// For component tests (imported by tests only): mounts a node in the page, in a language, the way the app's
// shell provides it, and takes every mount down again. Here rather than in src/test-support, which stays
// free of React.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { LangContext } from './i18n-context.tsx';
import type { Lang } from './lang.ts';

// React's act() needs this flag outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted: { root: Root; host: HTMLDivElement }[] = [];

/** Renders `node` in `lang` into a new element of the document; returns that element. */
export function mountInLang(node: ReactNode, lang: Lang = 'en'): HTMLDivElement {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  mounted.push({ root, host });
  act(() => root.render(<LangContext.Provider value={lang}>{node}</LangContext.Provider>));
  return host;
}

/** Unmounts and removes everything mountInLang made (a test file's afterEach). */
export function unmountAll(): void {
  for (const { root, host } of mounted.splice(0)) {
    act(() => root.unmount());
    host.remove();
  }
}
