// Human words for URL-parameter and form-field problems, in both languages. Every message names the
// parameter (or field) and what is allowed, so a learner or teacher can fix the link or the input.
import type { ParamIssue, ParamRule } from '../lib/url-state/index.ts';
import type { Lang } from './lang.ts';

function formatNumber(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6 });
}

/** "an integer from 1 to 16" / "介于 1 到 16 之间的整数" */
export function describeRule(rule: ParamRule, lang: Lang): string {
  const zh = lang === 'zh';
  switch (rule.kind) {
    case 'int':
      return zh
        ? `介于 ${formatNumber(rule.min, lang)} 到 ${formatNumber(rule.max, lang)} 之间的整数`
        : `an integer from ${formatNumber(rule.min, lang)} to ${formatNumber(rule.max, lang)}`;
    case 'number':
      return zh
        ? `介于 ${formatNumber(rule.min, lang)} 到 ${formatNumber(rule.max, lang)} 之间的数`
        : `a number from ${formatNumber(rule.min, lang)} to ${formatNumber(rule.max, lang)}`;
    case 'enum':
      return zh
        ? `以下之一：${rule.values.map((v) => `“${v}”`).join('、')}`
        : `one of ${rule.values.map((v) => `"${v}"`).join(', ')}`;
    case 'flag':
      return zh ? '“1”（开）或“0”（关）' : '"1" (on) or "0" (off)';
    case 'pattern':
      return zh
        ? `符合 ${rule.pattern} 的文本（例如“${rule.example}”）`
        : `text matching ${rule.pattern} (for example "${rule.example}")`;
  }
}

/** The message for one issue found in the URL. */
export function describeUrlIssue(issue: ParamIssue, lang: Lang): string {
  const zh = lang === 'zh';
  switch (issue.kind) {
    case 'invalid':
      return zh
        ? `链接参数“${issue.param}”应为${describeRule(issue.rule, lang)}，收到的是“${issue.received}”，已改用默认值。`
        : `URL parameter "${issue.param}" must be ${describeRule(issue.rule, lang)}; got "${issue.received}", so the default is used.`;
    case 'conflict': {
      const other = issue.reason.other;
      if (issue.reason.code === 'other-page') {
        return zh
          ? `链接参数“${issue.param}”的值“${issue.received}”属于“${other}”页面，这里不显示；请用 lab=${other} 打开。`
          : `URL parameter "${issue.param}" got "${issue.received}", which belongs to the "${other}" page: open it with lab=${other}. It is not shown here.`;
      }
      if (issue.reason.code === 'not-above') {
        return zh
          ? `链接参数“${issue.param}”不能大于“${other}”，收到的是 ${issue.received}，已改用默认值。`
          : `URL parameter "${issue.param}" must not be above "${other}"; got ${issue.received}, so the default is used.`;
      }
      return zh
        ? `链接参数“${issue.param}”不能小于“${other}”，收到的是 ${issue.received}，已改用默认值。`
        : `URL parameter "${issue.param}" must not be below "${other}"; got ${issue.received}, so the default is used.`;
    }
    case 'unknown':
      return zh
        ? `已忽略未知的链接参数“${issue.param}”。`
        : `Ignored unknown URL parameter "${issue.param}".`;
  }
}

/** The message beside a form field whose text breaks its rule: names the field by its label. */
export function describeFieldProblem(label: string, rule: ParamRule, lang: Lang): string {
  return lang === 'zh'
    ? `“${label}”应为${describeRule(rule, lang)}。`
    : `${label} must be ${describeRule(rule, lang)}.`;
}
