// How each lab's chunk is loaded: one dynamic import per lab, shared by the registry and the early start of
// the first lab's download (start-lab-download.ts), so both ask for the same module once. Each loaded lab's
// component is kept, so the registry can render a lab that is already here without suspending.
// No React here: this module is evaluated before React is.
import type { ComponentType } from 'react';
import type { LabId } from '../ui/lab-ids.ts';

type LabModule = { default: ComponentType };

const IMPORTS: Readonly<Record<LabId, () => Promise<LabModule>>> = {
  home: () => import('../labs/home/home-page.tsx'),
  sum: () => import('../labs/sum/sum-lab.tsx'),
  pool: () => import('../labs/pool/pool-lab.tsx'),
  speedup: () => import('../labs/speedup/speedup-lab.tsx'),
  sync: () => import('../labs/sync/sync-lab.tsx'),
  transfer: () => import('../labs/transfer/transfer-lab.tsx'),
  code: () => import('../labs/code/code-lab.tsx'),
};

const loaded = new Map<LabId, ComponentType>();

/** Downloads and evaluates a lab's chunk (once: the browser keeps the module), remembering its component. */
export function loadLab(id: LabId): Promise<LabModule> {
  return IMPORTS[id]().then((module) => {
    loaded.set(id, module.default);
    return module;
  });
}

/** The lab's component if its chunk has already been loaded, else `undefined`. */
export function loadedLab(id: LabId): ComponentType | undefined {
  return loaded.get(id);
}
