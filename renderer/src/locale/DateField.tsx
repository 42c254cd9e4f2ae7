import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';
import { date, readDate, useLocale } from './current';
import { datePattern, refusalText } from './messages';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>;

/**
 * A date typed in the locale's one date style (30/11/2026, or ISO when chosen) instead of the
 * browser's own date input, which follows the browser's language and not the operator's. The
 * value in and out is ISO YYYY-MM-DD; text that is not a date (or is ambiguous) is handed on as
 * typed, so a save is refused rather than made without it, and the reason is shown once the
 * field is left. `onProblem` receives that reason (null when the field reads as a date).
 */
export function DateField({
  value,
  onChange,
  onProblem,
  ...input
}: InputProps & { value: string; onChange: (isoOrText: string) => void; onProblem?: (message: string | null) => void }) {
  const locale = useLocale();
  const [text, setText] = useState(() => date(value));
  const [problem, setProblem] = useState<string | null>(null);
  const mine = useRef(value);
  useEffect(() => {
    // A value set from outside (a reset, another date chosen) replaces what is shown.
    if (value !== mine.current) {
      mine.current = value;
      setText(date(value));
      setProblem(null);
    }
  }, [value]);
  useEffect(() => setText(date(mine.current)), [locale]);
  const read = (t: string) => {
    const r = readDate(t);
    return r.ok ? { value: r.value ?? '', problem: null } : { value: t, problem: refusalText(r.refusal) };
  };
  return (
    <input
      {...input}
      type="text"
      inputMode="numeric"
      dir="ltr"
      placeholder={input.placeholder ?? datePattern(locale)}
      value={text}
      aria-invalid={input['aria-invalid'] ?? Boolean(problem)}
      title={problem ?? input.title}
      onChange={(e) => {
        setText(e.target.value);
        const r = read(e.target.value);
        mine.current = r.value;
        if (!r.problem) setProblem(null);
        onProblem?.(null); // said once the field is left, not while typing
        onChange(r.value);
      }}
      onBlur={(e) => {
        const r = read(text);
        setProblem(r.problem);
        onProblem?.(r.problem);
        if (!r.problem) setText(date(r.value)); // 3.4.2026 is shown as 03/04/2026
        input.onBlur?.(e);
      }}
    />
  );
}

/** What a date field's parent can send on: the ISO date, or nothing while the text is not one. */
export const isIsoDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
