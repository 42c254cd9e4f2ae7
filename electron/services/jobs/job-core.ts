import { createCore, type LocalCore } from '../core/create';

/** What a job thread (or an export thread's halves helper) opens the database as. */
export interface JobCoreOpen {
  databasePath: string;
  homeDir: string;
  migrationsFolder?: string;
  installationId: string;
  copied: boolean;
  /** The account of whoever started the job: the thread acts for them, with their permissions. */
  operatorId: string;
}

/** A job's own connection to the database (secondary: the main core's installation, no repairs), signed in as its operator. */
export const openJobCore = (o: JobCoreOpen): LocalCore =>
  createCore({
    databasePath: o.databasePath,
    homeDir: o.homeDir,
    migrationsFolder: o.migrationsFolder,
    secondary: { installationId: o.installationId, copied: o.copied },
    signedIn: o.operatorId,
  });
