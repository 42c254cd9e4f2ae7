import { orgKindChoices, sharingChoices } from '../../app/labels';
import type { GridColumn } from '../../grid/columns';

export const ORGANISATION_COLUMNS: GridColumn[] = [
  { field: 'shortName', header: 'Short name', width: 120, pinned: 'left', hint: 'unique, e.g. NSLB, WFP' },
  { field: 'name', header: 'Name', width: 280 },
  { field: 'kind', header: 'Kind', type: 'choice', choices: orgKindChoices, width: 140 },
  { field: 'country', header: 'Country', width: 130 },
  {
    field: 'sharing',
    header: 'Sharing label',
    type: 'choice',
    choices: sharingChoices,
    width: 125,
    hint: 'Traffic Light Protocol: CLEAR, GREEN, AMBER, AMBER+STRICT, RED',
  },
  { field: 'notes', header: 'Notes', type: 'longText', width: 320 },
];

export const CONTACT_COLUMNS: GridColumn[] = [
  { field: 'name', header: 'Name', width: 170 },
  { field: 'role', header: 'Role', width: 150 },
  { field: 'phone', header: 'Phone', width: 140 },
  { field: 'email', header: 'Email', width: 200 },
  { field: 'callSign', header: 'Call sign', width: 110, hint: 'radio call sign (sensitive: may be left out of exports)' },
];

export const AGREEMENT_COLUMNS: GridColumn[] = [
  { field: 'title', header: 'Title', width: 220 },
  { field: 'parties', header: 'Parties', width: 200 },
  { field: 'validFrom', header: 'Valid from', type: 'date', width: 110, hint: 'YYYY-MM-DD' },
  { field: 'validUntil', header: 'Valid until', type: 'date', width: 110, hint: 'YYYY-MM-DD' },
  { field: 'scope', header: 'Scope', type: 'longText', width: 260 },
];
