import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PLAIN_ORIGIN } from './support/origins.ts';
import { expect, test } from './support/fixtures.ts';

const ISOLATION_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'cross-origin',
  'document-isolation-policy': 'isolate-and-require-corp',
};

function builtAsset(pattern: RegExp): string {
  const name = readdirSync(join(process.cwd(), 'dist', 'assets')).find((file) => pattern.test(file));
  if (!name) throw new Error(`no asset matching ${pattern} in dist/assets: run the build first`);
  return `/assets/${name}`;
}

test('every kind of response carries the four isolation headers', async ({ request }) => {
  const paths = [
    '/',
    '/index.html',
    builtAsset(/^main-.*\.js$/),
    builtAsset(/worker.*\.js$/),
    '/favicon.svg',
  ];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    for (const [name, value] of Object.entries(ISOLATION_HEADERS))
      expect(headers[name], `${name} on ${path}`).toBe(value);
  }
});

test('a revalidation answered 304 Not Modified carries the isolation headers too', async ({ request }) => {
  // A browser revalidates a cached worker script; WebKit refuses one whose 304 lacks the headers.
  for (const path of ['/index.html', builtAsset(/worker.*\.js$/)]) {
    const etag = (await request.get(path)).headers()['etag'];
    expect(etag, `ETag of ${path}`).toBeTruthy();
    const response = await request.get(path, { headers: { 'If-None-Match': etag ?? '' } });
    expect(response.status(), path).toBe(304);
    const headers = response.headers();
    for (const [name, value] of Object.entries(ISOLATION_HEADERS))
      expect(headers[name], `${name} on the 304 of ${path}`).toBe(value);
  }
});

test('the page and a worker it starts are cross-origin isolated', async ({ page }) => {
  await page.goto('/?lab=sum');
  await expect(page.getByTestId('isolation-status')).toContainText('Cross-origin isolated');
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  const inWorker = await page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const source = 'postMessage([self.crossOriginIsolated, typeof SharedArrayBuffer])';
        const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
        worker.onmessage = (event) => {
          worker.terminate();
          resolve(event.data);
        };
        worker.onerror = () => reject(new Error('the worker did not start'));
      }),
  );
  expect(inWorker).toEqual([true, 'function']);
});

test.describe('served without the headers', () => {
  test.describe('and with service workers blocked', () => {
    test.use({ serviceWorkers: 'block' });
    // The page waits up to 4 s for the fallback service worker before it renders without it
    // (READY_TIMEOUT_MS in src/app/ensure-isolation.ts): the first assertions allow for that wait.
    const RENDER_TIMEOUT_MS = 15_000;

    test('says it is not isolated, and why, without a console error', async ({ page }) => {
      await page.goto(`${PLAIN_ORIGIN}/?lab=sum`);
      const status = page.getByTestId('isolation-status');
      await expect(status).toContainText('Not cross-origin isolated', { timeout: RENDER_TIMEOUT_MS });
      await expect(status).toContainText('fallback service worker could not start');
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('Chunked summation');
      expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(false);
    });

    test('the locks lab disables its real-thread experiments with the reason, and the simulator still runs', async ({
      page,
    }) => {
      await page.goto(`${PLAIN_ORIGIN}/?lab=sync&lang=en`);
      await expect(
        page.getByText('The real-thread experiments need shared memory, which is off:'),
      ).toBeVisible({ timeout: RENDER_TIMEOUT_MS });
      await expect(page.getByRole('button', { name: 'Compare the three ways' })).toBeDisabled();
      await expect(page.getByRole('button', { name: 'Capture a race' })).toBeDisabled();
      const deadlock = page.getByRole('region', { name: 'Deadlock, and the fix' });
      await expect(deadlock.getByRole('button', { name: 'Run', exact: true })).toBeDisabled();
      for (const thread of [1, 2, 1, 2, 1, 2])
        await page.getByRole('button', { name: `Run thread ${thread}` }).click();
      await expect(page.getByTestId('sim-verdict')).toContainText('1 update was lost');
    });
  });

  test('the fallback service worker isolates the page after one reload on the first visit', async ({
    page,
  }) => {
    await page.goto(`${PLAIN_ORIGIN}/?lab=pool`);
    await expect(page.getByTestId('isolation-status')).toContainText('Cross-origin isolated', {
      timeout: 15_000,
    });
    expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText('Task pool');
  });
});

test.describe('isolated, in a browser without SharedArrayBuffer (as WebKitGTK ships)', () => {
  // The page loses SharedArrayBuffer before any of its scripts run; `crossOriginIsolated` stays true.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      delete (globalThis as { SharedArrayBuffer?: unknown }).SharedArrayBuffer;
    });
  });

  test('the status line says what is missing, not that shared memory works', async ({ page }) => {
    await page.goto('/?lab=sum&lang=en');
    const status = page.getByTestId('isolation-status');
    await expect(status).toContainText(
      'Cross-origin isolated, but shared memory is off: this browser provides no SharedArrayBuffer',
    );
    await expect(status).not.toContainText('are available');
    expect(await page.evaluate(() => [self.crossOriginIsolated, typeof SharedArrayBuffer])).toEqual([
      true,
      'undefined',
    ]);
  });

  test('shared-memory features are off with the reason, and message passing still computes', async ({
    page,
  }) => {
    await page.goto('/?lab=sum&lang=en&transport=shared&workers=2');
    await expect(
      page.getByText('Shared memory and the simulated GIL are off: this browser provides no'),
    ).toBeVisible();
    await expect(page.getByLabel('shared memory (SharedArrayBuffer + Atomics)')).toBeDisabled();
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('sum-total')).toHaveText('499,999,500,000', { timeout: 20_000 });

    await page.goto('/?lab=sync&lang=en');
    await expect(
      page.getByText('The real-thread experiments need shared memory, which is off: this browser'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Compare the three ways' })).toBeDisabled();

    // The pool runs on messages alone; a task that reads SharedArrayBuffer is not refused for it.
    await page.goto('/?lab=pool&lang=en&n=40&throw=0&hang=0&falsy=0&kind=cpu&cpu=1000&workers=2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('pool-status')).toContainText('40 items in', { timeout: 30_000 });
    await expect(page.getByTestId('counters').locator('button[data-status="ok"]')).toHaveAttribute(
      'data-count',
      '40',
    );
  });
});
