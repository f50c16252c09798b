// Writes src/lib/pool/task-source/worker-global-names.ts: every name a dedicated module worker's global
// scope has, as Chromium reports it. The closure check on the page (worker-globals.ts) accepts a free name in
// a task only if it is in that list, because the page's own globals (the DOM, `window.find`, element ids)
// are not there when the task runs. Run: node scripts/with-chromium.mjs node scripts/gen-worker-globals.mjs
//
// The page is served over loopback with the site's isolation headers, so the worker is cross-origin isolated
// and has SharedArrayBuffer, as on the real site; loopback http counts as a secure context, so the
// secure-context-only APIs (crypto.subtle, caches, ...) are there too.
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import * as prettier from 'prettier';
import { chromiumLaunchOptions } from './chromium.mjs';
import { ISOLATION_HEADERS } from './isolation-headers.mjs';

const OUT_FILE = fileURLToPath(
  new URL('../src/lib/pool/task-source/worker-global-names.ts', import.meta.url),
);
const COMMAND = 'node scripts/with-chromium.mjs node scripts/gen-worker-globals.mjs';
/** Longest wait for the worker's answer, ms: it starts in well under a second. */
const WORKER_TIMEOUT_MS = 30_000;

// The same walk as worker-global-names.test.ts: own string-keyed names of the global object and of every
// prototype above it (DedicatedWorkerGlobalScope.prototype, WorkerGlobalScope.prototype,
// EventTarget.prototype, Object.prototype), which is what a free name in a task can resolve to.
const WORKER_SOURCE = `
const names = new Set();
for (let o = globalThis; o !== null; o = Object.getPrototypeOf(o)) {
  for (const key of Object.getOwnPropertyNames(o)) names.add(key);
}
postMessage({ names: [...names], isolated: crossOriginIsolated });
`;

/** @typedef {{ names: string[], isolated: boolean }} WorkerReport What the worker above posts. */

const PAGE_SOURCE = '<!doctype html><meta charset="utf-8"><title>worker globals</title>';

/** @type {Record<string, [string, string]>} path -> [content type, body] */
const ROUTES = {
  '/': ['text/html; charset=utf-8', PAGE_SOURCE],
  '/names.worker.js': ['text/javascript; charset=utf-8', WORKER_SOURCE],
};

const server = createServer((req, res) => {
  const path = req.url ?? '';
  const route = Object.hasOwn(ROUTES, path) ? ROUTES[path] : undefined;
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) res.setHeader(name, value);
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'Content-Type': route[0], 'Cache-Control': 'no-store' }).end(route[1]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
if (address === null || typeof address === 'string') throw new Error('the server has no port');

const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${address.port}/`);
  const { names, isolated } = await page.evaluate(
    (timeoutMs) =>
      /** @type {Promise<WorkerReport>} */ (
        new Promise((resolve, reject) => {
          const worker = new Worker('/names.worker.js', { type: 'module' });
          const timer = setTimeout(() => reject(new Error('the worker did not answer')), timeoutMs);
          worker.onmessage = (/** @type {MessageEvent<WorkerReport>} */ event) => {
            clearTimeout(timer);
            worker.terminate();
            resolve(event.data);
          };
          worker.onerror = (event) => {
            clearTimeout(timer);
            reject(new Error(`the worker failed: ${event.message}`));
          };
        })
      ),
    WORKER_TIMEOUT_MS,
  );
  // Without isolation the list would lack SharedArrayBuffer, and tasks that use it would be refused.
  if (!isolated) throw new Error('the worker is not cross-origin isolated: check the isolation headers');
  const sorted = [...new Set(names)].sort();
  const version = browser.version();
  const text = [
    '// Generated: do not edit. Rewrite it with',
    `//   ${COMMAND}`,
    `// Source: Chromium ${version}, a cross-origin isolated dedicated module worker. Every own property name`,
    '// of its global object and of each prototype above it (DedicatedWorkerGlobalScope.prototype,',
    '// WorkerGlobalScope.prototype, EventTarget.prototype, Object.prototype), sorted by UTF-16 code unit.',
    '// worker-global-names.test.ts fails when the Chromium that runs the tests reports another list.',
    '',
    `export const WORKER_GLOBAL_NAMES: ReadonlySet<string> = new Set(${JSON.stringify(sorted)});`,
    '',
  ].join('\n');
  const options = await prettier.resolveConfig(OUT_FILE);
  await writeFile(OUT_FILE, await prettier.format(text, { ...options, filepath: OUT_FILE }));
  console.log(`wrote ${sorted.length} names from Chromium ${version} to ${OUT_FILE}`);
} finally {
  await browser.close();
  await new Promise((resolve) => server.close(() => resolve(undefined)));
}
