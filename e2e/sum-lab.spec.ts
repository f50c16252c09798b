import { expect, test } from './support/fixtures.ts';

test.describe('chunked summation lab', () => {
  test('the default run sums the article’s range exactly on workers', async ({ page }) => {
    await page.goto('/?lab=sum&lang=en');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('sum-total')).toHaveText('499,999,500,000', { timeout: 20_000 });
    await expect(page.getByTestId('sum-check')).toContainText('matches');
    await expect(page.getByRole('img', { name: /Chunks over time on 2 workers/ })).toBeVisible();
    expect(await page.locator('.lane-timeline rect.bar').count()).toBe(8);
  });

  test('shared memory with 2 workers gives the same total, and the inputs go into the URL', async ({
    page,
  }) => {
    await page.goto('/?lab=sum&lang=en');
    await page.getByLabel('shared memory (SharedArrayBuffer + Atomics)').check();
    await page.getByLabel('Workers', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('sum-total')).toHaveText('499,999,500,000', { timeout: 20_000 });
    await expect(page).toHaveURL(/transport=shared/);
    await page.reload();
    await expect(page.getByLabel('shared memory (SharedArrayBuffer + Atomics)')).toBeChecked();
  });

  test('with the simulated GIL the run reports lock hand-offs', async ({ page }) => {
    await page.goto('/?lab=sum&lang=en&high=20000000&workers=2&gil=5');
    await expect(page.getByLabel('Switch interval (ms)')).toHaveValue('5');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('sum-total')).toHaveText('199,999,990,000,000', { timeout: 30_000 });
    const handoffs = Number((await page.getByTestId('sum-handoffs').innerText()).replace(/,/g, ''));
    expect(handoffs).toBeGreaterThan(0);
    // Who holds the GIL: both workers hold it in turn and wait for it in between.
    const timeline = page.getByTestId('sum-gil-timeline');
    await expect(timeline).toBeVisible();
    expect(await timeline.locator('rect.bar-hold').count()).toBeGreaterThan(2);
    expect(await timeline.locator('rect.bar-wait').count()).toBeGreaterThan(0);
    await expect(timeline.getByTestId('lock-handoffs')).toContainText('per second');
  });

  test('the main thread run freezes the frame meter and still sums exactly', async ({ page }) => {
    // 4e8 values take about 0.4 s at ~1 ns each: a freeze well past 100 ms even on a fast machine.
    await page.goto('/?lab=sum&lang=en&high=400000000&where=main');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('sum-total')).toHaveText('79,999,999,800,000,000', { timeout: 30_000 });
    await expect(page.locator('.frame-meter')).toContainText(/longest gap \d{3,} ms/, {
      timeout: 5_000,
    });
  });

  test('bad inputs get a message naming the field and what is allowed; Run then refuses', async ({
    page,
  }) => {
    await page.goto('/?lab=sum&lang=en');
    await page.getByLabel('Workers', { exact: true }).fill('0');
    await expect(page.getByText('Workers must be an integer from 1 to 64.')).toBeVisible();
    await page.getByLabel('Low (inclusive)').fill('5');
    await page.getByLabel('High (exclusive)').fill('1');
    await expect(page.getByText('Low (inclusive) must not be above High (exclusive)')).toBeVisible();
    await page.getByLabel('High (exclusive)').fill('9007199254740993');
    await expect(
      page.getByText(/High \(exclusive\) must be an integer from -9,007,199,254,740,991/),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByText('Fix the inputs marked below, then run again.')).toBeVisible();
    await expect(page.getByTestId('sum-total')).toHaveCount(0);
  });

  test('bad URL values are named, and the defaults are used', async ({ page }) => {
    await page.goto('/?lab=sum&lang=en&workers=abc&low=9&high=3&transport=pipe');
    const notices = await page.getByRole('status', { name: 'URL parameter notices' }).innerText();
    expect(notices).toContain('URL parameter "workers" must be an integer from 1 to 64; got "abc"');
    expect(notices).toContain('URL parameter "transport" must be one of "message", "shared"; got "pipe"');
    expect(notices).toContain('URL parameter "low" must not be above "high"; got 9');
    await expect(page.getByLabel('Workers', { exact: true })).toHaveValue('2');
    await expect(page.getByLabel('Low (inclusive)')).toHaveValue('0');
  });

  test('cancel stops a long run and keeps the last result', async ({ page }) => {
    await page.goto('/?lab=sum&lang=en');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('sum-total')).toHaveText('499,999,500,000', { timeout: 20_000 });
    await page.getByLabel('High (exclusive)').fill('4000000000000');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Cancelled. The last finished result stays below.')).toBeVisible();
    await expect(page.getByTestId('sum-total')).toHaveText('499,999,500,000');
    await expect(page.getByRole('button', { name: 'Run' })).toBeEnabled();
  });
});
