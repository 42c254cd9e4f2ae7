import { describe, expect, it } from 'vitest';
import { overdrawnLines, stillAvailable } from '../../renderer/src/features/stock/availability';

const line = (id: string, quantity: number, available: number | null, lotId = 'lot-1') => ({
  id,
  lotId,
  lotNumber: 'R1',
  condition: 'good' as const,
  quantity,
  available,
  baseUnit: 'each',
});

describe('over-issue at entry (issue 11 point 5)', () => {
  it('flags a line taking more than its lot has, and every line of a lot the lines together overdraw', () => {
    expect(overdrawnLines([line('a', 9999, 20)]).get('a')).toBe('Lot R1 has only 20 each here; this line takes 9,999. Post will refuse it');
    const together = overdrawnLines([line('a', 15, 20), line('b', 10, 20), line('c', 500, 600, 'lot-2')]);
    expect([...together.keys()]).toEqual(['a', 'b']);
    expect(together.get('b')).toContain("this document's lines on it take 25");
    expect(overdrawnLines([line('a', 20, 20), line('r', 9999, null)]).size).toBe(0);
  });

  it('says what a lot can still give to one more line', () => {
    expect(stillAvailable([line('a', 15, 20), line('c', 5, 9, 'lot-2')], 'lot-1', 'good', 20)).toBe(5);
  });
});
