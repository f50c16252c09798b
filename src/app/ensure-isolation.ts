// The fallback for static hosts that send no COOP/COEP headers (GitHub Pages): register the
// coi-serviceworker package's script, which re-serves every response with the headers, then reload once.
//
// The package's own page script reloads only on `updatefound` or when `register()` resolves with an
// active worker. On a first visit `updatefound` can fire before its listener is attached and the worker
// is still installing when `register()` resolves, so the registration ends active but not controlling and
// nothing reloads. Waiting for `navigator.serviceWorker.ready` instead closes that race. A session flag
// stops a reload loop when the worker cannot help (an iframe, a browser that ignores it).
import { sharedMemoryFacts } from '../lib/atomics/shared-memory.ts';
import type { IsolationFacts } from '../ui/isolation-status.ts';

const RELOADED_KEY = 'concurrency-playground:coi-reloaded';
/** ms to wait for the worker to activate before giving up and showing the page not isolated. */
const READY_TIMEOUT_MS = 4000;

export type IsolationOutcome =
  { readonly action: 'render'; readonly facts: IsolationFacts } | { readonly action: 'reload' };

function facts(fallback: IsolationFacts['fallback']): IsolationFacts {
  return {
    ...sharedMemoryFacts(),
    isSecureContext: self.isSecureContext,
    inIframe: window.self !== window.top,
    hasServiceWorker: 'serviceWorker' in navigator,
    fallback,
  };
}

function readFlag(): boolean {
  try {
    return sessionStorage.getItem(RELOADED_KEY) === '1';
  } catch {
    return false;
  }
}

function writeFlag(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(RELOADED_KEY, '1');
    else sessionStorage.removeItem(RELOADED_KEY);
  } catch {
    // Storage blocked (sandboxed iframe): the loop guard is then per page load only.
  }
}

/**
 * Decides, before the app renders, whether the page must reload under the fallback service worker.
 * Only in the built site (the dev server sends the headers itself) and only when not already isolated.
 */
export async function ensureIsolation(): Promise<IsolationOutcome> {
  if (self.crossOriginIsolated) {
    writeFlag(false);
    return { action: 'render', facts: facts('not-tried') };
  }
  const usable =
    import.meta.env.PROD &&
    self.isSecureContext &&
    'serviceWorker' in navigator &&
    window.self === window.top;
  if (!usable) return { action: 'render', facts: facts('not-tried') };
  if (readFlag()) return { action: 'render', facts: facts('reloaded-without-effect') };
  try {
    await navigator.serviceWorker.register(new URL('./coi-serviceworker.js', document.baseURI), {
      scope: './',
    });
    const ready = await Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), READY_TIMEOUT_MS)),
    ]);
    if (!ready) return { action: 'render', facts: facts('failed') };
  } catch {
    return { action: 'render', facts: facts('failed') };
  }
  writeFlag(true);
  return { action: 'reload' };
}
