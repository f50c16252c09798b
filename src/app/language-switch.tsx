import { useMessages } from '../ui/i18n-context.tsx';
import type { Lang } from '../ui/lang.ts';
import { appMessages } from './app-messages.ts';

const NAMES: Record<Lang, string> = { en: 'English', zh: '简体中文' };

/** Two toggle buttons; the chosen one is pressed. Names are in their own language, as switchers should be. */
export function LanguageSwitch({ lang, onChange }: { lang: Lang; onChange: (lang: Lang) => void }) {
  const m = useMessages(appMessages);
  return (
    <div className="lang-switch" role="group" aria-label={m.language}>
      {(Object.keys(NAMES) as Lang[]).map((option) => (
        <button
          key={option}
          type="button"
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={option === lang}
          onClick={() => onChange(option)}
        >
          {NAMES[option]}
        </button>
      ))}
    </div>
  );
}
