import { expect, test } from './support/fixtures.ts';

// The simulated GIL's I/O speedup, a wall-time ratio: in the "timing" project, alone, after everything
// else, so other tests do not share the cores. I/O items release the GIL while they wait, so 4 workers wait
// at once and finish well over twice as fast as 1.
test('under the simulated GIL, I/O items on 4 workers finish over twice as fast as on 1', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?lab=pool&lang=en&n=24&throw=0&hang=0&falsy=0&timeout=0&iomin=30&iomax=50&kind=io&gil=1');
  await expect(
    page.getByRole('checkbox', { name: /one lock every worker must hold to compute/ }),
  ).toBeChecked();
  const run = async (workers: string) => {
    await page.getByLabel('Workers', { exact: true }).fill(workers);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('pool-status')).toContainText('24 items in', { timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  };
  await run('1');
  await run('4');
  const rows = page.getByTestId('pool-history').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  const times = (await page.getByTestId('history-time').allInnerTexts()).map((t) =>
    Number(t.replace(/,/g, '')),
  );
  expect(times).toHaveLength(2);
  expect(times[0]! / times[1]!).toBeGreaterThan(2);
  await expect(rows.nth(1)).toContainText('faster');
  await expect(rows.nth(1).locator('td').nth(3)).toHaveText('on');
});
