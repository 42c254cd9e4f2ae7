import { foldSearchText, matchesSearch, searchWords } from '../../../../electron/api/search-text';
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { DateField } from '../../locale/DateField';
import { itemLabel, useItems, useOrganisations, useSites } from './lookups';
import { t } from '../../i18n';
import { sharingBlankText, useSharingDefaults } from '../../app/sharing-column';
import { TLP_LABELS, tlpRank, type SharedRecordType, type TlpLabel } from '../../../../electron/api/vocabularies';
import { ROLE_KEYS } from '../../app/roles';

interface SelectProps {
  label: string;
  value: string;
  onChange: (id: string) => void;
  /** Label of the empty choice; without it a choice is required. */
  blank?: string;
  disabled?: boolean;
  error?: string;
  testId?: string;
  title?: string;
}

/** A labelled select; its error (or else its note) is written under it. */
function Labelled({ label, error, note, children }: { label: string; error?: string; note?: string; children: ReactNode }) {
  return (
    <label className={`stock-field${error ? ' has-error' : ''}`}>
      <span>{label}</span>
      {children}
      {error ? <em className="field-error">{error}</em> : note && <small className="field-note">{note}</small>}
    </label>
  );
}

/** A labelled select of `choices`; without `blank`, an empty value shows `choose` until one is picked. */
function Select(
  p: SelectProps & {
    choose: string;
    choices: { value: string; label: string; disabled?: boolean }[];
    blankDisabled?: boolean;
    note?: string;
  },
) {
  return (
    <Labelled label={p.label} error={p.error} note={p.note}>
      <select
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        disabled={p.disabled}
        data-testid={p.testId}
        aria-invalid={Boolean(p.error)}
        title={p.title}
      >
        {p.blank !== undefined ? (
          <option value="" disabled={p.blankDisabled}>
            {p.blank}
          </option>
        ) : (
          !p.value && <option value="">{p.choose}</option>
        )}
        {p.choices.map((c) => (
          <option key={c.value} value={c.value} disabled={c.disabled}>
            {c.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function SiteSelect(p: SelectProps & { exclude?: string }) {
  const sites = useSites();
  const choices = sites.list.filter((s) => s.id !== p.exclude).map((s) => ({ value: s.id, label: `${s.code} — ${s.name}` }));
  return <Select {...p} choose={t('control.chooseSite')} choices={choices} />;
}

export function OrgSelect(p: SelectProps) {
  const orgs = useOrganisations();
  const choices = orgs.list.map((o) => ({ value: o.id, label: `${o.shortName} — ${o.name}` }));
  return <Select {...p} choose={t('control.chooseOrg')} choices={choices} />;
}

export function ChoiceSelect(p: SelectProps & { choices: { value: string; label: string }[] }) {
  return <Select {...p} choose={t('control.choose')} />;
}

/** A labelled search box (the core searches once typing pauses: see useSettledText). */
export function SearchField(p: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  placeholder: string;
  ariaLabel?: string;
  testId?: string;
}) {
  return (
    <label className="stock-field">
      <span>{p.label}</span>
      <input
        type="search"
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        placeholder={p.placeholder}
        aria-label={p.ariaLabel}
        data-testid={p.testId}
      />
    </label>
  );
}

const MATCHES = 60;

/**
 * Item picker: type a code or part of the name; the browser's list offers the first matches
 * ("CODE — Name"). The list holds only matches of what is typed, so a 10,000-item catalogue costs
 * nothing until someone types, and the catalogue itself is loaded on first focus.
 */
export function ItemInput(p: {
  label: string;
  text: string;
  onText: (t: string) => void;
  error?: string;
  testId?: string;
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const [active, setActive] = useState(false);
  const items = useItems(active || p.text !== '');
  const listId = useId();
  const matches = useMemo(() => {
    // Any case and accent, words anywhere in code or name (as the core searches): "mais" finds "Maïs".
    const t = foldSearchText(p.text);
    if (!t) return items.list.slice(0, MATCHES);
    const words = searchWords(t);
    const byCode = items.list.filter((i) => foldSearchText(i.code).startsWith(t));
    const more = items.list.filter((i) => !foldSearchText(i.code).startsWith(t) && matchesSearch(words, i.code, i.name));
    return [...byCode, ...more].slice(0, MATCHES);
  }, [items.list, p.text]);
  return (
    <Labelled label={p.label} error={p.error}>
      <input
        list={listId}
        value={p.text}
        onChange={(e) => p.onText(e.target.value)}
        onFocus={() => setActive(true)}
        placeholder={p.placeholder ?? t('control.codeOrName')}
        data-testid={p.testId}
        aria-invalid={Boolean(p.error)}
        autoFocus={p.autoFocus}
        className="item-input"
      />
      <datalist id={listId}>
        {matches.map((i) => (
          <option key={i.id} value={itemLabel(i)} />
        ))}
      </datalist>
    </Labelled>
  );
}

export function TextField(p: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  onCommit?: () => void;
  /** `date`: typed in the locale's date style, ISO in and out (DateField); `number`: typed in the locale, read by the caller (readNumber). */
  type?: 'text' | 'date' | 'number';
  error?: string;
  placeholder?: string;
  testId?: string;
  disabled?: boolean;
  width?: number;
  min?: number;
  autoFocus?: boolean;
  /** What the field is for, as the input's tooltip. */
  title?: string;
}) {
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const error = p.error ?? dateProblem ?? undefined;
  const common = {
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' && p.onCommit) p.onCommit();
    },
    placeholder: p.placeholder,
    'data-testid': p.testId,
    disabled: p.disabled,
    'aria-invalid': Boolean(error),
    style: p.width ? { width: p.width } : undefined,
    autoFocus: p.autoFocus,
    title: p.title,
  };
  return (
    <Labelled label={p.label} error={error}>
      {p.type === 'date' ? (
        <DateField {...common} value={p.value} onChange={p.onChange} onProblem={setDateProblem} onBlur={p.onCommit} />
      ) : (
        <input
          {...common}
          // Numbers are text: a number input refuses the decimal comma (0,35) and Eastern Arabic digits.
          type="text"
          inputMode={p.type === 'number' ? 'decimal' : undefined}
          dir={p.type === 'number' ? 'ltr' : undefined}
          value={p.value}
          onChange={(e) => p.onChange(e.target.value)}
          onBlur={p.onCommit}
        />
      )}
    </Labelled>
  );
}

/**
 * A record's own sharing label (TLP 2.0). The blank choice names what it falls back to, the record
 * type's default from the Sharing page, so nobody has to guess what "blank" will be exported as.
 */
/**
 * A record's sharing label. With a `floor` (the label the record has now, for an operator who may
 * not lower labels: the core refuses it, exchange/label-change.ts), the labels below it are shown
 * but cannot be picked, and a note under the select says who may.
 */
export function SharingSelect(p: Omit<SelectProps, 'label' | 'blank' | 'title'> & { type: SharedRecordType; floor?: TlpLabel }) {
  const { floor, type, ...rest } = p;
  const defaults = useSharingDefaults();
  const blank = sharingBlankText(type, defaults);
  const below = (l: TlpLabel | undefined) => floor !== undefined && l !== undefined && tlpRank(l) < tlpRank(floor);
  const choices = TLP_LABELS.map((l) => ({ value: l, label: t('tlp.label', { label: l }), disabled: below(l) }));
  const locked = floor !== undefined && tlpRank(floor) > 0;
  return (
    <Select
      {...rest}
      label={t('sharing.recordLabel')}
      title={t('sharing.recordHint')}
      blank={blank}
      blankDisabled={below(defaults?.[type])}
      note={locked && !p.disabled ? t('sharing.lowerNeedsApprover', { role: t(ROLE_KEYS.approver) }) : undefined}
      choose=""
      choices={choices}
    />
  );
}
