import { describe, expect, it } from 'vitest';
import { checkImportMemory, heapNearCeiling, IMPORT_HEAP_SHARE } from '../../electron/services/exchange/import/memory-guard';

/**
 * An import stops with a worded refusal before its job thread reaches its heap ceiling, where a
 * growing array can end the whole process rather than the job (jobs/manager.ts).
 */
const MB = 1024 * 1024;

describe('the import memory guard', () => {
  it('says the heap is near its ceiling only past the share, and this thread is far from it now', () => {
    expect(heapNearCeiling({ used_heap_size: 900 * MB, heap_size_limit: 1024 * MB })).toBe(false);
    expect(heapNearCeiling({ used_heap_size: Math.ceil(IMPORT_HEAP_SHARE * 1024 * MB) + 1, heap_size_limit: 1024 * MB })).toBe(true);
    expect(heapNearCeiling()).toBe(false);
  });

  it('refuses the import by the file’s name and how far it got, telling how to fix it', () => {
    const near = { used_heap_size: 1000 * MB, heap_size_limit: 1024 * MB };
    expect(() => checkImportMemory('partner-stock.csv', 850000, near)).toThrow(
      /partner-stock\.csv is too large to import at once.*850,?000 rows.*split the file/,
    );
    expect(() => checkImportMemory('partner-stock.csv', 10, { used_heap_size: 100 * MB, heap_size_limit: 1024 * MB })).not.toThrow();
  });
});
