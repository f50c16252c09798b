// The fields of a lock demo: typed as text, checked against their URL rules, each problem named under
// its field. Shared by the deadlock, semaphore and barrier sections.
import { useState, type ReactNode } from 'react';
import { checkField } from '../../lib/url-state/index.ts';
import { useLang, useMessages } from '../../ui/i18n-context.tsx';
import type { Lang } from '../../ui/lang.ts';
import { describeFieldProblem } from '../../ui/param-messages.ts';
import { RunButtons } from '../../ui/run-buttons.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useAbortableTask } from '../../ui/use-abortable-task.ts';
import { syncLabMessages } from './sync-lab-messages.ts';
import { DEMO_FIELDS, syncParams, type DemoField } from './sync-params.ts';

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

/** What a demo section's form needs: its fields, their text and checks, and the run's task. */
export interface DemoFormState {
  readonly fields: readonly DemoField[];
  readonly text: DemoText;
  readonly label: (field: DemoField) => string;
  readonly checked: CheckedFields;
  /** False when the page has no shared memory. */
  readonly enabled: boolean;
  readonly task: ReturnType<typeof useAbortableTask>;
  readonly onText: (field: DemoField, value: string) => void;
}

/**
 * The form state of one demo section: its fields from DEMO_FIELDS, checked now, and a task to run: its own,
 * or `shared` when the lab runs the demo from elsewhere too (a lesson step) and owns the task.
 */
export function useDemoForm(
  section: keyof typeof DEMO_FIELDS,
  text: DemoText,
  enabled: boolean,
  onText: (field: DemoField, value: string) => void,
  shared?: ReturnType<typeof useAbortableTask>,
): DemoFormState {
  const m = useMessages(syncLabMessages);
  const lang = useLang();
  // Called either way: a hook is called on every render, in the same order.
  const own = useAbortableTask();
  const task = shared ?? own;
  const fields = DEMO_FIELDS[section];
  const label = (field: DemoField) => m[field];
  return { fields, text, label, checked: checkDemoFields(fields, text, label, lang), enabled, task, onText };
}

/**
 * A demo: its title and help, its form (fields, and any `formFields` before them; Run and Cancel; one
 * status line with the run's failure or a request to fix the marked fields; Enter in a field runs it),
 * and its results as children.
 */
export function DemoSection({
  id,
  title,
  help,
  form,
  onRun,
  status,
  formFields,
  children,
}: {
  id: string;
  title: string;
  help: string;
  form: DemoFormState;
  /** Called only with valid fields. */
  onRun: () => void;
  status?: ReactNode;
  formFields?: ReactNode;
  children?: ReactNode;
}) {
  const m = useMessages(syncLabMessages);
  const [tried, setTried] = useState(false);
  const { task, checked, enabled } = form;
  return (
    <section className="card" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p className="note">{help}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (checked.valid) onRun();
        }}
      >
        <fieldset className="fields" disabled={!enabled || task.running}>
          {formFields}
          <DemoFields
            fields={form.fields}
            text={form.text}
            label={form.label}
            errors={checked.errors}
            disabled={false}
            onChange={form.onText}
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
      {children}
    </section>
  );
}
