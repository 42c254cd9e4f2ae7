import { afterEach, describe, expect, it } from 'vitest';
import { setMessageLanguage } from '../../electron/api/i18n';
import { noteOfStoredText, readStoredText, storeText } from '../../electron/services/core/stored-text';

/* Timeline text stored as a key and values is worded when read (issue 9); old English rows stay readable. */
afterEach(() => setMessageLanguage('en'));

describe('stored timeline text', () => {
  const delivered = storeText(
    'delivered',
    { line: 2, quantity: 1500, unit: 'bags', link: { word: 'vocab.fulfilmentLink.stock_issue' } },
    [],
    'Left at the gate',
  );

  it('reads in the reader’s language, numbers and vocabulary included, the note as typed', () => {
    expect(readStoredText(delivered)).toBe('Delivered line 2: 1,500 bags (Stock issue) — Left at the gate');
    setMessageLanguage('fr');
    expect(readStoredText(delivered)).toMatch(/^Ligne 2 livrée : 1\u202f500 bags \(.+\) — Left at the gate$/);
    setMessageLanguage('ar');
    expect(readStoredText(delivered)).toMatch(/^سُلّم البند 2: 1,500 bags \(.+\) — Left at the gate$/);
    expect(noteOfStoredText(delivered)).toBe('Left at the gate');
  });

  it('shows rows written before as stored, and a comment that only looks like JSON as typed', () => {
    setMessageLanguage('fr');
    const old = 'WH-A Warehouse: 3 lines received, 1 short — Wet cartons';
    expect(readStoredText(old)).toBe(old);
    expect(noteOfStoredText(old)).toBe('Wet cartons');
    const typed = '{"text":"rm -rf","params":{}}';
    expect(readStoredText(typed)).toBe(typed);
    expect(readStoredText('{"text": broken')).toBe('{"text": broken');
  });
});
