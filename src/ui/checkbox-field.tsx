/**
 * A checkbox in a row of labelled fields: an empty label line above it, so its box lines up with the inputs
 * beside it rather than with their labels.
 */
export function CheckboxField({
  label,
  checked,
  onChange,
  name,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
}) {
  return (
    <div className="field">
      <span className="field-label-spacer" aria-hidden="true">
        &nbsp;
      </span>
      <label className="choice">
        <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange(e.target.checked)} />
        {label}
      </label>
    </div>
  );
}
