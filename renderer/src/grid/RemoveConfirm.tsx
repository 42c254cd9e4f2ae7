/** Asks before removing: the core decides between delete and archive, so say both. */
export function RemoveConfirm(p: { noun: string; name: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="confirm-bar" role="alertdialog" aria-label="Confirm removal">
      Remove {p.noun} <strong>{p.name}</strong>? If other records use it, it is archived instead of deleted.
      <button type="button" className="danger" onClick={p.onConfirm} autoFocus>
        Yes, remove
      </button>
      <button type="button" className="secondary" onClick={p.onCancel}>
        Cancel
      </button>
    </div>
  );
}
