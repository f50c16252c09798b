// The two languages of the app and how one is chosen. Pure: no React.

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** localStorage key of the learner's explicit choice. */
export const LANG_STORAGE_KEY = 'concurrency-playground:lang';

/** The first of the browser's languages that we speak; English otherwise. */
export function langFromBrowser(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') return 'zh';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}

/**
 * Every visible string exists in both languages: a module declares its English strings once and
 * `Bilingual<typeof en>` makes the Chinese dictionary carry exactly the same keys and shapes.
 */
export type Dictionary<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: infer A) => string
      ? (...args: A) => string
      : Dictionary<T[K]>;
};
export type Bilingual<T> = { readonly en: T; readonly zh: Dictionary<T> };

/**
 * Punctuation that code puts after a label, in each language: Chinese takes the full-width forms, which carry
 * their own space. `colon` ends a label before its value, `step` a phase name before its sentence (Predict. in
 * English, 预测： in Chinese); `gap` is what comes between either and the text that follows.
 */
export const LABEL_PUNCTUATION: Readonly<
  Record<Lang, { readonly colon: string; readonly step: string; readonly gap: string }>
> = {
  en: { colon: ':', step: '.', gap: ' ' },
  zh: { colon: '：', step: '：', gap: '' },
};

/** Sentences run together in a paragraph: a space between them in English, none after Chinese full stops. */
export function joinSentences(lang: Lang, sentences: readonly string[]): string {
  return sentences.join(lang === 'zh' ? '' : ' ');
}

/** A note in parentheses: ASCII ones in English, full-width ones (which carry their own space) in Chinese. */
export function inParentheses(lang: Lang, text: string): string {
  return lang === 'zh' ? `（${text}）` : `(${text})`;
}
