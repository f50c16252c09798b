/** The labs, by their stable `?lab=` value (DESIGN section 2). Order is the navigation's order. */
export const LAB_IDS = ['sum', 'pool', 'speedup', 'sync', 'transfer'] as const;
export type LabId = (typeof LAB_IDS)[number];
