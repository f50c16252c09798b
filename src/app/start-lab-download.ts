// Starts fetching the chunk of the lab the URL opens, before React and the app are evaluated, instead of
// when React first renders the lab. The build also loads it as an entry of its own, with an async script
// in index.html (vite.config.ts, labStartScript), so it runs as soon as it has arrived, while React is
// still downloading; main.tsx imports it first, which covers the dev server. Either way it is one module,
// evaluated once. What it loads is what the registry would ask for next anyway: the same module, once.
import { readAppSettings } from './app-settings.ts';
import { loadLab } from './lab-loaders.ts';

const { lab } = readAppSettings(new URLSearchParams(location.search), []);

/**
 * Settles once the first lab's chunk has loaded or failed. A failed download is the registry's to report,
 * when React.lazy asks for the same module again.
 */
export const firstLabDownload: Promise<void> = loadLab(lab).then(
  () => undefined,
  () => undefined,
);
