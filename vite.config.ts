/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vite';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { ISOLATION_HEADERS } from './scripts/isolation-headers.mjs';
import { pyodideAssets } from './scripts/pyodide-assets.mjs';
import { isScriptRequest, WORKER_SCRIPT_HEADERS } from './scripts/worker-csp.mjs';

/**
 * The document's Content-Security-Policy, added to the built index.html only (the dev server's
 * React refresh needs an inline script). As a <meta> it binds the document and not the workers, which
 * take theirs from their own script's response (scripts/worker-csp.mjs, sent by the middleware below).
 * `style-src 'unsafe-inline'` is for the <style> element Observable Plot puts inside its SVG.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'concurrency-playground:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** Ships the coi-serviceworker package's script at the site root, for hosts that send no headers. */
function coiServiceWorker(): Plugin {
  const source = fileURLToPath(import.meta.resolve('coi-serviceworker/coi-serviceworker.min.js'));
  return {
    name: 'concurrency-playground:coi-serviceworker',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'coi-serviceworker.js', source: readFileSync(source) });
    },
  };
}

/**
 * The isolation headers on every response of the dev and preview servers, and the worker scripts'
 * Content-Security-Policy on every JavaScript response, set before any other middleware.
 * `server.headers` / `preview.headers` reach only full responses: a revalidation answered `304 Not Modified`
 * came without them, and WebKit then refuses the cached worker script on an isolated page. A worker started
 * from a revalidated script takes its policy from that 304's headers.
 */
function isolationHeadersOnEveryResponse(): Plugin {
  const addHeaders = (middlewares: {
    use: (fn: (req: IncomingMessage, res: ServerResponse, next: () => void) => void) => void;
  }) =>
    middlewares.use((req, res, next) => {
      for (const [name, value] of Object.entries(ISOLATION_HEADERS)) res.setHeader(name, value);
      if (isScriptRequest(req.url))
        for (const [name, value] of Object.entries(WORKER_SCRIPT_HEADERS)) res.setHeader(name, value);
      next();
    });
  return {
    name: 'concurrency-playground:isolation-headers',
    // Block bodies: a function returned from these hooks would be run as a post-middleware hook.
    configureServer(server) {
      addHeaders(server.middlewares);
    },
    configurePreviewServer(server) {
      addHeaders(server.middlewares);
    },
  };
}

/**
 * React, React DOM and their scheduler, in a chunk of their own instead of inside main: measured on a
 * 2-core machine, cold load, the main chunk's evaluation (one task) took a median 55 ms → 21 ms, and
 * long tasks before the lab was usable went 22 → 11 in 30 loads.
 */
const REACT_MODULES = /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/;

/** The app's first code to run (it starts downloading the lab the URL opens), also an entry of its own. */
const EARLY_START = { name: 'early-start', source: 'src/app/early-start.ts' };

/**
 * Loads the early-start entry with its own `<script type="module" async>` in index.html, besides main's
 * import of it: the browser then fetches it alongside React and runs it as soon as it has arrived,
 * so the lab's chunks download while React does, instead of once React has been evaluated. It is the
 * same module either way, evaluated once. No inline script: the CSP allows only same-origin files.
 * Measured on a 2-core machine, cold load: long tasks before the lab was usable 19 → 11 in 30 loads
 * (the main chunk's evaluation no longer adds the lab's preload links, about 20 ms of it).
 */
function earlyStartScript(): Plugin {
  return {
    name: 'concurrency-playground:early-start-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, filename }) {
        if (!bundle || !filename.endsWith('index.html')) return [];
        const entry = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === EARLY_START.name,
        );
        if (!entry) throw new Error(`the build has no ${EARLY_START.name} entry chunk`);
        return [
          {
            tag: 'script',
            attrs: { type: 'module', async: true, crossorigin: true, src: `./${entry.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

const isVitest = process.env['VITEST'] !== undefined;

export default defineConfig({
  // Relative base: the built site works under any sub-path of a course site.
  base: './',
  plugins: [
    react(),
    isolationHeadersOnEveryResponse(),
    contentSecurityPolicy(),
    coiServiceWorker(),
    earlyStartScript(),
    pyodideAssets(),
  ],
  // Also as server.headers: Vitest's browser-mode server sends these and not the middleware above.
  server: { headers: ISOLATION_HEADERS },
  worker: { format: 'es' },
  // Pre-bundled up front, so Vitest does not discover them mid-run and reload the browser.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'comlink',
      'fast-check',
      '@observablehq/plot',
      'workerpool',
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    // bench.html is the page `npm run bench` drives, bench-react-only.html the load workload's React-only
    // baseline; the app never links to either or loads their code.
    rolldownOptions: {
      input: {
        main: 'index.html',
        bench: 'bench.html',
        'react-only': 'bench-react-only.html',
        [EARLY_START.name]: EARLY_START.source,
      },
      output: { codeSplitting: { groups: [{ name: 'react', test: REACT_MODULES }] } },
    },
  },
  test: isVitest
    ? {
        include: ['src/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
        testTimeout: 30_000,
        browser: {
          enabled: true,
          headless: true,
          provider: playwright({ launchOptions: chromiumLaunchOptions() }),
          instances: [{ browser: 'chromium' }],
          screenshotFailures: false,
        },
      }
    : undefined,
});
