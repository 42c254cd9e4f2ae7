import type { ImportColumn } from '../../../api/imports';
import { normalise, type ImportField } from './fields';
import type { Layout } from './layout';

/*
 * Column mapping: a partner's column goes to our field by its HXL hashtag (the most specific
 * match: "#item +code +nsn" is the NSN, "#item +code" the code), else by its header name in
 * English or French, else as remembered for this partner; the user's choice wins over all.
 */

interface Tag {
  tag: string;
  attrs: Set<string>;
}

export function parseTag(s: string): Tag | null {
  const m = /^#([a-z][\w]*)((?:\s*\+[\w]+)*)\s*$/i.exec(s.trim());
  if (!m) return null;
  return {
    tag: m[1].toLowerCase(),
    attrs: new Set(
      m[2]
        .split('+')
        .map((a) => a.trim().toLowerCase())
        .filter(Boolean),
    ),
  };
}

/** How well a column's hashtag fits a field's: -1 for no fit, more for more matching attributes. */
function tagScore(column: Tag, spec: Tag): number {
  if (column.tag !== spec.tag) return -1;
  for (const a of spec.attrs) if (!column.attrs.has(a)) return -1;
  // Exact attribute sets win over a field that takes only some of them.
  return spec.attrs.size * 10 - (column.attrs.size - spec.attrs.size);
}

export interface Remembered {
  /** Header or hashtag (normalised) → field (null = ignored). */
  columns: Record<string, string | null>;
  values: Record<string, Record<string, string>>;
}

export const columnKey = (header: string, hashtag: string) => (hashtag ? `#${normalise(hashtag)}` : normalise(header));

export function letterOf(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function mapColumns(
  layout: Layout,
  fields: ImportField[],
  chosen: Record<string, string | null> | undefined,
  remembered: Remembered | null,
): ImportColumn[] {
  const known = new Set(fields.map((f) => f.key));
  const taken = new Set<string>();
  const columns: ImportColumn[] = layout.headers.map((header, index) => ({
    index,
    letter: letterOf(index),
    header,
    hashtag: layout.hashtags[index] ?? '',
    field: null,
    how: 'none',
    sample: [],
  }));
  const assign = (c: ImportColumn, field: string | null, how: ImportColumn['how']) => {
    if (field !== null && (taken.has(field) || !known.has(field))) return;
    c.field = field;
    c.how = how;
    if (field) taken.add(field);
  };
  // The user's choices first, then what this partner's file said last time.
  const open = new Set(columns.map((c) => c.index));
  for (const c of columns) {
    const k = String(c.index);
    if (chosen && k in chosen) {
      assign(c, chosen[k], 'chosen');
      open.delete(c.index);
    }
  }
  if (remembered) {
    for (const c of columns) {
      const key = columnKey(c.header, c.hashtag);
      if (open.has(c.index) && key in remembered.columns) {
        assign(c, remembered.columns[key], 'remembered');
        open.delete(c.index);
      }
    }
  }
  // Hashtags: for each column, the best-fitting field.
  const specs = fields.flatMap((f) => f.hxl.map((h) => ({ f, t: parseTag(h)! })));
  const byTag = columns
    .filter((c) => open.has(c.index) && c.hashtag)
    .map((c) => {
      const t = parseTag(c.hashtag);
      let best: { f: ImportField; s: number } | null = null;
      if (t)
        for (const sp of specs) {
          const s = tagScore(t, sp.t);
          if (s >= 0 && (!best || s > best.s)) best = { f: sp.f, s };
        }
      return { c, best };
    })
    .sort((a, b) => (b.best?.s ?? -1) - (a.best?.s ?? -1));
  for (const { c, best } of byTag) {
    if (best && !taken.has(best.f.key)) {
      assign(c, best.f.key, 'hashtag');
      open.delete(c.index);
    }
  }
  // Header names: an exact name first, in the fields' order.
  for (const c of columns) {
    if (!open.has(c.index) || !c.header) continue;
    const h = normalise(c.header);
    const f = fields.find((f) => !taken.has(f.key) && (normalise(f.label) === h || f.names.some((n) => normalise(n) === h)));
    if (f) {
      assign(c, f.key, 'header');
      open.delete(c.index);
    }
  }
  return columns;
}
