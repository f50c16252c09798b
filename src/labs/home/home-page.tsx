// The home page (`?lab=home`, and the bare URL): the path through the article as cards, each with the
// section it teaches, what the learner does there, and whether they have done it on this device.
import { useEffect, useState } from 'react';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import { LABEL_PUNCTUATION } from '../../ui/lang.ts';
import { LabPage } from '../../ui/lab-page.tsx';
import { LAB_IDS, type LabId } from '../../ui/lab-ids.ts';
import { clearLessonProgress, lessonsDone, PROGRESS_STORAGE_KEY } from '../../ui/lessons/lesson-progress.ts';
import { LESSON_STEPS, lessonSearch } from '../../ui/lessons/lesson-steps.ts';
import { lessonTexts } from '../../ui/lessons/lesson-texts.ts';
import { pageSearch } from '../../ui/page-links.ts';
import { appLabNames } from '../../ui/lab-names.ts';
import { homeMessages } from './home-messages.ts';
import { ParamNotices } from '../../ui/param-notices.tsx';
import { useUrlParams } from '../../ui/use-url-params.ts';

/** The home page reads no input of its own: every other parameter is reported as unknown. */
const HOME_PARAMS = {};

/** The labs, in the navigation's order: every page but this one. */
const LABS = LAB_IDS.filter((id): id is Exclude<LabId, 'home'> => id !== 'home');

export default function HomePage() {
  const m = useMessages(homeMessages);
  const t = useMessages(lessonTexts);
  const names = useMessages(appLabNames);
  const lang = useLang();
  const url = useUrlParams(HOME_PARAMS);
  const [done, setDone] = useState(lessonsDone);
  // Another tab (or a lesson in a frame of this page) may finish a step meanwhile.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === PROGRESS_STORAGE_KEY || event.key === null) setDone(lessonsDone());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const here = new URLSearchParams(window.location.search);
  return (
    <LabPage title={m.title} intro={m.intro}>
      <ParamNotices issues={url.issues} />
      <h3 className="visually-hidden">{t.path}</h3>
      <ol className="lesson-path">
        {LESSON_STEPS.map((step, i) => {
          const text = t.steps[step.id];
          const isDone = done.has(step.id);
          return (
            <li key={step.id} className="card lesson-card">
              <p className="lesson-kicker">
                {t.stepOf(i + 1, LESSON_STEPS.length)} ·{' '}
                <span className={isDone ? 'check-ok' : 'muted'}>{isDone ? `✓ ${m.done}` : m.notDone}</span>
              </p>
              <h4>{text.title}</h4>
              <figure className="article-passage">
                <blockquote lang={lang === 'zh' ? 'zh-CN' : 'en'}>{text.passage}</blockquote>
                <figcaption>{t.fromArticle(text.section)}</figcaption>
              </figure>
              <p>
                <strong>
                  {m.youWill}
                  {LABEL_PUNCTUATION[lang].colon}
                </strong>
                {LABEL_PUNCTUATION[lang].gap}
                {text.task}
              </p>
              <a className="button-link" href={lessonSearch(step.id, here)}>
                {isDone ? m.again(text.title) : m.start(text.title)}
              </a>
            </li>
          );
        })}
      </ol>
      <p className="note">
        {m.progress(done.size, LESSON_STEPS.length)}{' '}
        {done.size > 0 && (
          <button
            type="button"
            onClick={() => {
              clearLessonProgress();
              setDone(lessonsDone());
            }}
          >
            {m.resetProgress}
          </button>
        )}
      </p>
      <section className="card" aria-labelledby="home-labs-title">
        <h3 id="home-labs-title">{m.labsTitle}</h3>
        <dl className="lab-list">
          {LABS.map((lab) => (
            <div key={lab}>
              <dt>
                <a href={pageSearch(lab, {}, here)}>{names.labs[lab]}</a>
              </dt>
              <dd>{m.labs[lab]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </LabPage>
  );
}
