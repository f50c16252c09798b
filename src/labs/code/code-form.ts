// The code lab's form: the two texts (code, items), the choices, and text per number field validated
// against the URL rules, plus the one rule between fields (high >= low).
import { checkField, type ParamValues } from '../../lib/url-state/index.ts';
import type { Lang } from '../../ui/lang.ts';
import { describeFieldProblem } from '../../ui/param-messages.ts';
import { codeParams, PRESET_FIELDS } from './code-params.ts';
import { PRESETS, type CodeLanguage, type ItemSource, type PresetId } from './code-presets.ts';
import type { SavedCode } from './saved-code.ts';
import type { CodeRunSettings } from './use-code-run.ts';

export const NUMBER_FIELDS = ['low', 'high', 'parts', 'workers', 'timeout', 'shared', 'k'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export interface CodeForm {
  readonly preset: PresetId;
  readonly language: CodeLanguage;
  readonly fn: string;
  readonly itemsText: string;
  readonly from: ItemSource;
  readonly ordered: boolean;
  readonly text: Record<NumberField, string>;
}

export type CodeParamValues = ParamValues<typeof codeParams>;

/** A JSON array and a generator (in each language) to start from when the preset's items are a range. */
export const DEFAULT_ITEMS: Readonly<Record<CodeLanguage, Readonly<Record<ItemSource, string>>>> = {
  js: {
    range: '',
    json: '[1, 2, 3, 4, 5, 6, 7, 8]\n',
    generator: 'function* items() {\n  for (let i = 0; i < 8; i++) yield i;\n}\n',
  },
  python: {
    range: '',
    json: '[1, 2, 3, 4, 5, 6, 7, 8]\n',
    generator: 'def items():\n    for i in range(8):\n        yield i\n',
  },
};

/**
 * The items text of `source` in `language`: the learner's kept one, else the preset's (for its own source),
 * else a default. A JSON array is the same in both languages.
 */
export function itemsTextFor(
  id: PresetId,
  language: CodeLanguage,
  source: ItemSource,
  saved: SavedCode | undefined,
): string {
  const preset = PRESETS[id];
  const own = language === 'python' && source === 'generator' ? preset.python.items : preset.items;
  return saved?.items[source] ?? (source === preset.from && own ? own : DEFAULT_ITEMS[language][source]);
}

/** The preset's form in `language`, with `fn` and the items text from `saved` when the learner kept edits. */
export function presetForm(id: PresetId, language: CodeLanguage, k: number, saved?: SavedCode): CodeForm {
  const preset = PRESETS[id];
  const python = language === 'python';
  return {
    preset: id,
    language,
    fn: saved?.fn ?? (python ? preset.python.fn : preset.fn),
    itemsText: itemsTextFor(id, language, preset.from, saved),
    from: preset.from,
    ordered: true,
    text: {
      low: String(preset.low),
      high: String(python ? (preset.python.high ?? preset.high) : preset.high),
      parts: String(preset.parts),
      workers: String(preset.workers),
      timeout: String(preset.timeout),
      shared: String(preset.shared),
      k: String(k),
    },
  };
}

/**
 * The form a URL asks for: its preset, with each preset field the URL names (`search` says which it names:
 * an absent one takes the preset's value, not the lab's default), and the code it carries, else `saved`.
 */
export function formFromUrl(
  values: CodeParamValues,
  search: URLSearchParams,
  code: { readonly fn: string | undefined; readonly items: string | undefined },
  saved: SavedCode | undefined,
): CodeForm {
  const base = presetForm(values.preset, values.language, values.k, saved);
  const text = { ...base.text };
  let from = base.from;
  for (const field of PRESET_FIELDS) {
    if (!search.has(field)) continue;
    if (field === 'from') from = values.from;
    else text[field] = String(values[field]);
  }
  return {
    ...base,
    text,
    from,
    ordered: values.ordered,
    fn: code.fn ?? base.fn,
    itemsText: code.items ?? itemsTextFor(values.preset, values.language, from, saved),
  };
}

export function validateCodeForm(
  form: CodeForm,
  labels: Record<NumberField, string>,
  rangeOrder: string,
  lang: Lang,
):
  | { ok: true; settings: CodeRunSettings; k: number; values: CodeParamValues }
  | { ok: false; errors: Partial<Record<NumberField, string>> } {
  const errors: Partial<Record<NumberField, string>> = {};
  const v = {} as Record<NumberField, number>;
  for (const field of NUMBER_FIELDS) {
    const checked = checkField(field, codeParams[field], form.text[field]);
    if (checked.ok) v[field] = checked.value;
    else errors[field] = describeFieldProblem(labels[field], codeParams[field].rule, lang);
  }
  if (form.from === 'range' && errors.low === undefined && errors.high === undefined && v.high < v.low) {
    errors.high = rangeOrder;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    k: v.k,
    settings: {
      inputs: {
        language: form.language,
        fn: form.fn,
        from: form.from,
        itemsText: form.itemsText,
        low: v.low,
        high: v.high,
        parts: v.parts,
        shape: v.shared > 0 ? 'shared' : 'item',
      },
      workers: v.workers,
      timeoutMs: v.timeout,
      ordered: form.ordered,
      sharedLength: v.shared,
    },
    values: {
      preset: form.preset,
      language: form.language,
      from: form.from,
      low: v.low,
      high: v.high,
      parts: v.parts,
      workers: v.workers,
      timeout: v.timeout,
      ordered: form.ordered,
      shared: v.shared,
      k: v.k,
      // Code goes into a link only through "Copy a link": the address bar does not follow every keystroke.
      fn: '',
      items: '',
    },
  };
}
