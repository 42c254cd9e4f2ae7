/* The printed request form, its Print button on the request page, and the manifest-line choice when linking a convoy, in English. Spread into en.ts; fr and ar have the same keys. */
export const requestFormEn = {
  'requestForm.title': 'Shared-resource request',
  'requestForm.sharing': 'Sharing',
  'requestForm.noDeliveries': 'Nothing delivered or planned on a convoy yet.',
  'requestForm.col.when': 'When',
  'requestForm.col.change': 'Status',
  'requestForm.col.action': 'Action',
  'requestForm.col.by': 'By (organisation)',
  'requestForm.sign.requesting': 'For the requesting organisation',
  'requestForm.sign.providing': 'For the providing organisation',
  'requestForm.print': 'Print form',
  'requestForm.printHint': 'A PDF of this request in your language: header, lines, last-resort record, deliveries and timeline.',
  'requestForm.printing': 'Making the PDF…',
  'requestForm.saved': 'Saved {file} to {where}',
  'requestForm.error': 'The request form could not be printed',
  'requests.linkManifestLine': 'Manifest line',
  'requests.anyManifestLine': 'No single line (the vehicle or convoy)',
  'requests.manifestLineOption': '{item} — {quantity} {unit} ({plate})',
} as const satisfies Record<string, string>;

export type RequestFormKey = keyof typeof requestFormEn;
