/**
 * Text as item search compares it: lower case, accents and other marks removed, a few letters
 * that do not decompose spelled out, spaces collapsed. "Maïs" and "MAIS" both become "mais". The
 * core stores this form of every item's code and name (table item_search) and the renderer uses
 * it for its own pickers, so both find the same items.
 */
const SPELLED: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th' };

export function foldSearchText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßđðłıþ]/g, (c) => SPELLED[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search, folded: each must appear somewhere in the item's code or name, in any order. */
export function searchWords(text: string): string[] {
  return foldSearchText(text).split(' ').filter(Boolean);
}

/** Whether a code and name match every word of a search (the renderer's side of the same rule). */
export function matchesSearch(words: string[], ...fields: string[]): boolean {
  const folded = foldSearchText(fields.join(' '));
  return words.every((w) => folded.includes(w));
}
