import { expect, test } from './support/fixtures.ts';

const TRANSPORTS = 5;

test.describe('message passing vs shared memory lab', () => {
  test('a 1 KB to 1 MB sweep fills the charts and the table, one row per size and transport', async ({
    page,
    consoleProblems,
  }) => {
    void consoleProblems;
    await page.goto('/?lab=transfer&lang=en&from=1024&to=1048576&repeats=5');
    await page.getByRole('button', { name: 'Measure', exact: true }).click();
    const rows = page.getByTestId('transfer-table').locator('tbody tr');
    await expect(rows).toHaveCount(11 * TRANSPORTS, { timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Measure', exact: true })).toBeEnabled();
    await expect(page.getByRole('img', { name: 'Round-trip time against payload size' })).toBeVisible();
    await expect(page.getByTestId('transfer-findings')).toContainText('GB/s');

    // Transfer's time grows far more slowly with size than cloning's (generous margin; the bench holds figures).
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [
        tr.children[0]?.textContent ?? '',
        tr.children[1]?.textContent ?? '',
        Number(tr.children[2]?.textContent),
      ]),
    );
    const ms = (size: string, transport: RegExp) =>
      cells.find(([s, t]) => s === size && transport.test(String(t)))?.[2] as number;
    const cloneGrowth = ms('1 MB', /^clone \(typed/) - ms('1 KB', /^clone \(typed/);
    const transferGrowth = ms('1 MB', /^transfer/) - ms('1 KB', /^transfer/);
    expect(cloneGrowth).toBeGreaterThan(0);
    expect(transferGrowth).toBeLessThan(cloneGrowth * 0.7);
  });

  test('ping-pong latency gives both signals in microseconds', async ({ page, consoleProblems }) => {
    void consoleProblems;
    await page.goto('/?lab=transfer&lang=en');
    await page.getByRole('button', { name: 'Measure latency' }).click();
    const rows = page.getByTestId('latency-table').locator('tbody tr');
    await expect(rows).toHaveCount(2, { timeout: 30_000 });
    await expect(rows.nth(0)).toContainText('postMessage');
    await expect(rows.nth(1)).toContainText('Atomics.wait / notify');
  });

  test('cancel keeps the rows already measured', async ({ page, consoleProblems }) => {
    void consoleProblems;
    await page.goto('/?lab=transfer&lang=en&from=1024&to=268435456&repeats=3');
    await page.getByRole('button', { name: 'Measure', exact: true }).click();
    const rows = page.getByTestId('transfer-table').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3 * TRANSPORTS);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Cancelled. The rows measured so far stay below.')).toBeVisible();
    expect(await rows.count()).toBeGreaterThanOrEqual(3 * TRANSPORTS);
  });

  test('bad inputs are named', async ({ page }) => {
    await page.goto('/?lab=transfer&lang=en');
    await page.getByLabel('Repeats per size').fill('0');
    await expect(page.getByText('Repeats per size must be an integer from 1 to 50.')).toBeVisible();
    await page.getByLabel('Largest payload (bytes)').fill('10');
    await expect(page.getByText('Largest payload must not be below the smallest payload.')).toBeVisible();
  });
});
