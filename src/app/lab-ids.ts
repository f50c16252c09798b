/** The labs, by their stable `?lab=` value: links in course pages depend on them. Order is the navigation's order. */
export const LAB_IDS = ['sum', 'pool', 'speedup', 'sync', 'transfer'] as const;
export type LabId = (typeof LAB_IDS)[number];
