// Pyodide (CPython compiled to WebAssembly, the npm package `pyodide`) at `pyodide/` on the site's own
// origin, for Python in the code lab. A pool worker's policy (worker-csp.mjs) lets it load scripts and fetch
// from this origin only, and an isolated page takes only resources that allow it: so the interpreter is
// served here, not from a CDN. The dev server (and Vitest's) answers `pyodide/*` from node_modules; a build
// copies the files into dist/pyodide/. Their names are Pyodide's own, unhashed: loadPyodide finds each file
// by name in its index URL.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder, under the site's base, that holds the files. */
export const PYODIDE_DIR = 'pyodide';

/**
 * What loadPyodide fetches to start CPython with its standard library (about 13.5 MB, 9.6 MB of it
 * WebAssembly), and the content type each is served with (`application/wasm` lets the browser compile the
 * module while it downloads).
 * @type {Readonly<Record<string, string>>}
 */
export const PYODIDE_FILES = Object.freeze({
  'pyodide.mjs': 'text/javascript',
  'pyodide.asm.mjs': 'text/javascript',
  'pyodide.asm.wasm': 'application/wasm',
  'python_stdlib.zip': 'application/zip',
  'pyodide-lock.json': 'application/json',
});

/** The installed package's folder. */
function packageDir() {
  return dirname(fileURLToPath(import.meta.resolve('pyodide/pyodide.mjs')));
}

/**
 * The file a request asks for, when it is one of PYODIDE_FILES under `/pyodide/` (at any depth: the dev
 * server's pages live at the root, Vitest's under a path of their own).
 * @param {string | undefined} url the request's URL: path and query
 * @returns {string | undefined}
 */
export function pyodideFileOf(url) {
  const path = (url ?? '').split(/[?#]/, 1)[0] ?? '';
  const match = new RegExp(`/${PYODIDE_DIR}/([^/]+)$`).exec(path);
  const name = match?.[1];
  return name !== undefined && Object.hasOwn(PYODIDE_FILES, name) ? name : undefined;
}

/** @returns {import('vite').Plugin} */
export function pyodideAssets() {
  return {
    name: 'concurrency-playground:pyodide-assets',
    configureServer(server) {
      const dir = packageDir();
      server.middlewares.use((req, res, next) => {
        const name = pyodideFileOf(req.url);
        if (name === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) {
          next();
          return;
        }
        const body = readFileSync(join(dir, name));
        res.setHeader('Content-Type', PYODIDE_FILES[name] ?? 'application/octet-stream');
        res.setHeader('Content-Length', String(body.length));
        res.end(req.method === 'HEAD' ? undefined : body);
      });
    },
    generateBundle() {
      const dir = packageDir();
      for (const name of Object.keys(PYODIDE_FILES)) {
        this.emitFile({
          type: 'asset',
          fileName: `${PYODIDE_DIR}/${name}`,
          source: readFileSync(join(dir, name)),
        });
      }
    },
  };
}
