import type { ReactNode } from 'react';

/** What an empty grid says: why it is empty and what to do next. Focusable so Ctrl+V works on it. */
export function GridEmptyState(p: { noun: { one: string; many: string }; filtered: boolean; canEdit: boolean; hint?: ReactNode }) {
  return (
    <div className="grid-empty" tabIndex={0} aria-label={`No ${p.noun.many}`}>
      {p.filtered ? (
        <p>No {p.noun.many} match the search or the column filters. Clear the search box or the filters under the column headers.</p>
      ) : p.canEdit ? (
        <>
          <p>
            <strong>No {p.noun.many} yet</strong> — add one with the <strong>+ Add {p.noun.one}</strong> button, or click here and paste
            rows copied from a spreadsheet (Ctrl+V).
          </p>
          {p.hint && <p className="hint">{p.hint}</p>}
        </>
      ) : (
        <p>
          <strong>No {p.noun.many} yet.</strong>
        </p>
      )}
    </div>
  );
}
