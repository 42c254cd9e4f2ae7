/*
 * The core's refusals and job outcomes outside stock (issue 9): jobs, backups and restore, an
 * import's binary-file check, sharing, prints, a manifest line not ready to leave. Spread into
 * en.ts; fr and ar have the same keys.
 */
export const coreRefusalsEn = {
  'manifestCore.lineNeeds': 'Manifest line {n} needs its {missing}',
  'manifestCore.part.lot': 'lot',
  'manifestCore.part.vehicle': 'vehicle of this convoy',
  'manifestCore.part.stop': 'stop of this convoy',
  'manifestCore.part.consignee': 'consignee',
  'manifestCore.part.quantity': 'quantity',

  'jobsCore.noun': 'Job',
  'jobsCore.alreadyEnded': 'This job has already ended ({state}); there is nothing to cancel',
  'jobsCore.cancelled': 'Cancelled; nothing it was writing was kept.',
  'jobsCore.cancelledBy': 'Cancelled by {who}.',
  'jobsCore.stoppedOnError': 'The job stopped on an error: {error}. Nothing it was writing was kept.',
  'jobsCore.outOfMemory':
    'The job needed more memory than a job may use and was stopped; nothing it was writing was kept. Split the work (a smaller file, a narrower export) and try again.',
  'jobsCore.threadEnded': "The job's thread ended unexpectedly (exit code {code}); nothing it was writing was kept.",
  'jobsCore.stoppedByCrash': 'Corridor stopped while this job ran; nothing it was writing was kept. Run it again.',
  'jobsCore.unexpected': 'Unexpected error: {error}',

  'backupCore.cannotReopen': 'This core cannot reopen its database file; restore from the running app.',
  'backupCore.backupNoun': 'Backup',
  'backupCore.uploadNoun': 'Uploaded file',
  'backupCore.settingsNoun': 'The backup settings',
  'backupCore.jobRunning':
    'A job is running ({jobs}); wait for it to end or cancel it, then restore. The database in use has not been changed.',
  'backupCore.nothingRestored': '{reason} Nothing was restored; the database in use has not been changed.',
  'backupCore.unreadable': '{file} cannot be read ({detail}).',
  'backupCore.notDatabase': '{file} is not a database file (it does not start as an SQLite file does). Choose a Corridor backup (.sqlite).',
  'backupCore.foreign': "{file} is another program's SQLite database, not a Corridor backup ({detail}).",
  'backupCore.blank': '{file} is an empty SQLite file, not a Corridor backup.',
  'backupCore.damaged': '{file} is damaged or incomplete ({detail}). Use another backup.',
  'backupCore.newer':
    '{file} was written by a newer version of Corridor (schema {schema}, this app knows {known}). Update Corridor to restore it.',
  'backupCore.notBackup': '{file} cannot be read as a Corridor backup ({detail}).',
  'backupCore.reopenFailed': 'The restored file could not be opened ({detail}); the database as it was before is back in use.',

  'importCore.binary': '{file} is not a spreadsheet: it holds binary data (byte {byte}); import an .xlsx file or a CSV text file',

  'sharingCore.partnerNoun': 'Partner organisation',
  'sharingCore.noProfile':
    '{organisation} has no export profile: add one under Sharing → Export profiles (its highest label and what to do with sensitive fields) before exporting for it',
  'sharingCore.lowerNeedsRelease':
    'Lowering a sharing label (from {from} to {to}) decides what may leave the base, so it needs the {role} role or above. Keep {from} or a stricter label, or ask someone with that role',
  'printCore.waybillNoun': 'Waybill',
  'printCore.vehicleNoun': 'Vehicle on this convoy',
  'printCore.arrivalNoun': 'Recorded arrival at this stop',
  'printCore.convoyNoun': 'Convoy',
} as const;

export type CoreRefusalsKey = keyof typeof coreRefusalsEn;
