import { getHeapStatistics, type HeapInfo } from 'node:v8';
import { say } from '../../../api/i18n';
import { invalid } from '../../core/errors';

/*
 * An import stops with a worded refusal before its job thread reaches its heap ceiling
 * (jobs/threads.ts IMPORT_THREAD_LIMITS). A thread that reaches it while one array grows can end the
 * whole process, not just the job (nodejs/node#47224), and in the desktop app job threads live in
 * the main process. Past 90 % of the ceiling V8 has already collected hard, so what is used is
 * kept: a file that gets there is too large to import at once.
 */

/** The share of the heap ceiling past which an import stops. */
export const IMPORT_HEAP_SHARE = 0.9;

/** Whether the thread's heap is past `share` of its ceiling. */
export function heapNearCeiling(
  stats: Pick<HeapInfo, 'used_heap_size' | 'heap_size_limit'> = getHeapStatistics(),
  share = IMPORT_HEAP_SHARE,
): boolean {
  return stats.used_heap_size > share * stats.heap_size_limit;
}

/** Refuses the import of `file` (at `rows` rows read) when the heap is near its ceiling; nothing is written. */
export function checkImportMemory(file: string, rows: number, stats?: Pick<HeapInfo, 'used_heap_size' | 'heap_size_limit'>): void {
  if (heapNearCeiling(stats)) throw invalid(say('importCore.tooLargeForMemory', { file, rows }));
}
