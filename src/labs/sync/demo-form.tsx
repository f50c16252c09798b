// The fields of a lock demo: typed as text, checked against their URL rules, each problem named under
// its field. Shared by the deadlock, semaphore and barrier sections.
import { checkField } from '../../url-state/index.ts';
import type { Lang } from '../../ui/lang.ts';
import { describeFieldProblem } from '../../ui/param-messages.ts';
import { TextField } from '../../ui/text-field.tsx';
import { syncParams, type DemoField } from './sync-params.ts';

export type DemoText = Record<DemoField, string>;

export interface CheckedFields {
  readonly values: Partial<Record<DemoField, number>>;
  readonly errors: Partial<Record<DemoField, string>>;
  readonly valid: boolean;
}

export function checkDemoFields(
  fields: readonly DemoField[],
  text: DemoText,
  label: (field: DemoField) => string,
  lang: Lang,
): CheckedFields {
  const values: Partial<Record<DemoField, number>> = {};
  const errors: Partial<Record<DemoField, string>> = {};
  for (const field of fields) {
    const checked = checkField(field, syncParams[field], text[field]);
    if (checked.ok) values[field] = checked.value;
    else errors[field] = describeFieldProblem(label(field), syncParams[field].rule, lang);
  }
  return { values, errors, valid: Object.keys(errors).length === 0 };
}

export function DemoFields({
  fields,
  text,
  label,
  errors,
  disabled,
  onChange,
}: {
  fields: readonly DemoField[];
  text: DemoText;
  label: (field: DemoField) => string;
  errors: Partial<Record<DemoField, string>>;
  disabled: boolean;
  onChange: (field: DemoField, value: string) => void;
}) {
  return (
    <>
      {fields.map((field) => (
        <TextField
          key={field}
          name={field}
          label={label(field)}
          value={text[field]}
          error={errors[field]}
          disabled={disabled}
          onChange={(value) => onChange(field, value)}
        />
      ))}
    </>
  );
}
