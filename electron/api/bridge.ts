import type { CoreEvent } from './events';
import type { Result } from './result';
import type { ImportUpload } from './imports';

/** What the Electron preload exposes as window.corridor (contextBridge); absent in browser mode. */
export interface CorridorBridge {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  on(listener: (e: CoreEvent) => void): () => void;
  /** Electron only: asks where to save a finished export job's file and copies it there (null path = the user cancelled). */
  saveExport?(jobId: string): Promise<Result<{ path: string | null }>>;
  /** Electron only: asks which backup file to restore and copies it in for `backups.restore { upload }` (null = cancelled). */
  pickRestoreFile?(): Promise<Result<{ upload: string; fileName: string } | null>>;
  /** Electron only: asks for a spreadsheet to import and hands it to the core (null = the user cancelled). */
  openImport?(): Promise<Result<ImportUpload | null>>;
  /** Electron only: asks for a file to attach to a request and hands it to the core as an upload (null = cancelled). */
  pickAttachment?(): Promise<Result<ImportUpload | null>>;
  /** Electron only: asks where to save an attached file and copies it there (null path = cancelled). */
  saveAttachment?(attachmentId: string): Promise<Result<{ path: string | null }>>;
}
