import { useMessages } from '../../ui/i18n-context.tsx';
import { TextField } from '../../ui/text-field.tsx';
import type { FieldErrors, SumFormText } from './sum-form-state.ts';
import { sumLabMessages } from './sum-lab-messages.ts';

export function SumForm({
  form,
  errors,
  onChange,
  sharedAvailable,
  disabled,
}: {
  form: SumFormText;
  errors: FieldErrors;
  onChange: (next: SumFormText) => void;
  sharedAvailable: boolean;
  disabled: boolean;
}) {
  const m = useMessages(sumLabMessages);
  const set = <K extends keyof SumFormText>(key: K, value: SumFormText[K]) =>
    onChange({ ...form, [key]: value });
  const onMain = form.where === 'main';
  return (
    <div className="fields">
      <TextField
        name="low"
        label={m.low}
        value={form.low}
        error={errors.low}
        onChange={(v) => set('low', v)}
        disabled={disabled}
      />
      <TextField
        name="high"
        label={m.high}
        value={form.high}
        error={errors.high}
        onChange={(v) => set('high', v)}
        disabled={disabled}
      />
      <TextField
        name="workers"
        label={m.workers}
        value={form.workers}
        error={errors.workers}
        hint={m.workersHint(navigator.hardwareConcurrency || 1)}
        onChange={(v) => set('workers', v)}
        disabled={disabled || onMain}
      />
      <TextField
        name="chunks"
        label={m.chunks}
        value={form.chunks}
        error={errors.chunks}
        hint={m.chunksHint}
        onChange={(v) => set('chunks', v)}
        disabled={disabled || onMain}
      />
      <fieldset className="field" disabled={disabled}>
        <legend>{m.where}</legend>
        <label className="choice">
          <input type="radio" name="where" checked={!onMain} onChange={() => set('where', 'workers')} />
          {m.whereWorkers}
        </label>
        <label className="choice">
          <input type="radio" name="where" checked={onMain} onChange={() => set('where', 'main')} />
          {m.whereMain}
        </label>
      </fieldset>
      <fieldset className="field" disabled={disabled || onMain}>
        <legend>{m.transport}</legend>
        <label className="choice">
          <input
            type="radio"
            name="transport"
            checked={form.transport === 'message'}
            onChange={() => set('transport', 'message')}
          />
          {m.transportMessage}
        </label>
        <label className="choice">
          <input
            type="radio"
            name="transport"
            checked={form.transport === 'shared'}
            disabled={!sharedAvailable}
            onChange={() => set('transport', 'shared')}
          />
          {m.transportShared}
        </label>
      </fieldset>
      <fieldset className="field" disabled={disabled || onMain || !sharedAvailable}>
        <legend>{m.gil}</legend>
        <label className="choice">
          <input
            type="checkbox"
            name="gil"
            checked={form.gilOn}
            onChange={(e) => set('gilOn', e.target.checked)}
          />
          {m.gilOn}
        </label>
        {form.gilOn && (
          <TextField
            name="gil-interval"
            label={m.gilInterval}
            inputMode="decimal"
            value={form.gilMs}
            error={errors.gilMs}
            onChange={(v) => set('gilMs', v)}
          />
        )}
      </fieldset>
    </div>
  );
}
