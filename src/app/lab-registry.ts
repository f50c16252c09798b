// Each lab is its own chunk, loaded when first shown: the first lab is usable fast and rarely used
// labs cost nothing until opened (docs/budgets.md: first load).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { LabId } from './lab-ids.ts';

export const LAB_COMPONENTS: Readonly<Record<LabId, LazyExoticComponent<ComponentType>>> = {
  sum: lazy(() => import('../labs/sum/sum-lab.tsx')),
  pool: lazy(() => import('../labs/pool/pool-lab.tsx')),
  speedup: lazy(() => import('../labs/speedup/speedup-lab.tsx')),
  sync: lazy(() => import('../labs/sync/sync-lab.tsx')),
  transfer: lazy(() => import('../labs/transfer/transfer-lab.tsx')),
};
