// The shell's own URL parameters: which lab, embed mode, language and theme (README, "URL parameters").
import { enumParam, flagParam, parseParams, type ParamIssue } from '../lib/url-state/index.ts';
import { isLang, langFromBrowser, LANG_STORAGE_KEY, LANGS, type Lang } from '../ui/lang.ts';
import { LAB_IDS, type LabId } from '../ui/lab-ids.ts';
import { LESSON_IDS, lessonStep, type LessonId } from '../ui/lessons/lesson-steps.ts';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const shellSpecs = {
  // The bare URL opens the home page: the path through the article's lessons.
  lab: enumParam(LAB_IDS, 'home'),
  embed: flagParam(false),
  lang: enumParam<Lang | ''>([...LANGS], ''),
  theme: enumParam<Theme | ''>([...THEMES], ''),
  lesson: enumParam<LessonId | ''>([...LESSON_IDS], ''),
};

export interface AppSettings {
  readonly lab: LabId;
  readonly embed: boolean;
  readonly lang: Lang;
  /** `undefined`: follow the system. */
  readonly theme: Theme | undefined;
  /** The lesson step to show on the lab (one of that lab's steps), if any. */
  readonly lesson: LessonId | undefined;
  /** Problems with the shell's parameters (labs report their own). */
  readonly issues: readonly ParamIssue[];
}

export function storedLang(): Lang | undefined {
  try {
    const stored = localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Storage blocked (sandboxed iframe): the choice then lasts for this page only.
  }
}

/** Language: the URL's `lang`, else the learner's stored choice, else the browser's languages. */
export function readAppSettings(search: URLSearchParams, browserLanguages: readonly string[]): AppSettings {
  // Only the shell's parameters here: the lab reports unknown ones against its own list.
  const own = new URLSearchParams();
  for (const name of Object.keys(shellSpecs)) {
    const value = search.get(name);
    if (value !== null) own.set(name, value);
  }
  const { values, issues } = parseParams(shellSpecs, own, {
    crossCheck: ({ lab, lesson }) => {
      const step = lesson ? lessonStep(lesson) : undefined;
      return step && step.lab !== lab
        ? [
            {
              kind: 'conflict',
              param: 'lesson',
              received: lesson,
              reason: { code: 'other-page', other: step.lab },
            },
          ]
        : [];
    },
  });
  return {
    lab: values.lab,
    embed: values.embed,
    lang: values.lang || storedLang() || langFromBrowser(browserLanguages),
    theme: values.theme || undefined,
    lesson: values.lesson || undefined,
    issues,
  };
}
