// The site as `npm start` serves it (`vite preview` with this project's config, so with the isolation
// headers on every response, 304s included), plus one thing for the smoke suite: the built index.html
// gets error-recorder.js as the first script of its <head>. It is served from the site's own origin, so
// the page's Content-Security-Policy (`script-src 'self'`) admits it.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { ISOLATION_HEADERS } from '../scripts/isolation-headers.mjs';

const RECORDER_PATH = '/__smoke/error-recorder.js';
const RECORDER_FILE = fileURLToPath(new URL('./error-recorder.js', import.meta.url));
const INDEX_FILE = fileURLToPath(new URL('../dist/index.html', import.meta.url));

/** @returns {import('vite').Plugin} */
function errorRecorder() {
  return {
    name: 'smoke:error-recorder',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '/').split('?')[0];
        if (path !== RECORDER_PATH && path !== '/' && path !== '/index.html') return next();
        void (async () => {
          const isRecorder = path === RECORDER_PATH;
          let body = await readFile(isRecorder ? RECORDER_FILE : INDEX_FILE, 'utf8');
          if (!isRecorder) body = body.replace('<head>', `<head><script src="${RECORDER_PATH}"></script>`);
          for (const [name, value] of Object.entries(ISOLATION_HEADERS)) res.setHeader(name, value);
          res.setHeader('Content-Type', isRecorder ? 'text/javascript' : 'text/html');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(body);
        })().catch(next);
      });
    },
  };
}

/**
 * Serves dist/ (build it first) on 127.0.0.1:`port`.
 * @param {number} port
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startSmokeServer(port) {
  const server = await preview({
    logLevel: 'warn',
    plugins: [errorRecorder()],
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
