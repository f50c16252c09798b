import { useId } from 'react';

/**
 * A labelled text input whose problem, if any, is shown under it and announced with it
 * (`aria-invalid`, `aria-describedby`). Numbers are typed as text so any mistake can be named.
 */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  disabled,
  inputMode = 'numeric',
  name,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  error?: string | undefined;
  hint?: string;
  disabled?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text';
  name: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      {(hint || error) && (
        // One element under the input, so a form grid can give every field three rows: label, input, notes.
        <div className="field-notes">
          {hint && (
            <small id={hintId} className="field-hint">
              {hint}
            </small>
          )}
          {error && (
            <p id={errorId} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
