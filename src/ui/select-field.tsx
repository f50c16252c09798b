/**
 * A labelled choice among a fixed list of values, in a row of fields: each value shown by its words in the
 * page's language. The value comes back with its own type, not as the option's text.
 */
export function SelectField<T extends string>({
  id,
  label,
  value,
  options,
  words,
  onChange,
  disabled = false,
}: {
  id: string;
  label: string;
  value: T;
  options: readonly T[];
  /** What each value is called on screen. */
  words: Readonly<Record<T, string>>;
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {words[option]}
          </option>
        ))}
      </select>
    </div>
  );
}
