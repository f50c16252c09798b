import { expect, test } from 'vitest';
import { WORKER_GLOBAL_NAMES } from './worker-global-names.ts';

// The same walk as scripts/gen-worker-globals.mjs: own string-keyed names of the worker's global object and
// of every prototype above it.
const WORKER_SOURCE = `
const names = new Set();
for (let o = globalThis; o !== null; o = Object.getPrototypeOf(o)) {
  for (const key of Object.getOwnPropertyNames(o)) names.add(key);
}
postMessage({ names: [...names], isolated: crossOriginIsolated });
`;

/** The global names of a fresh dedicated module worker started from this page. */
async function workerGlobalNames(): Promise<{ names: string[]; isolated: boolean }> {
  const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
  const worker = new Worker(url, { type: 'module' });
  try {
    return await new Promise((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ names: string[]; isolated: boolean }>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(`the worker failed: ${event.message}`));
    });
  } finally {
    worker.terminate();
    URL.revokeObjectURL(url);
  }
}

test('WORKER_GLOBAL_NAMES is what a dedicated module worker of this Chromium has', async () => {
  const { names, isolated } = await workerGlobalNames();
  // The list is taken from an isolated worker (SharedArrayBuffer); an unisolated one would differ by that.
  expect(isolated, 'the test page is not cross-origin isolated').toBe(true);
  const actual = new Set(names);
  const missing = [...actual].filter((name) => !WORKER_GLOBAL_NAMES.has(name)).sort();
  const extra = [...WORKER_GLOBAL_NAMES].filter((name) => !actual.has(name)).sort();
  const report =
    `worker globals differ from worker-global-names.ts (${navigator.userAgent}); ` +
    `missing from the list: [${missing.join(', ')}]; on the list, not in the worker: [${extra.join(', ')}]; ` +
    'run: node scripts/with-chromium.mjs node scripts/gen-worker-globals.mjs';
  expect({ missing, extra }, report).toEqual({ missing: [], extra: [] });
});

test('the page-only names are not on the list', () => {
  for (const name of ['window', 'document', 'HTMLElement', 'find', 'focus', 'blur', 'scrollTo', 'alert']) {
    expect(WORKER_GLOBAL_NAMES.has(name), name).toBe(false);
  }
});
