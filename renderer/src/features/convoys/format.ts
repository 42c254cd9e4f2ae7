import { useMemo, useSyncExternalStore } from 'react';
import { date, gridRtl, num, useLocale } from '../../locale/current';

/* Display helpers for convoys: times, and kg/m³ or lb/ft³ (stored metric; the toggle is per window). */

export const convoyHref = (id: string) => `#/convoys?id=${encodeURIComponent(id)}`;

/** "02/12/2026 06:00" (UTC, as the inputs ask for it; the date in the locale's one date style), or "—". */
export function formatMoment(iso: string | null | undefined): string {
  if (!iso) return '—';
  return iso.length === 10 ? date(iso) : `${date(iso)} ${iso.slice(11, 16)}`;
}

const KG_TO_LB = 2.20462262185;
const M3_TO_FT3 = 35.3146667215;
const KEY = 'corridor.units';
let imperial = typeof localStorage !== 'undefined' && localStorage.getItem(KEY) === 'imperial';
const listeners = new Set<() => void>();

export function setImperial(on: boolean): void {
  imperial = on;
  localStorage.setItem(KEY, on ? 'imperial' : 'metric');
  listeners.forEach((l) => l());
}

export interface Units {
  imperial: boolean;
  weight: (kg: number | null | undefined) => string;
  volume: (m3: number | null | undefined) => string;
  weightUnit: string;
  volumeUnit: string;
}

/** The unit toggle: lb and ft³ are rounded up (a load shown in lb never looks lighter than it is). */
export function useUnits(): Units {
  const on = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => imperial,
  );
  const locale = useLocale(); // numbers are written in the reader's locale (1 234,5 kg in French)
  const rtl = gridRtl();
  // One object while the toggle, locale and direction stay: the manifest grid's columns depend on
  // it, and a new object on every render made AG Grid rebuild all its columns (~35 ms) on each save.
  return useMemo(() => {
    // Inside Arabic text a quantity with its unit is isolated left-to-right (LRI … PDI): "1,068 kg".
    const ltr = (text: string) => (rtl ? `\u2066${text}\u2069` : text);
    const n = (v: number, d = 0) => num(Math.round(v * 10 ** d) / 10 ** d);
    return {
      imperial: on,
      weightUnit: on ? 'lb' : 'kg',
      volumeUnit: on ? 'ft³' : 'm³',
      weight: (kg) => (kg == null ? '—' : ltr(on ? `${n(Math.ceil(kg * KG_TO_LB))} lb` : `${n(kg, 1)} kg`)),
      volume: (m3) => (m3 == null ? '—' : ltr(on ? `${n(Math.ceil(m3 * M3_TO_FT3))} ft³` : `${n(m3, 2)} m³`)),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- num() reads the locale, so a new locale makes new formatters
  }, [on, locale, rtl]);
}
