// Each lab is its own chunk, loaded when first shown: the first lab is usable fast and rarely used
// labs cost nothing until opened (docs/budgets.md: first load).
//
// A lab whose chunk is already here when it mounts (the one the URL opens, whose download main.tsx waits
// for) is rendered as itself. Through React.lazy it would suspend even then: React shows the Suspense
// fallback and, to avoid flicker, holds the lab back until 300 ms after that fallback appeared (measured:
// first button enabled about 300 ms after the lab's chunk had arrived). A lab not yet here is React.lazy,
// with the caller's Suspense fallback while it loads.
import { lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { LAB_IDS, type LabId } from '../ui/lab-ids.ts';
import { loadedLab, loadLab } from './lab-loaders.ts';

const LAZY_LABS = Object.fromEntries(LAB_IDS.map((id) => [id, lazy(() => loadLab(id))])) as Readonly<
  Record<LabId, LazyExoticComponent<ComponentType>>
>;

/**
 * The lab `id`. Give it a `key` of the lab (or a keyed parent): which component renders it is chosen once
 * per mount, so it never changes under a mounted lab (that would remount the lab and lose its state).
 */
export function LabView({ id }: { id: LabId }) {
  const [Lab] = useState(() => loadedLab(id) ?? LAZY_LABS[id]);
  return <Lab />;
}
