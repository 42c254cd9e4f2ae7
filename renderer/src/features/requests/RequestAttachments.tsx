import { useRef, useState } from 'react';
import type { ImportUpload } from '../../../../electron/api/imports';
import { MAX_ATTACHMENT_BYTES, type RequestAttachmentView } from '../../../../electron/api/request-attachments';
import type { RequestDetail } from '../../../../electron/api/requests';
import { ErrorPanel } from '../../app/ErrorPanel';
import { useT } from '../../i18n';
import { call, hasAttachmentDialog, pickAttachmentFile, saveAttachmentFile, uploadImportFile } from '../../lib/api';
import { num } from '../../locale/current';
import { dateTime } from '../stock/labels';

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const KB = (bytes: number) => num(Math.ceil(bytes / 1024));

/**
 * The request's attached files: listed with their note, size and who added them, each to
 * download (or save, under Electron) or remove; and a file to attach with a note. The file goes
 * to the core as an upload (a browser upload, or Electron's open dialog); the core checks and
 * keeps it. Refusals (empty, too big, unsafe name) are the core's, said here.
 */
export function RequestAttachments(p: { detail: RequestDetail; actingOrgId: string }) {
  const t = useT();
  const { attachments } = p.detail;
  const [error, setError] = useState<unknown>(null);
  const [said, setSaid] = useState<string | null>(null);

  const download = (a: RequestAttachmentView) => {
    setError(null);
    saveAttachmentFile(a.id, a.fileName).then(
      (where) => setSaid(where ? t('attachments.saved', { file: a.fileName, where }) : null),
      setError,
    );
  };
  const remove = (a: RequestAttachmentView) => {
    if (!window.confirm(t('attachments.removeConfirm', { file: a.fileName }))) return;
    setError(null);
    call('requests.attachments.remove', { id: a.id, version: a.version, actingOrgId: p.actingOrgId }).then(
      () => setSaid(t('attachments.removed', { file: a.fileName })),
      setError,
    );
  };

  return (
    <section className="req-section" data-testid="request-attachments">
      <h3>{t('attachments.title')}</h3>
      {attachments.length === 0 ? (
        <p className="hint">{t('attachments.none')}</p>
      ) : (
        <table className="req-table" data-testid="request-attachment-list">
          <thead>
            <tr>
              <th>{t('attachments.col.file')}</th>
              <th>{t('attachments.col.note')}</th>
              <th>{t('attachments.col.size')}</th>
              <th>{t('attachments.col.added')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {attachments.map((a) => (
              <tr key={a.id}>
                <td>
                  <bdi>{a.fileName}</bdi>
                </td>
                <td>{a.note}</td>
                <td>{t('attachments.kb', { size: KB(a.bytes) })}</td>
                <td>{t('attachments.addedBy', { when: dateTime(a.addedAt), who: a.addedBy })}</td>
                <td className="req-row-actions">
                  <button type="button" className="small" onClick={() => download(a)}>
                    {t('attachments.download')}
                  </button>{' '}
                  <button type="button" className="small secondary" onClick={() => remove(a)}>
                    {t('attachments.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AttachForm
        requestId={p.detail.request.id}
        actingOrgId={p.actingOrgId}
        onAttached={(file) => setSaid(t('attachments.added', { file }))}
        onError={setError}
      />
      {said && (
        <p className="saved-note" role="status">
          {said}
        </p>
      )}
      {error != null && <ErrorPanel error={error} title={t('attachments.error')} />}
    </section>
  );
}

function AttachForm(p: { requestId: string; actingOrgId: string; onAttached: (file: string) => void; onError: (e: unknown) => void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const chosen = (u: ImportUpload | null) => {
    setBusy(false);
    if (u) setUpload(u);
  };
  const choose = () => {
    p.onError(null);
    if (!hasAttachmentDialog()) return input.current?.click();
    setBusy(true);
    pickAttachmentFile().then(chosen, (e: unknown) => {
      setBusy(false);
      p.onError(e);
    });
  };
  const fromInput = (f: File) => {
    // Said before sending megabytes the core would refuse anyway.
    if (f.size > MAX_ATTACHMENT_BYTES)
      return p.onError(new Error(t('attachments.tooBig', { file: f.name, size: MB(f.size), max: MB(MAX_ATTACHMENT_BYTES) })));
    setBusy(true);
    uploadImportFile(f).then(chosen, (e: unknown) => {
      setBusy(false);
      p.onError(e);
    });
  };
  const attach = () => {
    if (!upload) return;
    setBusy(true);
    p.onError(null);
    call('requests.attachments.add', { requestId: p.requestId, uploadId: upload.uploadId, note, actingOrgId: p.actingOrgId }).then(
      (a) => {
        setBusy(false);
        setUpload(null);
        setNote('');
        p.onAttached(a.fileName);
      },
      (e: unknown) => {
        setBusy(false);
        p.onError(e);
      },
    );
  };

  return (
    <div className="req-attach" data-testid="req-attach-form">
      <button type="button" onClick={choose} disabled={busy} data-testid="req-attach-choose">
        {t('attachments.chooseNative')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="req-attach-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) fromInput(f);
        }}
      />
      {busy && !upload && <span className="muted">{t('attachments.sending')}</span>}
      {upload && (
        <>
          <span className="req-attach-name">
            <bdi>{t('attachments.chosen', { file: upload.name, size: KB(upload.bytes) })}</bdi>
          </span>
          <label className="req-field">
            <span>{t('attachments.noteLabel')}</span>
            <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} data-testid="req-attach-note" />
          </label>
          <button type="button" className="primary" disabled={busy} onClick={attach} data-testid="req-attach-confirm">
            {t('attachments.attach')}
          </button>
        </>
      )}
      <p className="hint">{t('attachments.limit', { max: MB(MAX_ATTACHMENT_BYTES) })}</p>
    </div>
  );
}
