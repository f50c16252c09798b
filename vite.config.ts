/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vite';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { ISOLATION_HEADERS } from './scripts/isolation-headers.mjs';

/**
 * The document's Content-Security-Policy, added to the built index.html only (the dev server's
 * React refresh needs an inline script). As a <meta> it binds the document and not the worker
 * scripts, whose own responses carry no CSP: task functions are rebuilt from source text there.
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
 * The isolation headers on every response of the dev and preview servers, set before any other middleware.
 * `server.headers` / `preview.headers` reach only full responses: a revalidation answered `304 Not Modified`
 * came without them, and WebKit then refuses the cached worker script on an isolated page.
 */
function isolationHeadersOnEveryResponse(): Plugin {
  const addHeaders = (middlewares: {
    use: (fn: (req: unknown, res: ServerResponse, next: () => void) => void) => void;
  }) =>
    middlewares.use((_req, res, next) => {
      for (const [name, value] of Object.entries(ISOLATION_HEADERS)) res.setHeader(name, value);
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

const isVitest = process.env['VITEST'] !== undefined;

export default defineConfig({
  // Relative base: the built site works under any sub-path of a course site.
  base: './',
  plugins: [react(), isolationHeadersOnEveryResponse(), contentSecurityPolicy(), coiServiceWorker()],
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
    // bench.html is the page `npm run bench` drives; the app never links to it or loads its code.
    rolldownOptions: { input: { main: 'index.html', bench: 'bench.html' } },
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
