/**
 * The pages, by their stable `?lab=` value: links in course pages depend on them. Order is the navigation's
 * order. `home` is the path through the article's lessons; the others are the labs. Here in src/ui rather than
 * in the shell because lesson steps (src/ui/lessons) name the lab each one runs in.
 */
export const LAB_IDS = ['home', 'sum', 'pool', 'speedup', 'sync', 'transfer', 'code'] as const;
export type LabId = (typeof LAB_IDS)[number];
