import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';

// Every lab, with one of its worker scripts made to fail on purpose (the server answers 404, as when a
// browser refuses a script): the experiment ends with a message that names the worker that failed, what
// was measured before stays, and the buttons come back. Routing a request also keeps it out of the HTTP
// cache, so every `new Worker` of that script asks again.

/** Lets the first `allowed` requests for the worker script named `name` through, then answers 404. */
async function failWorkerScript(page: Page, name: string, allowed = 0): Promise<void> {
  let seen = 0;
  await page.route(new RegExp(`/assets/${name}\\.worker-[^/]+\\.js$`), async (route) => {
    seen++;
    if (seen <= allowed) await route.continue();
    else await route.fulfill({ status: 404, body: 'not found' });
  });
}

test.beforeEach(({ consoleProblems }) => {
  // The browser reports the refused script itself; the lab must report it too, as text on the page.
  consoleProblems.allow(/Failed to load resource: the server responded with a status of 404/);
});

test('sum lab: a summation worker that does not load ends the run with its name; the last result stays', async ({
  page,
}) => {
  await page.goto('/?lab=sum&lang=en');
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(page.getByTestId('sum-total')).toHaveText('499,999,500,000', { timeout: 20_000 });
  await failWorkerScript(page, 'sum');
  await page.getByRole('button', { name: 'Run' }).click();
  // One sentence, one final period (the message used to end in two).
  await expect(
    page.getByText(
      /^The run failed: Summation worker \d failed: its script did not load, or threw before it started\.$/,
    ),
  ).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('sum-total')).toHaveText('499,999,500,000');
  await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
});

test('pool lab: workers that cannot start give every item an outcome that says so', async ({ page }) => {
  await failWorkerScript(page, 'pool');
  await page.goto('/?lab=pool&lang=en&n=50&throw=0&hang=0&falsy=0&workers=2');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const counters = page.getByTestId('counters');
  await expect(counters.locator('button[data-status="error"]')).toHaveAttribute('data-count', '50', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('pool-status')).toContainText(/could not start|did not load/);
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
});

test('speedup lab: a failure mid-sweep keeps the points measured and names the worker', async ({ page }) => {
  // The 1-worker point starts one summation worker per repeat; the 2-worker point's workers fail.
  await page.goto('/?lab=speedup&lang=en&workload=sum&size=20000000&max=3&repeats=1');
  await failWorkerScript(page, 'sum', 2);
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(page.getByText(/Summation worker \d failed: its script did not load/)).toBeVisible({
    timeout: 30_000,
  });
  expect(await page.getByRole('table').locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('button', { name: 'Run sweep' })).toBeEnabled();
});

test('locks lab: a racer that does not load ends the race with its name, and the buttons come back', async ({
  page,
}) => {
  await page.goto('/?lab=sync&lang=en&workers=2&m=20000&window=10&repeats=4');
  await page.getByRole('button', { name: 'Compare the three ways' }).click();
  await expect(page.getByTestId('race-table').locator('tbody tr')).toHaveCount(3, { timeout: 30_000 });
  await failWorkerScript(page, 'race');
  await page.getByRole('button', { name: 'Run repeatedly (histogram)' }).click();
  await expect(page.getByText(/Racer \d failed: its script did not load/)).toBeVisible({ timeout: 10_000 });
  await expect(page.getByTestId('race-table').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Compare the three ways' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Capture a race' })).toBeEnabled();
});

test('locks lab: a demo worker that does not load ends the demo with its name', async ({ page }) => {
  await failWorkerScript(page, 'lock-demo');
  await page.goto('/?lab=sync&lang=en&semk=3&permits=2&conns=2&connms=20');
  const semaphore = page.getByRole('region', { name: 'A semaphore limits connections' });
  await semaphore.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(semaphore.getByText(/Worker \d failed: its script did not load/)).toBeVisible({
    timeout: 10_000,
  });
  await expect(semaphore.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
});

test('transfer lab: the echo and ping-pong workers failing end their measurements with a message', async ({
  page,
}) => {
  await failWorkerScript(page, 'echo');
  await failWorkerScript(page, 'ping-pong');
  await page.goto('/?lab=transfer&lang=en&from=1024&to=8192&repeats=2');
  await page.getByRole('button', { name: 'Measure', exact: true }).click();
  await expect(page.getByText(/The echo worker failed: its script did not load/)).toBeVisible({
    timeout: 10_000,
  });
  await expect(page.getByRole('button', { name: 'Measure', exact: true })).toBeEnabled();
  await page.getByRole('button', { name: 'Measure latency' }).click();
  await expect(page.getByText(/The p(ing|ong) worker failed: its script did not load/)).toBeVisible({
    timeout: 10_000,
  });
  await expect(page.getByRole('button', { name: 'Measure latency' })).toBeEnabled();
});
