// The form's text and how it turns into a run request: every field validated against the same rules as
// the URL, with a message per field. Pure: no React.
import { checkField, type ParamValues } from '../../lib/url-state/index.ts';
import type { Lang } from '../../ui/lang.ts';
import { describeFieldProblem } from '../../ui/param-messages.ts';
import { sumParams, type SumParams } from './sum-params.ts';
import type { SumRequest } from './sum-run-types.ts';

export interface SumFormText {
  readonly low: string;
  readonly high: string;
  readonly workers: string;
  readonly chunks: string;
  readonly gilMs: string;
  readonly gilOn: boolean;
  readonly transport: 'message' | 'shared';
  readonly where: 'workers' | 'main';
}

/** CPython's default switch interval (sys.getswitchinterval()), ms. */
export const DEFAULT_GIL_MS = 5;

export function formFromParams(values: ParamValues<SumParams>): SumFormText {
  return {
    low: String(values.low),
    high: String(values.high),
    workers: String(values.workers),
    chunks: String(values.chunks),
    gilMs: String(values.gil ?? DEFAULT_GIL_MS),
    gilOn: values.gil !== undefined,
    transport: values.transport,
    where: values.where,
  };
}

export type FieldName = 'low' | 'high' | 'workers' | 'chunks' | 'gilMs';
export type FieldErrors = Partial<Record<FieldName, string>>;

export interface FieldLabels {
  readonly low: string;
  readonly high: string;
  readonly workers: string;
  readonly chunks: string;
  readonly gilMs: string;
}

export type Validated =
  | { readonly ok: true; readonly request: SumRequest; readonly params: ParamValues<SumParams> }
  | { readonly ok: false; readonly errors: FieldErrors };

export function validateForm(form: SumFormText, labels: FieldLabels, lang: Lang): Validated {
  const errors: FieldErrors = {};
  const read = (field: Exclude<FieldName, 'gilMs'>) => {
    const spec = sumParams[field];
    const checked = checkField(field, spec, form[field]);
    if (checked.ok) return checked.value;
    errors[field] = describeFieldProblem(labels[field], spec.rule, lang);
    return undefined;
  };
  const low = read('low');
  const high = read('high');
  const workers = read('workers');
  const chunks = read('chunks');
  let gilMs: number | undefined;
  if (form.gilOn) {
    const checked = checkField('gil', sumParams.gil, form.gilMs);
    if (checked.ok) gilMs = checked.value;
    else errors.gilMs = describeFieldProblem(labels.gilMs, sumParams.gil.rule, lang);
  }
  if (low !== undefined && high !== undefined && low > high) {
    errors.low =
      lang === 'zh'
        ? `“${labels.low}”不能大于“${labels.high}”（区间 [low, high) 不能倒置）。`
        : `${labels.low} must not be above ${labels.high} (the range [low, high) cannot run backwards).`;
  }
  if (
    Object.keys(errors).length > 0 ||
    low === undefined ||
    high === undefined ||
    workers === undefined ||
    chunks === undefined
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    request: {
      low,
      high,
      workers,
      chunksPerWorker: chunks,
      transport: form.transport,
      gilMs,
      where: form.where,
    },
    params: { low, high, workers, chunks, transport: form.transport, gil: gilMs, where: form.where },
  };
}
