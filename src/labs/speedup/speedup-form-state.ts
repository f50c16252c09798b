// The sweep form's text and its validation against the URL rules. Pure: no React.
import { checkField, type ParamValues } from '../../lib/url-state/index.ts';
import type { Lang } from '../../ui/lang.ts';
import { describeFieldProblem } from '../../ui/param-messages.ts';
import type { SweepWorkload, WorkloadSettings } from './engine/sweep-workloads.ts';
import { DEFAULT_SIZES, DEFAULT_SUM_CHUNKS, speedupParams, type SpeedupParams } from './speedup-params.ts';

export interface SpeedupFormText {
  readonly workload: SweepWorkload;
  readonly size: string;
  readonly max: string;
  readonly repeats: string;
  readonly grain: string;
  readonly gilOn: boolean;
}

/** CPython's switch interval, ms. */
const GIL_MS = 5;

export function formFromParams(values: ParamValues<SpeedupParams>): SpeedupFormText {
  const size = values.size || DEFAULT_SIZES[values.workload];
  const grain = values.grain || (values.workload === 'sum' ? DEFAULT_SUM_CHUNKS : 0);
  return {
    workload: values.workload,
    size: String(size),
    max: String(values.max),
    repeats: String(values.repeats),
    grain: String(grain),
    gilOn: values.gil !== undefined,
  };
}

export type SpeedupField = 'size' | 'max' | 'repeats' | 'grain';

export type SpeedupValidated =
  | {
      readonly ok: true;
      readonly settings: WorkloadSettings;
      readonly maxWorkers: number;
      readonly repeats: number;
      readonly params: ParamValues<SpeedupParams>;
    }
  | { readonly ok: false; readonly errors: Partial<Record<SpeedupField, string>> };

export function validateSpeedupForm(
  form: SpeedupFormText,
  labels: Record<SpeedupField, string>,
  lang: Lang,
): SpeedupValidated {
  const errors: Partial<Record<SpeedupField, string>> = {};
  const read = (field: SpeedupField) => {
    const spec = speedupParams[field];
    const checked = checkField(field, spec, form[field]);
    if (checked.ok) return checked.value;
    errors[field] = describeFieldProblem(labels[field], spec.rule, lang);
    return undefined;
  };
  const size = read('size');
  const max = read('max');
  const repeats = read('repeats');
  const grain = read('grain');
  if (size === 0)
    errors.size = describeFieldProblem(labels.size, { kind: 'int', min: 1, max: 4_000_000_000 }, lang);
  if (form.workload === 'sum' && grain === 0) {
    errors.grain = describeFieldProblem(labels.grain, { kind: 'int', min: 1, max: 10_000 }, lang);
  }
  if (
    size === undefined ||
    max === undefined ||
    repeats === undefined ||
    grain === undefined ||
    Object.keys(errors).length > 0
  ) {
    return { ok: false, errors };
  }
  const gilMs = form.gilOn && form.workload === 'sum' ? GIL_MS : undefined;
  return {
    ok: true,
    settings: { workload: form.workload, size, grain, gilMs },
    maxWorkers: max,
    repeats,
    params: {
      workload: form.workload,
      size: size === DEFAULT_SIZES[form.workload] ? 0 : size,
      max,
      repeats,
      grain: form.workload === 'sum' && grain === DEFAULT_SUM_CHUNKS ? 0 : grain,
      gil: gilMs,
    },
  };
}
