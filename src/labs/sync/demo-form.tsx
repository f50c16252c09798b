// The fields of a lock demo: typed as text, checked against their URL rules, each problem named under
// its field. Shared by the deadlock, semaphore and barrier sections.
import { useState, type ReactNode } from 'react';
import { checkField } from '../../url-state/index.ts';
import { useMessages } from '../../ui/i18n-context.tsx';
import type { Lang } from '../../ui/lang.ts';
import { describeFieldProblem } from '../../ui/param-messages.ts';
import { RunButtons } from '../../ui/run-buttons.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { syncLabMessages } from './sync-lab-messages.ts';
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

/**
 * A demo's form: its fields (and any `children` before them), Run and Cancel, and one status line with
 * the run's failure or a request to fix the marked fields. Enter in a field runs it.
 */
export function DemoForm({
  fields,
  text,
  label,
  checked,
  enabled,
  task,
  onText,
  onRun,
  status,
  children,
}: {
  fields: readonly DemoField[];
  text: DemoText;
  label: (field: DemoField) => string;
  checked: CheckedFields;
  /** False when the page has no shared memory. */
  enabled: boolean;
  task: { readonly running: boolean; readonly error: string | undefined; readonly cancel: () => void };
  onText: (field: DemoField, value: string) => void;
  /** Called only with valid fields. */
  onRun: () => void;
  status?: ReactNode;
  children?: ReactNode;
}) {
  const m = useMessages(syncLabMessages);
  const [tried, setTried] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (checked.valid) onRun();
      }}
    >
      <fieldset className="fields" disabled={!enabled || task.running}>
        {children}
        <DemoFields
          fields={fields}
          text={text}
          label={label}
          errors={checked.errors}
          disabled={false}
          onChange={onText}
        />
      </fieldset>
      <div className="actions">
        <RunButtons
          running={task.running || !enabled}
          cancellable={task.running}
          onCancel={task.cancel}
          runLabel={m.run}
          cancelLabel={m.cancel}
        />
        <span role="status" aria-live="polite" className="run-status">
          {status}
          {task.error && <span className="check-bad">{m.failed(task.error)}</span>}
          {tried && !checked.valid && <span className="check-bad">{m.fixInputs}</span>}
        </span>
      </div>
    </form>
  );
}
