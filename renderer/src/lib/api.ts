import type { CorridorBridge } from '../../../electron/api/bridge';
import { contract, isOpName, type OpInput, type OpName, type OpResult } from '../../../electron/api/contract';
import type { CoreEvent } from '../../../electron/api/events';
import type { ApiError, Result } from '../../../electron/api/result';
import { t } from '../i18n';
import type { ImportUpload } from '../../../electron/api/imports';

declare global {
  interface Window {
    corridor?: CorridorBridge;
  }
}

/** A refused operation, carrying the core's error value for display next to fields or cells. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

/**
 * Browser mode: the per-start token arrives in the address once; the server answers that visit
 * with an HttpOnly cookie the browser sends from then on (reloads, new tabs), so the page never
 * holds the token and takes it out of the address bar at once.
 */
function hideTokenFromAddress(): void {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('token')) return;
  params.delete('token');
  const rest = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`);
}

const SESSION_KEY = 'corridor.session';

/**
 * Browser mode: this tab's session id (random, kept for reloads in sessionStorage, so each tab has
 * its own). The core keeps which operator signed in on it; the id itself proves nothing without
 * the token, and a forged operator name in an input is just input.
 */
function browserSession(): string {
  let id = sessionStorage.getItem(SESSION_KEY);
  if (!id || !/^[A-Za-z0-9_-]{16,128}$/.test(id)) {
    id = crypto.randomUUID();
    sessionStorage.setItem(SESSION_KEY, id);
  }
  return id;
}

/** Headers on every call to this server: the tab's session, which also proves the call comes from this page (see electron/server/http.ts). */
const pageHeaders = (): Record<string, string> => ({ 'x-corridor-session': browserSession() });

function httpBridge(): CorridorBridge {
  hideTokenFromAddress();
  return {
    async invoke(name, input) {
      let res: Response;
      try {
        res = await fetch('/api/invoke', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...pageHeaders() },
          body: JSON.stringify({ name, input }),
        });
      } catch {
        return { ok: false, error: { code: 'internal', message: t('transport.notAnswering') } };
      }
      try {
        return (await res.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: t('transport.unexpected', { status: res.status }) } };
      }
    },
    on(listener) {
      const source = new EventSource('/api/events');
      source.onmessage = (m) => listener(JSON.parse(m.data as string) as CoreEvent);
      return () => source.close();
    },
  };
}

/** The shell's bridge (Electron) or the loopback server's, made on first use: importing this module reaches no window (the route table is read by tests in Node). */
let made: CorridorBridge | undefined;
const bridgeNow = (): CorridorBridge => (made ??= window.corridor ?? httpBridge());

/**
 * `changed` events that arrive while this window's own writes are on their way are held until
 * those writes' answers have been applied and shown (two tasks after the answer), so a save's own event
 * finds the saved rows already in the cache and refetches nothing. The event and the answer
 * travel separately (SSE or IPC events vs the call's reply) and may arrive in either order.
 */
let writesInFlight = 0;
const held: CoreEvent[] = [];
const eventListeners = new Set<(e: CoreEvent) => void>();
const deliver = (e: CoreEvent) => eventListeners.forEach((l) => l(e));
function release() {
  if (writesInFlight > 0) return;
  for (const e of held.splice(0)) deliver(e);
}

/** The core said this session is idle-locked: the window shows its lock (IdleLock.tsx) over the page. */
export const LOCKED_EVENT = 'corridor:locked';

export async function invoke<K extends OpName>(name: K, input: OpInput<K>): Promise<Result<OpResult<K>>> {
  const write = isOpName(name) && contract[name].write;
  if (write) writesInFlight++;
  try {
    const r = (await bridgeNow().invoke(name, input)) as Result<OpResult<K>>;
    if (!r.ok && r.error.code === 'locked') window.dispatchEvent(new Event(LOCKED_EVENT));
    return r;
  } finally {
    if (write) {
      writesInFlight--;
      // Two tasks on: the caller applies the answer in the microtasks after this (setQueryData),
      // and TanStack Query tells the page in the next task; the held events come after that, so
      // the refetches they start never hold up the page drawing the answer (a manifest line's
      // load bars waited ~5 ms behind starting the convoy's refetch).
      setTimeout(() => setTimeout(release, 0), 0);
    }
  }
}

/** Like invoke, but throws ApiFailure: for react-query, which expects rejections. */
export async function call<K extends OpName>(name: K, input: OpInput<K>): Promise<OpResult<K>> {
  const r = await invoke(name, input);
  if (!r.ok) throw new ApiFailure(r.error);
  return r.value;
}

let bridgeSubscribed = false;
export function onCoreEvent(listener: (e: CoreEvent) => void): () => void {
  eventListeners.add(listener);
  if (!bridgeSubscribed) {
    bridgeSubscribed = true;
    bridgeNow().on((e) => {
      if (e.type === 'changed' && writesInFlight > 0) held.push(e);
      else deliver(e);
    });
  }
  return () => eventListeners.delete(listener);
}

/**
 * Saves a finished export job's file: under Electron through the save dialog (the main process
 * copies the file the core wrote); in a browser as a download (the session cookie authorises it). Returns
 * where it went, or null when the user cancelled the dialog.
 */
export async function saveExportFile(jobId: string, fileName: string): Promise<string | null> {
  if (window.corridor?.saveExport) {
    const r = await window.corridor.saveExport(jobId);
    if (!r.ok) throw new ApiFailure(r.error);
    return r.value.path;
  }
  return download(`/api/export-file/${encodeURIComponent(jobId)}`, fileName);
}

/** In a browser: fetches a file the HTTP transport serves and hands it to the browser as a download. */
async function download(path: string, fileName: string): Promise<string> {
  const res = await fetch(path, { headers: pageHeaders() });
  if (!res.ok) throw new ApiFailure({ code: 'not_found', message: t('transport.fileNotFetched', { name: fileName, status: res.status }) });
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked once the browser has surely taken the file: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return fileName;
}

/**
 * Hands a backup file to the core for `backups.restore { upload }`: under Electron the main process
 * asks which file (its open dialog) and copies it in; in a browser the chosen file is uploaded.
 * Returns the upload's name, or null when the user cancelled the dialog.
 */
export async function offerRestoreFile(file: File | null): Promise<{ upload: string; fileName: string } | null> {
  if (window.corridor?.pickRestoreFile) {
    const r = await window.corridor.pickRestoreFile();
    if (!r.ok) throw new ApiFailure(r.error);
    return r.value;
  }
  if (!file) return null;
  const res = await fetch('/api/restore-upload', {
    method: 'POST',
    headers: { ...pageHeaders(), 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await res.json().catch(() => null)) as Result<{ upload: string }> | null;
  if (!body) throw new ApiFailure({ code: 'internal', message: t('transport.uploadFailed', { name: file.name, status: res.status }) });
  if (!body.ok) throw new ApiFailure(body.error);
  return { upload: body.value.upload, fileName: file.name };
}

/** Under Electron the file is picked by the main process's dialog, not by a file input. */
export const picksFilesNatively = () => Boolean(window.corridor?.pickRestoreFile);

/** Under Electron a native open dialog picks the file to import; in a browser, a file input does. */
export const hasOpenImportDialog = () => Boolean(window.corridor?.openImport);

/** Electron: asks for a file and hands it to the core; null when the user cancelled. */
export async function openImportFile(): Promise<ImportUpload | null> {
  const r = await window.corridor!.openImport!();
  if (!r.ok) throw new ApiFailure(r.error);
  return r.value;
}

/** Browser mode: sends a chosen file's bytes to the server (POST /api/import-file); returns its upload id. */
export async function uploadImportFile(file: File): Promise<ImportUpload> {
  let res: Response;
  try {
    res = await fetch('/api/import-file', {
      method: 'POST',
      headers: {
        ...pageHeaders(),
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
      },
      body: file,
    });
  } catch {
    throw new ApiFailure({ code: 'internal', message: t('transport.notSent', { name: file.name }) });
  }
  const body = (await res.json().catch(() => null)) as Result<ImportUpload> | null;
  if (!body) throw new ApiFailure({ code: 'internal', message: t('transport.uploadFailed', { name: file.name, status: res.status }) });
  if (!body.ok) throw new ApiFailure(body.error);
  return body.value;
}

/** Under Electron a native open dialog picks the file to attach; in a browser, a file input does. */
export const hasAttachmentDialog = () => Boolean(window.corridor?.pickAttachment);

/** Electron: asks for a file to attach and hands it to the core as an upload; null when the user cancelled. */
export async function pickAttachmentFile(): Promise<ImportUpload | null> {
  const r = await window.corridor!.pickAttachment!();
  if (!r.ok) throw new ApiFailure(r.error);
  return r.value;
}

/**
 * Saves a request's attached file: under Electron through the save dialog (the main process
 * copies it); in a browser as a download. Returns where it went, or null when cancelled.
 */
export async function saveAttachmentFile(attachmentId: string, fileName: string): Promise<string | null> {
  if (window.corridor?.saveAttachment) {
    const r = await window.corridor.saveAttachment(attachmentId);
    if (!r.ok) throw new ApiFailure(r.error);
    return r.value.path;
  }
  return download(`/api/attachment-file/${encodeURIComponent(attachmentId)}`, fileName);
}
