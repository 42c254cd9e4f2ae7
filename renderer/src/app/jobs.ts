import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { CoreEvent } from '../../../electron/api/events';
import type { JobStartInput, JobSummary } from '../../../electron/api/jobs';
import { call, onCoreEvent } from '../lib/api';
import { queryClient } from './queries';

/**
 * Jobs as the window sees them: a live table fed by the core's `job` and `progress` events (in
 * order, one job's after another's), plus the recent history from `jobs.list`. Also the core's own
 * state, so the shell can say when its thread was restarted.
 */
type CoreNotice = Extract<CoreEvent, { type: 'core' }>;

let live = new Map<string, JobSummary>();
/** Finished jobs the tray still shows until dismissed (a finished job's outcome should be seen). */
let shown = new Set<string>();
let notice: CoreNotice | null = null;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

function onEvent(e: CoreEvent): void {
  if (e.type === 'job') {
    live = new Map(live).set(e.job.id, e.job);
    // An automatic backup shows in the tray only when it failed: nobody asked for it.
    if (e.job.kind !== 'auto-backup' || e.job.state === 'failed') shown = new Set(shown).add(e.job.id);
    void queryClient.invalidateQueries({ queryKey: ['jobs'] });
  } else if (e.type === 'progress') {
    const job = live.get(e.jobId);
    if (!job || job.state !== 'running') return;
    live = new Map(live).set(e.jobId, { ...job, done: e.done, total: e.total, step: e.step });
  } else if (e.type === 'core') {
    notice = e;
    // Whatever the window showed may be older than the restarted core: read it all again.
    if (e.state !== 'stopped') void queryClient.invalidateQueries();
  } else return;
  changed();
}

let subscribed = false;
/** One subscription for the whole window; jobs already running (after a reload) are picked up from the history. */
export function subscribeToJobs(): void {
  if (subscribed) return;
  subscribed = true;
  onCoreEvent(onEvent);
  void call('jobs.list', { limit: 20 }).then(
    (jobs) => {
      for (const j of jobs) if (j.state === 'running' && !live.has(j.id)) live = new Map(live).set(j.id, j);
      shown = new Set([...shown, ...jobs.filter((j) => j.state === 'running' && j.kind !== 'auto-backup').map((j) => j.id)]);
      changed();
    },
    () => {}, // the tray simply starts empty; the Database page shows the error of its own list
  );
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** Jobs the tray shows: running ones, and finished ones not yet dismissed. */
export function useTrayJobs(): JobSummary[] {
  const map = useSyncExternalStore(subscribe, () => live);
  const visible = useSyncExternalStore(subscribe, () => shown);
  return [...map.values()].filter((j) => visible.has(j.id));
}

/** Every job this window has heard of since it opened, as its events left it (progress included). */
export function useLiveJobs(): ReadonlyMap<string, JobSummary> {
  return useSyncExternalStore(subscribe, () => live);
}

export function useJob(id: string | null): JobSummary | null {
  const map = useSyncExternalStore(subscribe, () => live);
  return id ? (map.get(id) ?? null) : null;
}

export function dismissJob(id: string): void {
  shown = new Set(shown);
  shown.delete(id);
  changed();
}

export function useCoreNotice(): [CoreNotice | null, () => void] {
  const n = useSyncExternalStore(subscribe, () => notice);
  return [
    n,
    () => {
      notice = null;
      changed();
    },
  ];
}

export function useRecentJobs(limit = 20) {
  return useQuery({ queryKey: ['jobs', limit], queryFn: () => call('jobs.list', { limit }) });
}

/** Starts a job; it shows in the live table at once (before its first event arrives). */
export async function startJob(input: JobStartInput): Promise<JobSummary> {
  return adoptJob(await call('jobs.start', input));
}

/** Shows a job started by hand (e.g. an export that needed a second operator) in the live table at once. */
export async function adoptJob(job: JobSummary): Promise<JobSummary> {
  if (!live.has(job.id)) {
    live = new Map(live).set(job.id, job);
    shown = new Set(shown).add(job.id);
    changed();
  }
  return job;
}

export const cancelJob = (jobId: string) => call('jobs.cancel', { jobId });
