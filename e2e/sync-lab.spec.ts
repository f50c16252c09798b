import { expect, test } from './support/fixtures.ts';

test.describe('shared memory & locks lab', () => {
  test('the three ways run on real threads: plain loses updates, Atomics.add and the mutex lose none', async ({
    page,
    consoleProblems,
  }) => {
    void consoleProblems;
    await page.goto('/?lab=sync&lang=en&workers=2&m=200000&window=100');
    await page.getByRole('button', { name: 'Compare the three ways' }).click();
    const rows = page.getByTestId('race-table').locator('tbody tr');
    await expect(rows).toHaveCount(3, { timeout: 30_000 });
    const lost = await page.getByTestId('lost').allInnerTexts();
    const [plain, atomic, mutex] = lost.map((t) => Number(t.replace(/,/g, '')));
    expect(plain).toBeGreaterThan(0);
    expect(atomic).toBe(0);
    expect(mutex).toBe(0);
  });

  test('repeated plain runs draw a histogram of final counts', async ({ page, consoleProblems }) => {
    void consoleProblems;
    await page.goto('/?lab=sync&lang=en&workers=2&m=50000&window=50&repeats=6');
    await page.getByRole('button', { name: 'Run repeatedly (histogram)' }).click();
    await expect(page.getByRole('img', { name: /Final counts over 6 runs/ })).toBeVisible({
      timeout: 30_000,
    });
  });

  test('a captured race is replayed step by step to the overwrite', async ({ page, consoleProblems }) => {
    void consoleProblems;
    await page.goto('/?lab=sync&lang=en');
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.getByRole('button', { name: 'Capture a race' }).click();
      await expect(page.getByRole('button', { name: 'Capture a race' })).toBeEnabled();
      if ((await page.getByTestId('capture-lanes').count()) > 0) break;
    }
    const lanes = page.getByTestId('capture-lanes');
    await expect(lanes).toBeVisible();
    await expect(lanes.locator('tbody tr')).toHaveCount(1);
    const forward = page.getByRole('button', { name: 'Forward' });
    while (await forward.isEnabled()) await forward.click();
    await expect(page.getByTestId('capture-verdict')).toContainText('one update lost');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByTestId('capture-verdict')).toHaveCount(0);
  });

  test('you are the scheduler: lose an update by hand, and a shared link replays the schedule', async ({
    page,
    consoleProblems,
  }) => {
    void consoleProblems;
    await page.goto('/?lab=sync&lang=en&program=increment');
    for (const thread of [1, 2, 1, 2, 1, 2])
      await page.getByRole('button', { name: `Run thread ${thread}` }).click();
    await expect(page.getByTestId('sim-verdict')).toContainText('1 update was lost');
    await expect(page).toHaveURL(/schedule=010101/);
    await page.goto(page.url());
    await expect(page.getByTestId('sim-count')).toHaveText('count = 1');
    await expect(page.getByTestId('sim-verdict')).toContainText('1 update was lost');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByTestId('sim-verdict')).not.toContainText('lost');
  });

  test('two locks in opposite order deadlock, and the simulator says who waits for whom', async ({
    page,
  }) => {
    await page.goto('/?lab=sync&lang=en&program=deadlock&schedule=01');
    await expect(page.getByTestId('sim-verdict')).toContainText('Deadlock');
    await expect(page.getByTestId('sim-verdict')).toContainText('thread 1 waits for B, held by thread 2');
    await expect(page.getByRole('button', { name: 'Run thread 1' })).toBeDisabled();
  });

  test('bad inputs are named', async ({ page }) => {
    await page.goto('/?lab=sync&lang=en&schedule=0193');
    await expect(page.getByRole('status', { name: 'URL parameter notices' })).toContainText(
      'URL parameter "schedule" must be text matching ^[0-2]{0,64}$',
    );
    await page.getByLabel('Workers (k)').fill('99');
    await expect(page.getByText('Workers (k) must be an integer from 1 to 16.')).toBeVisible();
  });
});
