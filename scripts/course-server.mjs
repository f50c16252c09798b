// Serves the course page (docs/course/) and the slide deck (docs/slides/) as a course site would: plain
// static files, no isolation headers, from an origin other than the app's. Only two trees are served, at
// the same paths as in the repository, so the pages' relative links work here and under any static
// server started at the repository's root:
//   /docs/...                       docs/
//   /node_modules/reveal.js/dist/... reveal.js from npm, for the deck
//
//   node scripts/course-server.mjs [--port 4175] [--app http://localhost:4173/]
//
// The pages name the app at http://localhost:4173/, where `npm start` serves it: embed.js comes from there,
// and the links for readers without JavaScript go there. With --app, every HTML page is served with that
// address replaced by the given one (the e2e tests use it for the app they start); the files themselves
// are not changed.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4175' }, app: { type: 'string' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`course-server: --port must be a port number; got "${values.port}"`);
  process.exit(2);
}
/** The app's address as the pages write it. */
const PAGES_APP = 'http://localhost:4173/';
/** The app's address given with --app (with a trailing slash: the app's folder), or null. */
let app = null;
if (values.app !== undefined) {
  try {
    app = new URL(values.app.endsWith('/') ? values.app : `${values.app}/`).href;
  } catch {
    console.error(
      `course-server: --app must be the app's URL, e.g. http://localhost:4173/; got "${values.app}"`,
    );
    process.exit(2);
  }
}

/** The repository's root. */
const here = fileURLToPath(new URL('..', import.meta.url));
/** URL path prefix -> folder it is served from. @type {[string, string][]} */
const TREES = [
  ['/docs/', join(here, 'docs')],
  ['/node_modules/reveal.js/dist/', join(here, 'node_modules', 'reveal.js', 'dist')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** The file a URL path names, inside one of the trees, or null. @param {string} pathname */
function fileFor(pathname) {
  for (const [prefix, folder] of TREES) {
    if (!pathname.startsWith(prefix)) continue;
    const rest = pathname.slice(prefix.length);
    const path = normalize(join(folder, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
    return path.startsWith(folder + sep) ? path : null;
  }
  return null;
}

createServer((request, response) => {
  void (async () => {
    const url = new URL(request.url ?? '/', `http://localhost:${port}`);
    if (url.pathname === '/') {
      response.writeHead(302, { Location: '/docs/course/' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const path = fileFor(pathname);
    if (path === null) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    if ((await stat(path).catch(() => null))?.isDirectory()) {
      response.writeHead(301, { Location: `${url.pathname}/` }).end();
      return;
    }
    try {
      let body = await readFile(path);
      const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(path))] ?? 'application/octet-stream';
      if (app !== null && extname(path) === '.html') {
        body = Buffer.from(body.toString('utf8').replaceAll(PAGES_APP, app));
      }
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  })();
}).listen(port, '127.0.0.1', () => {
  console.log(`course page: http://localhost:${port}/docs/course/`);
  console.log(`slides:      http://localhost:${port}/docs/slides/`);
  console.log(`labs from:   ${app ?? PAGES_APP}`);
});
