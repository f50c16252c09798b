// Starts fetching the chunk of the lab the URL opens, before React and the app are evaluated, instead of
// when React first renders the lab. What it loads is what the registry would ask for next anyway: the same
// module, once.
import type { LabId } from '../ui/lab-ids.ts';
import { loadLab } from './lab-loaders.ts';

/**
 * Starts loading lab `id`'s chunk; settles once it has loaded or failed. A failed download is the
 * registry's to report, when React.lazy asks for the same module again.
 */
export function startLabDownload(id: LabId): Promise<void> {
  return loadLab(id).then(
    () => undefined,
    () => undefined,
  );
}
