import { num } from '../../locale/current';

/** One figure: a number, what it counts, and the list behind it a click opens. */
export function Figure(p: {
  value: number;
  label: string;
  hint?: string;
  href: string;
  tone?: 'danger' | 'warning' | 'ok';
  testId: string;
}) {
  return (
    <a className={`figure${p.tone && p.value > 0 ? ` ${p.tone}` : ''}`} href={p.href} data-testid={p.testId} data-value={p.value}>
      <span className="figure-value">{num(p.value)}</span>
      <span className="figure-label">{p.label}</span>
      {p.hint && <span className="figure-hint">{p.hint}</span>}
    </a>
  );
}
