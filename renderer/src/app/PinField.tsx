/** A PIN or passphrase: hidden as typed, never autocompleted into another field. */
export function PinField(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  name: string;
  error?: string;
  hint?: string;
  autoFocus?: boolean;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="password"
        inputMode="numeric"
        autoComplete="off"
        autoFocus={props.autoFocus}
        name={props.name}
        value={props.value}
        aria-invalid={Boolean(props.error)}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {props.error ? <em className="field-error">{props.error}</em> : props.hint ? <small>{props.hint}</small> : null}
    </label>
  );
}
