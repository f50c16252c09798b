// Links between the app's pages: a page's `?lab=` and its inputs, with the shell's parameters that a link
// keeps (language, theme, embedded mode), so a learner who follows it stays in the same language and frame.
import type { LabId } from './lab-ids.ts';

const KEPT_PARAMS = ['embed', 'lang', 'theme'] as const;

/** The search string (with its `?`) of page `lab` with `inputs`, keeping the shell's parameters of `here`. */
export function pageSearch(
  lab: LabId,
  inputs: Readonly<Record<string, string>>,
  here: URLSearchParams,
): string {
  const search = new URLSearchParams({ lab });
  for (const name of KEPT_PARAMS) {
    const value = here.get(name);
    if (value !== null) search.set(name, value);
  }
  for (const [name, value] of Object.entries(inputs)) search.set(name, value);
  return `?${search.toString()}`;
}
