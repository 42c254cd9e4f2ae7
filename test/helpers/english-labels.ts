import fs from 'node:fs';
import path from 'node:path';
import { CATALOGUES, type MessageKey } from '../../electron/api/i18n';

/*
 * English left in a text that should be French or Arabic (issue 9): the English words of every
 * catalogue key the given source files name (a printed document's labels), each fragment between
 * placeholders, looked for in the text. A fragment the other language writes the same ("Lot",
 * "NSN") is not English left over. `data` is text that is the user's or the demo's own (names,
 * notes) and stays as typed.
 */

const ROOT = path.resolve(__dirname, '..', '..');

/** Catalogue keys named as string literals in these files (relative to the repository). */
export function keysNamedIn(files: string[]): MessageKey[] {
  const keys = new Set<MessageKey>();
  for (const f of files) {
    for (const m of fs.readFileSync(path.join(ROOT, f), 'utf8').matchAll(/'([A-Za-z]+\.[A-Za-z0-9_.]+)'/g))
      if (Object.hasOwn(CATALOGUES.en, m[1])) keys.add(m[1] as MessageKey);
  }
  return [...keys];
}

/** The literal parts of an ICU message: "Total: {lines, plural, …}, {weight} kg" → ["Total:", "kg"]. */
function fragments(message: string): string[] {
  let s = message;
  for (let i = 0; i < 5 && /\{[^{}]*\}/.test(s); i++) s = s.replace(/\{[^{}]*\}/g, '\u0000');
  return s
    .split('\u0000')
    .map((x) => x.replace(/^[\s,.:;()—–-]+|[\s,.:;()—–-]+$/g, ''))
    .filter((x) => /[A-Za-z]{3,}/.test(x));
}

export function englishLeftIn(text: string, language: 'fr' | 'ar', keys: MessageKey[], data: string[] = []): string[] {
  let rest = text.replace(/[\u200b\u202a-\u202e]/g, '').replace(/[\s\u00a0]+/g, ' ');
  for (const d of data) rest = rest.split(d).join(' ');
  const found = new Set<string>();
  for (const key of keys) {
    const own = CATALOGUES[language][key];
    for (const f of fragments(CATALOGUES.en[key])) {
      if (own.includes(f)) continue;
      const escaped = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (new RegExp(`(^|[^A-Za-z])${escaped}([^A-Za-z]|$)`).test(rest)) found.add(`${key}: ${f}`);
    }
  }
  return [...found].sort();
}
