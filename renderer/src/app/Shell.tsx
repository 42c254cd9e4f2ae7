import { useState } from 'react';
import type { SystemStatus } from '../../../electron/api/system';

/** The window frame: navigation, the operator, and the current page. */
export function Shell({ status }: { status: SystemStatus }) {
  const [page] = useState('organisations');
  return (
    <div className="shell">
      <header className="topbar">
        <strong>Corridor</strong>
        <span>{status.homeOrganisation?.shortName}</span>
        <span className="operator">Operator: {status.operator}</span>
      </header>
      <main data-page={page} />
    </div>
  );
}
