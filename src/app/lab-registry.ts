// Each lab is its own chunk, loaded when first shown: the first lab is usable fast and rarely used
// labs cost nothing until opened (docs/budgets.md: first load).
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { LAB_IDS, type LabId } from './lab-ids.ts';
import { LAB_LOADERS } from './lab-loaders.ts';

export const LAB_COMPONENTS = Object.fromEntries(
  LAB_IDS.map((id) => [id, lazy(LAB_LOADERS[id])]),
) as Readonly<Record<LabId, LazyExoticComponent<ComponentType>>>;
