// The pool lab's form: text per field, validated against the URL rules, plus the rules between fields.
import { checkField, type ParamValues } from '../../lib/url-state/index.ts';
import type { Lang } from '../../ui/lang.ts';
import { describeFieldProblem } from '../../ui/param-messages.ts';
import { poolParams, type WorkKind } from './pool-params.ts';
import type { RunSettings } from './use-pool-run.ts';

export const NUMBER_FIELDS = [
  'n',
  'throw',
  'hang',
  'falsy',
  'workers',
  'timeout',
  'batch',
  'iomin',
  'iomax',
  'cpu',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export interface PoolForm {
  readonly text: Record<NumberField, string>;
  readonly kind: WorkKind;
  readonly ordered: boolean;
  readonly preset: 'custom' | 'process_url';
  readonly seed: number;
  /** The simulated GIL; off whatever the link says where shared memory is off (the lab decides). */
  readonly gil: boolean;
}

export type PoolParamValues = ParamValues<typeof poolParams>;

export function formFromValues(values: PoolParamValues): PoolForm {
  const text = {} as Record<NumberField, string>;
  for (const field of NUMBER_FIELDS) text[field] = String(values[field]);
  return {
    text,
    kind: values.kind,
    ordered: values.ordered,
    preset: values.preset,
    seed: values.seed,
    gil: values.gil,
  };
}

export interface CrossMessages {
  readonly ratesTooHigh: string;
  readonly ioOrder: string;
  readonly hangNeedsTimeout: string;
}

export function validatePoolForm(
  form: PoolForm,
  labels: Record<NumberField, string>,
  cross: CrossMessages,
  lang: Lang,
):
  | { ok: true; settings: RunSettings; values: PoolParamValues }
  | { ok: false; errors: Partial<Record<NumberField, string>> } {
  const errors: Partial<Record<NumberField, string>> = {};
  const v = {} as Record<NumberField, number>;
  for (const field of NUMBER_FIELDS) {
    const checked = checkField(field, poolParams[field], form.text[field]);
    if (checked.ok) v[field] = checked.value;
    else errors[field] = describeFieldProblem(labels[field], poolParams[field].rule, lang);
  }
  if (
    errors.throw === undefined &&
    errors.hang === undefined &&
    errors.falsy === undefined &&
    v.throw + v.hang + v.falsy > 100
  ) {
    errors.falsy = cross.ratesTooHigh;
  }
  if (errors.iomin === undefined && errors.iomax === undefined && v.iomax < v.iomin)
    errors.iomax = cross.ioOrder;
  if (errors.hang === undefined && errors.timeout === undefined && v.hang > 0 && v.timeout === 0) {
    errors.timeout = cross.hangNeedsTimeout;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      items: {
        n: v.n,
        kind: form.kind,
        throwPct: v.throw,
        hangPct: v.hang,
        falsyPct: v.falsy,
        ioMinMs: v.iomin,
        ioMaxMs: v.iomax,
        cpuAmount: v.cpu,
        seed: form.seed,
        preset: form.preset,
      },
      workers: v.workers,
      timeoutMs: v.timeout,
      ordered: form.ordered,
      batchSize: v.batch,
      gil: form.gil,
    },
    values: {
      ...v,
      kind: form.kind,
      ordered: form.ordered,
      preset: form.preset,
      seed: form.seed,
      gil: form.gil,
    },
  };
}
