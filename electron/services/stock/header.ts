import { reasonsFor, type StockDocumentKind } from '../../api/vocabularies';
import type { FieldIssue } from '../../api/result';
import { say } from '../../api/i18n';
import { fieldWord } from '../records/words';
import type { Lookups } from './lookups';

export interface HeaderFields {
  siteId: string;
  counterpartyOrgId: string | null;
  otherSiteId: string | null;
  ownerOrgId: string | null;
  toOwnerOrgId: string | null;
  reasonCode: string | null;
}

/** References must exist and fit the kind; checked whenever a header is saved. */
export function checkHeaderRefs(look: Lookups, kind: StockDocumentKind, h: HeaderFields, issues: FieldIssue[]): void {
  const site = look.site(h.siteId);
  if (!site) issues.push({ path: ['siteId'], message: say('stockCore.siteMissing') });
  else if (site.archived) issues.push({ path: ['siteId'], message: say('stockCore.siteArchived', { site: site.code }) });
  const org = (field: 'counterpartyOrgId' | 'ownerOrgId' | 'toOwnerOrgId', label: string) => {
    const id = h[field];
    if (id && !look.org(id)) issues.push({ path: [field], message: say('stockCore.orgMissing', { field: fieldWord(label) }) });
  };
  org('counterpartyOrgId', 'Counterparty');
  org('ownerOrgId', 'Owner');
  org('toOwnerOrgId', 'New owner');
  if (h.otherSiteId) {
    const other = look.site(h.otherSiteId);
    if (!other) issues.push({ path: ['otherSiteId'], message: say('stockCore.otherSiteMissing') });
    else if (other.archived) issues.push({ path: ['otherSiteId'], message: say('stockCore.otherSiteArchived', { site: other.code }) });
    else if (h.otherSiteId === h.siteId) issues.push({ path: ['otherSiteId'], message: say('stockCore.sameSite') });
  }
  if (h.reasonCode) {
    const allowed = reasonsFor(kind).map((r) => r.value as string);
    if (!allowed.includes(h.reasonCode)) {
      issues.push({
        path: ['reasonCode'],
        message: allowed.length
          ? `Reason for ${kind.replace('_', ' ')} must be one of: ${allowed.join(', ')}`
          : `A ${kind.replace('_', ' ')} takes no reason code`,
      });
    }
  }
  if (h.ownerOrgId && h.toOwnerOrgId && h.ownerOrgId === h.toOwnerOrgId) {
    issues.push({ path: ['toOwnerOrgId'], message: 'The new owner must differ from the current owner' });
  }
}
