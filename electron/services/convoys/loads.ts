import { say } from '../../api/i18n';
import type { VehicleLoad } from '../../api/convoys';

/**
 * The load rules of a manifest, per vehicle: payload and cargo volume, ADR 7.5.2.1 mixed loading,
 * and cold chain on refrigerated vehicles only. Pure functions over plain rows, so the manifest
 * view, the workflow's guards and the tests all read the same answer.
 */

export interface LoadVehicle {
  vehicleId: string;
  plate: string;
  refrigerated: boolean;
  payloadKg: number;
  cargoVolumeM3: number;
}
export interface LoadLine {
  vehicleId: string | null;
  weightKg: number | null;
  volumeM3: number | null;
  dgClass: string | null;
  coldChain: boolean;
  itemCode: string | null;
  /** How many manifest lines this row stands for (a sum of several, from SQL); 1 when left out. */
  lines?: number;
}

/**
 * The hazard label a package carries for ADR 7.5.2.1 (division of class 1 kept: 1.4 differs).
 * 1.1–1.3 share the table's row "1".
 */
export function adrLabel(dgClass: string | null): string | null {
  const c = (dgClass ?? '').trim();
  if (c === '') return null;
  if (/^1\.[123]/.test(c) || c === '1') return '1';
  if (/^1\.[456]/.test(c)) return c.slice(0, 3);
  return c.split(/[^0-9.]/)[0] || c;
}

/**
 * ADR 7.5.2.1: packages bearing these labels may not be loaded in the same vehicle as packages
 * bearing the other labels. Explosives of 1.1–1.3, 1.5 and 1.6 travel with no other class (and
 * 1.5/1.6 only with class 1); 1.4 may travel with the classes 2–9 (the table's X). The classes 2
 * to 9 may be loaded together. Compatibility groups within class 1 (7.5.2.2) are not modelled:
 * the catalogue holds no explosives by division and group, so any two class-1 items are flagged.
 */
export function mixedLoadingProblem(a: string, b: string): boolean {
  if (a === b) return false;
  const explosive = (l: string) => l === '1' || l === '1.5' || l === '1.6';
  const classOne = (l: string) => l.startsWith('1');
  if (classOne(a) && classOne(b)) return true;
  if (explosive(a) || explosive(b)) return true;
  return false;
}

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

export function vehicleLoads(vehicles: LoadVehicle[], lines: LoadLine[]): VehicleLoad[] {
  return vehicles.map((v) => {
    const mine = lines.filter((l) => l.vehicleId === v.vehicleId);
    const weightKg = round(
      mine.reduce((s, l) => s + (l.weightKg ?? 0), 0),
      1,
    );
    const volumeM3 = round(
      mine.reduce((s, l) => s + (l.volumeM3 ?? 0), 0),
      3,
    );
    const problems: string[] = [];
    if (weightKg > v.payloadKg) problems.push(say('convoyCore.overPayload', { plate: v.plate, loaded: weightKg, allowed: v.payloadKg }));
    if (volumeM3 > v.cargoVolumeM3)
      problems.push(say('convoyCore.overVolume', { plate: v.plate, loaded: volumeM3, allowed: v.cargoVolumeM3 }));
    const labels = [...new Set(mine.map((l) => adrLabel(l.dgClass)).filter((l): l is string => l !== null))].sort();
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        if (mixedLoadingProblem(labels[i], labels[j]))
          problems.push(say('convoyCore.mixedDg', { plate: v.plate, first: labels[i], second: labels[j] }));
    if (!v.refrigerated) {
      const cold = mine.filter((l) => l.coldChain);
      if (cold.length > 0)
        problems.push(say('convoyCore.coldInWarm', { plate: v.plate, items: [...new Set(cold.map((l) => l.itemCode ?? '?'))].join(', ') }));
    }
    return { ...v, weightKg, volumeM3, lines: mine.reduce((n, l) => n + (l.lines ?? 1), 0), problems };
  });
}
