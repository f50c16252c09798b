// Serves dist/ with no COOP/COEP headers (like GitHub Pages), on loopback only, for the e2e tests of the
// not-isolated line and of the service-worker fallback. Also serves /embed-parent.html: a course page
// from another origin that embeds the lab given in ?src= and records the resize messages it receives.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const port = Number(process.argv[2] ?? 4174);
const root = join(process.cwd(), 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** @param {string} src */
function embedParent(src) {
  const escaped = src.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Course page</title></head><body>
<h1>A course page</h1>
<iframe id="lab" src="${escaped}" title="Embedded lab" width="800" height="300" allow="cross-origin-isolated" style="border:0"></iframe>
<script>
  window.resizeMessages = [];
  window.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'concurrency-playground:resize') {
      window.resizeMessages.push(event.data.height);
      document.getElementById('lab').height = String(event.data.height);
    }
  });
</script></body></html>`;
}

createServer((request, response) => {
  void (async () => {
    const url = new URL(request.url ?? '/', `http://localhost:${port}`);
    if (url.pathname === '/embed-parent.html') {
      response.writeHead(200, { 'Content-Type': TYPES['.html'] });
      response.end(embedParent(url.searchParams.get('src') ?? ''));
      return;
    }
    const path = normalize(
      join(root, url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname)),
    );
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(path))] ?? 'application/octet-stream';
      response.writeHead(200, { 'Content-Type': type });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  })();
}).listen(port, '127.0.0.1', () =>
  console.log(`plain server (no isolation headers) on http://localhost:${port}`),
);
