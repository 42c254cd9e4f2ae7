import { useEffect, useRef, useState } from 'react';
import type { PrintOutcome } from '../../../electron/api/convoys';
import type { JobStartInput } from '../../../electron/api/jobs';
import { saveExportFile } from '../lib/api';
import { startJob, useJob } from './jobs';

export type PrintRequest = Extract<JobStartInput, { kind: 'print' }>['print'];

/**
 * A PDF the core makes as a print job, started from a page: when the job is done its file is
 * handed to the shell once (a save dialog, or a download in a browser), like an export.
 * `savedText` words where it went, in the page's own terms (a waybill, a request form).
 */
export function usePrintJob(savedText: (file: string, where: string) => string) {
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const handed = useRef<string | null>(null);
  // The latest wording (it follows the language) without handing the same file over again.
  const wording = useRef(savedText);
  wording.current = savedText;

  useEffect(() => {
    if (!job || job.state !== 'done' || handed.current === job.id) return;
    handed.current = job.id;
    const outcome = job.result as PrintOutcome;
    saveExportFile(job.id, outcome.fileName).then(
      (where) => setSaved(where ? wording.current(outcome.fileName, where) : null),
      (e: unknown) => setError(e),
    );
  }, [job]);

  const print = async (request: PrintRequest) => {
    setError(null);
    setSaved(null);
    try {
      setJobId((await startJob({ kind: 'print', print: request })).id);
    } catch (e) {
      setError(e);
    }
  };
  return { job, running: job?.state === 'running', error, saved, print };
}
