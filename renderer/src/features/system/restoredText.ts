import type { RestoreOutcome } from '../../../../electron/api/backups';
import type { MessageKey } from '../../../../electron/api/i18n';
import { t } from '../../i18n';
import { dateTime, num } from '../../locale/current';

const WHAT: Record<RestoreOutcome['source']['kind'], MessageKey> = {
  automatic: 'backups.what.automatic',
  manual: 'backups.what.manual',
  'before-restore': 'backups.what.beforeRestore',
  file: 'backups.what.file',
};

/**
 * What a restore put back, in the reader's words: which backup (its kind and date, or "the file
 * you chose"), whose installation, what it holds and when it last changed, and how to undo it.
 * The top-bar notice and the Backups panel both say it this way; no file names.
 */
export function restoredText(r: RestoreOutcome): string {
  const s = r.summary;
  const whose = r.sameInstallation
    ? t('backups.whose.same')
    : s.organisation
      ? t('backups.whose.other', { organisation: s.organisation })
      : t('backups.whose.unknown');
  return t('backups.restoredSummary', {
    what: t(WHAT[r.source.kind], { date: dateTime(r.source.writtenAt) }),
    whose,
    lastChange: s.lastChangeAt ? dateTime(s.lastChangeAt) : t('backups.none'),
    items: num(s.counts.items),
    sites: num(s.counts.sites),
    documents: num(s.counts.documents),
    entries: num(s.counts.ledgerEntries),
    safety: dateTime(r.safetyWrittenAt),
  });
}
