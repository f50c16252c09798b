import type { ParamIssue } from '../lib/url-state/index.ts';
import { useLang } from './i18n-context.tsx';
import { describeUrlIssue } from './param-messages.ts';

/** The problems found in the URL, one line each. Renders nothing when there are none. */
export function ParamNotices({ issues }: { issues: readonly ParamIssue[] }) {
  const lang = useLang();
  if (issues.length === 0) return null;
  return (
    <ul
      className="notices"
      role="status"
      aria-label={lang === 'zh' ? '链接参数提示' : 'URL parameter notices'}
    >
      {issues.map((issue, i) => (
        <li
          key={`${issue.param}-${i}`}
          className={issue.kind === 'unknown' ? 'notice' : 'notice notice-warn'}
        >
          {describeUrlIssue(issue, lang)}
        </li>
      ))}
    </ul>
  );
}
