/*
 * The English catalogue: the reference every other language follows (its keys are the
 * MessageKey type). ICU message format: `{name}` placeholders, `{count, plural, one {…} other {…}}`.
 * Keys are `<area>.<what>`; one flat list per language so the catalogue test can compare them
 * line by line. It is long because it holds every text of the app; that is its one purpose.
 */
export const en = {
  // Language choice
  'language.label': 'Language',
  'language.hint': 'You can change it at any time from the top bar.',

  // Start, setup
  'app.opening': 'Opening Corridor…',
  'app.couldNotStart': 'Corridor could not start',
  'setup.formLabel': 'First start',
  'setup.welcome': 'Welcome to Corridor',
  'setup.lead': 'Three questions before you start. Every change you make is recorded under your name in the audit trail.',
  'setup.yourName': 'Your name',
  'setup.yourNameHint': 'As it should appear on documents, e.g. “Sgt. A. Mensah”. Another person can take over later from the top bar.',
  'setup.belongsTo': 'This installation belongs to',
  'setup.orgName': 'Organisation name',
  'setup.orgNameHint': 'e.g. Northern Sector Logistics Battalion',
  'setup.shortName': 'Short name',
  'setup.shortNameHint': 'e.g. NSLB, WFP, HH',
  'setup.kind': 'Kind',
  'setup.country': 'Country',
  'setup.optional': 'Optional',
  'setup.startWith': 'Start with',
  'setup.empty': 'An empty database',
  'setup.emptyHint': 'For real work: add your partners, sites and catalogue, or paste them from spreadsheets.',
  'setup.demo': 'The demo scenario',
  'setup.demoHint':
    'A fictional mission with a forward base, two NGO warehouses, about ten partner organisations and fifty catalogue items, to explore or train. Do not mix with real records.',
  'setup.needsFixing': 'Some answers need fixing (marked in red), then press Start again.',
  'setup.settingUpDemo': 'Setting up and loading the demo…',
  'setup.settingUp': 'Setting up…',
  'setup.start': 'Start using Corridor',

  // Shell
  'shell.homeOrgTitle': 'This installation belongs to',
  'shell.copiedDatabase': 'Copied database — see Database',
  'shell.mainNav': 'Main',
  'shell.openingPage': 'Opening {page}…',
  'shell.noSuchPage': 'There is no page “{path}”.',
  'shell.noSuchPageFix': 'Choose a page on the left, or go to:',
  'operator.label': 'Operator:',
  'operator.switch': 'Switch operator',
  'operator.who': 'Who is at the keyboard?',
  'operator.submit': 'Switch',
  'common.cancel': 'Cancel',
  'common.ok': 'OK',
  'common.tryAgain': 'Try again',
  'common.somethingWrong': 'Something went wrong',

  // Pages (navigation)
  'route.organisations': 'Organisations',
  'route.organisations.purpose': 'Partner registry: military units, NGOs, UN agencies and authorities, with their contacts and agreements.',
  'route.sites': 'Sites',
  'route.sites.purpose': 'Warehouses, forward bases, transit hubs and distribution points.',
  'route.items': 'Items',
  'route.items.purpose': 'The item catalogue: codes, units, pack sizes, cold chain, dangerous goods and crosswalk codes.',
  'route.stock': 'Stock on hand',
  'route.stock.purpose': 'What is in each warehouse, by item, lot, owner and condition; click a line for its stock card.',
  'route.documents': 'Documents',
  'route.documents.purpose': 'Goods received notes, issues, transfers, adjustments, losses: drafts are edited, posting is final.',
  'route.counts': 'Counts',
  'route.counts.purpose': 'Physical counts: type or paste what is on the shelf; approving posts the differences.',
  'route.alerts': 'Stock alerts',
  'route.alerts.purpose': 'Lots expiring within 3 and 9 months, items below their low-stock threshold, and the thresholds.',
  'route.audit': 'Audit trail',
  'route.audit.purpose': 'Every change: who, when, which record, before and after.',
  'route.database': 'Database',
  'route.database.purpose':
    'Where the data lives, this installation’s identity, backups and restore, the integrity check and the recent jobs.',

  // Refusals: what to do about each kind
  'advice.invalid_input': 'Correct the highlighted values and try again. Nothing was saved.',
  'advice.conflict': 'Someone else changed this record in the meantime. The list has been reloaded; make your change again.',
  'advice.not_found': 'The record no longer exists. The list has been reloaded.',
  'advice.not_ready': 'Finish the first-start questions (your name and organisation) first.',
  'advice.unauthorized': 'This window lost its access key. Open the full address Corridor printed when it started.',
  'advice.forbidden': 'Open Corridor through the address it printed (http://127.0.0.1:…).',
  'advice.too_large': 'Save fewer rows at once (at most 20,000).',
  'advice.internal': 'If it happens again, run the integrity check on the Database page and note what you did.',
  'advice.notAnswering':
    'Check that the terminal running “npm run start:browser” is still open, restart it if needed, then open the new address it prints.',
  'advice.reload': 'Reload the page (F5). If it happens again, restart Corridor.',
  'transport.notAnswering': 'Corridor is not answering: is the start:browser window still running?',
  'transport.unexpected': 'Unexpected answer from Corridor (HTTP {status})',

  // Jobs
  'jobs.tray': 'Jobs',
  'jobs.dismiss': 'Dismiss {label}',
  'core.restarted': 'The core restarted.',
  'core.stopped': 'The core stopped.',

  // Backups and restore
  'core.restored': 'Backup restored.',
  'backups.title': 'Backups',
  'backups.lead':
    'Corridor copies the database to the backups folder when it starts and then once a day, and keeps the newest ones. Back up now to put a copy where you choose (a USB stick). Every copy is checked after it is written.',
  'backups.listError': 'The backups could not be listed',
  'backups.backUpNow': 'Back up now',
  'backups.backingUp': 'Backing up…',
  'backups.keep': 'Automatic backups kept',
  'backups.keepOff': '0 turns automatic backups off.',
  'backups.save': 'Save',
  'backups.restoreFromFile': 'Restore from a file…',
  'backups.restoreFromFileLabel': 'Restore from a file',
  'backups.saved': 'Saved {file} ({size}) to {where}',
  'backups.confirmLabel': 'Confirm restore',
  'backups.confirmTitle': 'Restore {name}?',
  'backups.confirmBody':
    'The database in use is replaced by this backup: everything entered since it was taken is no longer shown. The database as it is now is backed up first (listed below as “Before a restore”), so this can be undone.',
  'backups.restore': 'Restore',
  'backups.restoring': 'Checking and restoring…',
  'backups.cancel': 'Cancel',
  'backups.restored':
    'Restored {name}: last change {lastChange}, installation {installation}, {items} items, {sites} sites, {documents} documents, {entries} ledger entries. The database as it was before is kept as {safety}.',
  'backups.none': 'none',
  'backups.folder': 'Folder:',
  'backups.empty': 'No backups yet. Press Back up now, or wait for the automatic one.',
  'backups.written': 'Written',
  'backups.kind': 'Kind',
  'backups.size': 'Size',
  'backups.file': 'File',
  'backups.restoreRow': 'Restore…',
  'backups.kind.automatic': 'Automatic',
  'backups.kind.manual': 'Back up now',
  'backups.kind.beforeRestore': 'Before a restore',
  'backups.jobOutcome': '{file}, {size}, checked',
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
