import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<T extends string> {
  id: T;
  label: ReactNode;
  /** A test id for tests written against this tab before the bar was shared. */
  testId?: string;
}

/**
 * Where a key moves the selection along a tab bar (WAI-ARIA tabs, automatic activation): the
 * arrows to the neighbour (wrapping; mirrored when the page is written right to left, as Arabic
 * is), Home and End to the ends. Null for any other key.
 */
export function tabAfterKey<T>(ids: readonly T[], current: T, key: string, rtl: boolean): T | null {
  const at = Math.max(0, ids.indexOf(current));
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  if (step !== 0) return ids[(at + (rtl ? -step : step) + ids.length) % ids.length];
  if (key === 'Home') return ids[0];
  if (key === 'End') return ids[ids.length - 1];
  return null;
}

/**
 * A row of tabs, each a button (role "tab") choosing one view of a page. Only the selected tab is
 * in the Tab order; the arrows, Home and End move along the bar and open the tab they reach, so a
 * keyboard user crosses the bar in one Tab press rather than one per tab.
 */
export function TabBar<T extends string>({
  tabs,
  selected,
  onSelect,
  label,
}: {
  tabs: readonly TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  /** What the tabs choose between, for screen readers (the page's or the record's name). */
  label?: string;
}) {
  const buttons = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const next = tabAfterKey(
      tabs.map((x) => x.id),
      selected,
      e.key,
      rtl,
    );
    if (next === null) return;
    e.preventDefault();
    onSelect(next);
    buttons.current.get(next)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((x) => (
        <button
          key={x.id}
          ref={(el) => {
            if (el) buttons.current.set(x.id, el);
            else buttons.current.delete(x.id);
          }}
          type="button"
          role="tab"
          aria-selected={selected === x.id}
          tabIndex={selected === x.id ? 0 : -1}
          data-tab={x.id}
          data-testid={x.testId}
          onClick={() => onSelect(x.id)}
        >
          {x.label}
        </button>
      ))}
    </div>
  );
}
