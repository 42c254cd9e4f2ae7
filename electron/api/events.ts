/** Areas whose cached queries the renderer invalidates when the core reports a change. */
export const AREAS = ['settings', 'organisations', 'sites', 'items', 'audit', 'stock'] as const;
export type Area = (typeof AREAS)[number];

export type CoreEvent = { type: 'changed'; areas: Area[] } | { type: 'progress'; task: string; label: string; done: number; total: number };
