import { Suspense, useCallback, useEffect, useState } from 'react';
import { LangContext } from '../ui/i18n-context.tsx';
import { LessonContext } from '../ui/lessons/lesson-context.tsx';
import { IsolationContext } from '../ui/isolation-context.tsx';
import type { IsolationStatus } from '../ui/isolation-status.ts';
import type { Lang } from '../ui/lang.ts';
import { ParamNotices } from '../ui/param-notices.tsx';
import { pageSearch } from '../ui/page-links.ts';
import { appMessages } from './app-messages.ts';
import { readAppSettings, storeLang, type AppSettings } from './app-settings.ts';
import { applyDocumentLang, applyDocumentLook } from './document-settings.ts';
import { EmbedSnippet } from './embed-snippet.tsx';
import { IsolationLine } from './isolation-line.tsx';
import type { LabId } from '../ui/lab-ids.ts';
import { LabErrorBoundary } from './lab-error-boundary.tsx';
import { LabNav } from './lab-nav.tsx';
import { LabView } from './lab-registry.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { useEmbedResize } from './use-embed-resize.ts';

function currentSettings(): AppSettings {
  return readAppSettings(new URLSearchParams(window.location.search), navigator.languages);
}

/** The shell's parameters survive switching labs; a lab's own inputs and its lesson do not carry over. */
function hrefFor(lab: LabId): string {
  return pageSearch(lab, {}, new URLSearchParams(window.location.search));
}

export function App({ isolation }: { isolation: IsolationStatus }) {
  const [settings, setSettings] = useState(currentSettings);
  const { lab, embed, lang, theme, lesson } = settings;
  const m = appMessages[lang];

  useEffect(() => {
    const onPop = () => setSettings(currentSettings());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    applyDocumentLang(lang);
    document.title = lab === 'home' ? m.title : `${m.labs[lab]} · ${m.title}`;
  }, [lang, lab, m]);

  useEffect(() => {
    applyDocumentLook(theme, embed);
  }, [theme, embed]);

  useEmbedResize(embed);

  const selectLab = useCallback((next: LabId) => {
    window.history.pushState(null, '', hrefFor(next));
    setSettings(currentSettings());
    window.scrollTo(0, 0);
  }, []);

  const changeLang = useCallback((next: Lang) => {
    storeLang(next);
    const search = new URLSearchParams(window.location.search);
    if (search.has('lang')) {
      search.set('lang', next);
      window.history.replaceState(window.history.state, '', `?${search.toString()}`);
    }
    setSettings((previous) => ({ ...previous, lang: next }));
  }, []);

  return (
    <LangContext.Provider value={lang}>
      <IsolationContext.Provider value={isolation}>
        {!embed && (
          <header className="site-header">
            <div className="site-title">
              <h1>{m.title}</h1>
              <p>{m.tagline}</p>
            </div>
            <LanguageSwitch lang={lang} onChange={changeLang} />
            <LabNav current={lab} hrefFor={hrefFor} onSelect={selectLab} />
          </header>
        )}
        {(!embed || !isolation.sharedMemory) && <IsolationLine embedded={embed} />}
        <ParamNotices issues={settings.issues} />
        <main className="lab" id="main">
          {/* key: a lab starts fresh (and its workers stop) when another is selected */}
          <LabErrorBoundary key={lab} fallback={<p role="alert">{m.labFailed}</p>}>
            <LessonContext.Provider value={lesson}>
              <Suspense fallback={<p aria-busy="true">{m.loadingLab}</p>}>
                <LabView id={lab} />
              </Suspense>
            </LessonContext.Provider>
          </LabErrorBoundary>
        </main>
        {!embed && (
          <footer className="site-footer">
            <EmbedSnippet lab={lab} lesson={lesson} />
          </footer>
        )}
      </IsolationContext.Provider>
    </LangContext.Provider>
  );
}
