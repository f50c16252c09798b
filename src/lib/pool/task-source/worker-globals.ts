// Which free names may a task read? The globals of a dedicated module worker, minus names that are far more
// likely an outer variable than the worker global of the same name. Runs on the page: no DOM access, only
// `name in globalThis`, which covers the language and the web platform APIs both realms share.

/** Globals that exist in a dedicated worker but not on a page. */
const WORKER_ONLY = new Set([
  'self',
  'importScripts',
  'WorkerGlobalScope',
  'DedicatedWorkerGlobalScope',
  'WorkerNavigator',
  'WorkerLocation',
  'FileReaderSync',
  'close',
  'postMessage',
  'onmessage',
  'onmessageerror',
  'onerror',
  'onunhandledrejection',
]);

/**
 * Never worker globals for a task: the page-only API (a worker has no `document` or `window`), and names a
 * worker does define but that read as someone's variable: a task reading a bare `name` almost surely meant an
 * outer `name`, not the worker's name, and would silently get `''`.
 */
const NOT_FOR_TASKS = new Set([
  // Page-only
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'alert',
  'confirm',
  'prompt',
  'print',
  'history',
  'screen',
  'parent',
  'top',
  'opener',
  'frames',
  'frameElement',
  'customElements',
  'getComputedStyle',
  'getSelection',
  'matchMedia',
  'innerWidth',
  'innerHeight',
  'outerWidth',
  'outerHeight',
  'scrollX',
  'scrollY',
  'devicePixelRatio',
  'visualViewport',
  'open',
  'closed',
  'external',
  'event',
  'status',
  'length',
  // Worker globals that shadow likely outer variables
  'name',
  'origin',
]);

/** Whether a task that reads `name` free gets a real worker global for it. */
export function isWorkerGlobal(name: string): boolean {
  if (NOT_FOR_TASKS.has(name)) return false;
  if (WORKER_ONLY.has(name)) return true;
  // Double-underscore names on a page are tooling hooks (dev server, test runner), not worker globals.
  return !name.startsWith('__') && name in globalThis;
}
