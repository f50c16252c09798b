import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { netlifyHeadersFile } from '../scripts/isolation-headers.mjs';
import { expect, test } from './support/fixtures.ts';

// A worker takes its Content-Security-Policy from its own script's response: this one keeps task code in a
// pool worker (and every other worker) from reaching another origin or starting workers (docs/pool.md).
const WORKER_POLICY =
  "default-src 'none'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; connect-src 'self'; worker-src 'none'";

const DIST = join(process.cwd(), 'dist');

/** Every worker script of the build: the pool's, the other labs' and the bench's. */
function workerScripts(): string[] {
  const names = readdirSync(join(DIST, 'assets')).filter((file) => /\.worker-[^.]+\.js$/.test(file));
  if (!names.some((name) => name.startsWith('pool.worker-')))
    throw new Error('no pool worker in dist/assets: run the build first');
  return names.map((name) => `/assets/${name}`);
}

test('every worker script carries the worker policy, on a revalidation answered 304 too', async ({
  request,
}) => {
  for (const path of workerScripts()) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy'], path).toBe(WORKER_POLICY);
    // A worker started from the browser's cache takes its policy from the 304 that revalidated it.
    const etag = response.headers()['etag'];
    expect(etag, `ETag of ${path}`).toBeTruthy();
    const revalidated = await request.get(path, { headers: { 'If-None-Match': etag ?? '' } });
    expect(revalidated.status(), path).toBe(304);
    expect(revalidated.headers()['content-security-policy'], `the 304 of ${path}`).toBe(WORKER_POLICY);
  }
});

test('the page gets its own policy from its <meta>, not the workers’ header', async ({ request }) => {
  for (const path of ['/', '/index.html']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBeUndefined();
    expect(await response.text(), path).toContain('<meta http-equiv="Content-Security-Policy"');
  }
});

test('the static hosts’ _headers gives the built assets the same policy', () => {
  const file = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(file).toBe(netlifyHeadersFile());
  expect(file).toContain(`/assets/*\n  Content-Security-Policy: ${WORKER_POLICY}\n`);
});
