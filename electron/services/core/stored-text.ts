import { say, sayDay } from '../../api/i18n/current';
import { en, type MessageKey } from '../../api/i18n/en';
import type { MessageParams } from '../../api/i18n/translate';

/*
 * Text the core writes into a record for people to read later (a timeline's comment) is stored as
 * what it says — a catalogue key, its values and the user's own note — and worded when read, in
 * the reader's language (issue 9). Rows written before this hold plain English and are shown as
 * they are; so is anything that is not one of these keys (a user's comment that happens to look
 * like JSON included).
 */
const STORED_TEXT_KEYS = {
  stopReceived: 'timeline.stopReceived',
  delivered: 'timeline.delivered',
  committed: 'timeline.committed',
  countNote: 'timeline.countNote',
} as const satisfies Record<string, MessageKey>;
type StoredTextKind = keyof typeof STORED_TEXT_KEYS;

/** Parts appended to the main sentence (", 2 short"), each a key and its values. */
const PART_KEYS = {
  short: 'timeline.short',
  damaged: 'timeline.damaged',
  committedMore: 'timeline.committedMore',
} as const satisfies Record<string, MessageKey>;
type PartKind = keyof typeof PART_KEYS;

/**
 * Values of a text may name a vocabulary value or a day; these are worded when read, by their key
 * or in the reader's date style.
 */
export type StoredParams = Record<string, string | number | { word: MessageKey } | { day: string }>;

interface StoredText {
  text: StoredTextKind;
  params: StoredParams;
  parts?: { part: PartKind; params: StoredParams }[];
  /** The user's own words, stored as typed (never translated). */
  note?: string;
}

export function storeText(text: StoredTextKind, params: StoredParams, parts: StoredText['parts'] = [], note = ''): string {
  return JSON.stringify({ text, params, ...(parts.length ? { parts } : {}), ...(note ? { note } : {}) });
}

function parse(raw: string): StoredText | null {
  if (!raw.startsWith('{"text":')) return null;
  try {
    const v = JSON.parse(raw) as StoredText;
    return v && typeof v === 'object' && v.text in STORED_TEXT_KEYS && typeof v.params === 'object' ? v : null;
  } catch {
    return null;
  }
}

const worded = (params: StoredParams): MessageParams =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v !== 'object' || v === null ? v : 'day' in v ? sayDay(v.day) : say(v.word)]),
  );

/** A stored comment in the current message language: key + values worded, then the user's note; old plain text as it is. */
export function readStoredText(raw: string): string {
  const s = parse(raw);
  if (!s) return raw;
  const main =
    say(STORED_TEXT_KEYS[s.text], worded(s.params)) +
    (s.parts ?? [])
      .filter((p) => p.part in PART_KEYS)
      .map((p) => say(PART_KEYS[p.part], worded(p.params)))
      .join('');
  return s.note ? `${main} — ${s.note}` : main;
}

/** Only the user's own note of a stored comment (old plain text: what follows " — "). */
export function noteOfStoredText(raw: string): string {
  const s = parse(raw);
  if (s) return s.note ?? '';
  return raw.includes(' — ') ? raw.slice(raw.indexOf(' — ') + 3) : '';
}

/**
 * A short text that is one catalogue message (an export's title), stored as its key and values so
 * the audit trail and the export history word it in each reader's language.
 */
export const storeMessage = (key: MessageKey, params: StoredParams = {}): string => JSON.stringify({ key, params });

/** A stored message in the current message language; plain text (rows written before) as it is. */
export function readStoredMessage(raw: string): string {
  if (!raw.startsWith('{"key":')) return raw;
  try {
    const v = JSON.parse(raw) as { key: unknown; params: unknown };
    if (typeof v.key !== 'string' || !Object.hasOwn(en, v.key) || !v.params || typeof v.params !== 'object') return raw;
    return say(v.key as MessageKey, worded(v.params as StoredParams));
  } catch {
    return raw;
  }
}
