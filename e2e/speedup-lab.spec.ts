import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures.ts';

// A small sum so a 1..3 sweep with 2 repeats takes a few seconds on two cores.
const SMALL = '/?lab=speedup&lang=en&workload=sum&size=20000000&max=3&repeats=2';

test.describe('speedup lab', () => {
  test('a 1..3 sweep fills the chart with 3 points and the table with 3 rows; the CSV has them too', async ({
    page,
  }) => {
    await page.goto(SMALL);
    await page.getByRole('button', { name: 'Run sweep' }).click();
    const table = page.getByRole('table');
    await expect(table.locator('tbody tr')).toHaveCount(3, { timeout: 60_000 });
    const chart = page.getByRole('img', { name: 'Speedup against workers' });
    await expect(chart.locator('.median').locator('path, circle')).toHaveCount(3);
    await expect(page.getByTestId('amdahl')).toContainText('serial fraction');
    // The reading under the efficiency chart quotes every efficiency the table shows, with its count.
    const efficiency = page.getByTestId('efficiency-reading');
    await expect(efficiency).toContainText('Efficiency, the speedup divided by the workers, was');
    for (const row of await table.locator('tbody tr').all()) {
      const workers = (await row.locator('th').textContent())!.trim();
      const shown = (await row.locator('td').nth(2).textContent())!.trim();
      await expect(efficiency).toContainText(`${shown} with ${workers}`);
    }
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV' }).click();
    const csv = await readFile((await (await downloadPromise).path()) ?? '', 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toMatch(/^sweep,workers,median_ms/);
    expect(lines).toHaveLength(4);
  });

  test('cancel mid-sweep keeps the points already measured', async ({ page }) => {
    // 2e9 values: each point takes about a second, so Cancel lands well before the fourth one, and the
    // first row is seen however fast the machine (waiting for exactly one row missed it when two came
    // between polls).
    await page.goto('/?lab=speedup&lang=en&workload=sum&size=2000000000&max=4&repeats=2');
    await page.getByRole('button', { name: 'Run sweep' }).click();
    await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Cancelled. The points measured so far stay on the chart.')).toBeVisible();
    const rows = await page.getByRole('table').locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(1);
    expect(rows).toBeLessThan(4);
    await expect(page.getByRole('button', { name: 'Run sweep' })).toBeEnabled();
  });

  test('the permalink restores the inputs; results are not taken from the URL', async ({ page }) => {
    await page.goto('/?lab=speedup&lang=en');
    await page.getByLabel('Workload').selectOption('pool-cpu');
    await page.getByLabel('Repeats per point').fill('4');
    await page.getByLabel('Workers up to (K)').fill('3');
    const url = page.url();
    expect(url).toContain('workload=pool-cpu');
    await page.goto(url);
    await expect(page.getByLabel('Workload')).toHaveValue('pool-cpu');
    await expect(page.getByLabel('Repeats per point')).toHaveValue('4');
    await expect(page.getByLabel('Workers up to (K)')).toHaveValue('3');
    await expect(page.getByRole('table')).toHaveCount(0);
  });

  test('after a chunked sum, the article split runs on a press and each table gives time against the fastest sweep', async ({
    page,
  }) => {
    await page.goto(`${SMALL}&grain=8`);
    await page.getByRole('button', { name: 'Run sweep' }).click();
    await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(3, { timeout: 60_000 });
    // One sweep alone has nothing to be compared with.
    await expect(page.getByRole('columnheader', { name: 'Time vs the fastest sweep' })).toHaveCount(0);
    const compare = page.getByRole('button', {
      name: 'Compare with the article’s split (1 chunk per worker)',
    });
    await compare.click();
    const tables = page.getByRole('table');
    await expect(tables).toHaveCount(2, { timeout: 60_000 });
    await expect(tables.nth(1).locator('tbody tr')).toHaveCount(3, { timeout: 60_000 });
    await expect(tables.nth(1)).toHaveAccessibleName('Data: sum, 1 chunks/worker');
    await expect(compare).toHaveCount(0);
    // At every worker count exactly one of the two sweeps is the fastest; the other names it.
    for (let row = 0; row < 3; row++) {
      const cells = [0, 1].map((t) => tables.nth(t).locator('tbody tr').nth(row).locator('td').nth(3));
      const texts = await Promise.all(cells.map((c) => c.textContent()));
      expect(texts.filter((t) => t === 'fastest')).toHaveLength(1);
      const other = texts.find((t) => t !== 'fastest') ?? '';
      expect(other).toMatch(/^\d+\.\d\d× \(sum, (8|1) chunks\/worker\)$/);
      expect(Number(other.split('×')[0])).toBeGreaterThanOrEqual(1);
    }
    // The reading under each table is computed from the same figures.
    const readings = page.getByTestId('versus-fastest');
    await expect(readings).toHaveCount(2);
    await expect(readings.first()).toContainText('point by point against the fastest sweep of the same work');
  });

  test('bad inputs are named with their allowed range', async ({ page }) => {
    await page.goto('/?lab=speedup&lang=en');
    await page.getByLabel('Repeats per point').fill('0');
    await expect(page.getByText('Repeats per point must be an integer from 1 to 20.')).toBeVisible();
    await page.getByLabel('Workers up to (K)').fill('99');
    await expect(page.getByText('Workers up to (K) must be an integer from 1 to 32.')).toBeVisible();
  });
});
