// How each lab's chunk is loaded: one dynamic import per lab, shared by the registry (React.lazy) and the
// early start of the first lab's download (start-lab-download.ts), so both ask for the same module once.
// No React here: this module is evaluated before React is.
import type { ComponentType } from 'react';
import type { LabId } from './lab-ids.ts';

export const LAB_LOADERS: Readonly<Record<LabId, () => Promise<{ default: ComponentType }>>> = {
  sum: () => import('../labs/sum/sum-lab.tsx'),
  pool: () => import('../labs/pool/pool-lab.tsx'),
  speedup: () => import('../labs/speedup/speedup-lab.tsx'),
  sync: () => import('../labs/sync/sync-lab.tsx'),
  transfer: () => import('../labs/transfer/transfer-lab.tsx'),
};
