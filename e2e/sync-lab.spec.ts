import { expect, test } from './support/fixtures.ts';

test.describe('shared memory & locks lab', () => {
  test('the three ways run on real threads: plain loses updates, Atomics.add and the mutex lose none', async ({
    page,
  }) => {
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

  test('repeated plain runs draw a histogram of final counts', async ({ page }) => {
    await page.goto('/?lab=sync&lang=en&workers=2&m=50000&window=50&repeats=6');
    await page.getByRole('button', { name: 'Run repeatedly (histogram)' }).click();
    const chart = page.getByRole('img', { name: /Final counts over 6 runs/ });
    await expect(chart).toBeVisible({ timeout: 30_000 });
    // Each bar says which final counts it holds and how many runs ended there: six runs in all, each
    // one's count between 1 and k × m = 100,000.
    const bars = await chart.locator('.bins rect title').allTextContents();
    expect(bars.length).toBeGreaterThan(0);
    let runs = 0;
    for (const bar of bars) {
      const match = /^final count ([\d,]+)(?: to ([\d,]+))?: (\d+) runs?$/.exec(bar);
      expect(match, bar).not.toBeNull();
      const [low, high] = [match![1]!, match![2] ?? match![1]!].map((t) => Number(t.replace(/,/g, '')));
      expect(low).toBeGreaterThanOrEqual(1);
      expect(high).toBeLessThanOrEqual(100_000);
      runs += Number(match![3]);
    }
    expect(runs).toBe(6);
    // The reading under it counts the runs that lost updates and quotes the lowest final count, which is
    // where the first bar starts.
    const reading = page.getByTestId('race-histogram-reading');
    await expect(reading).toContainText(
      /All 6 runs lost updates|\d of the 6 runs lost updates|None of the 6 runs/,
    );
    const lowest = /^final count ([\d,]+)/.exec(bars[0]!)![1]!;
    const text = await reading.innerText();
    if (!text.startsWith('None')) expect(text).toMatch(new RegExp(`ended (between|at) ${lowest}[ ,]`));
  });

  test('a captured race is replayed step by step to the overwrite', async ({ page }) => {
    await page.goto('/?lab=sync&lang=en');
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.getByRole('button', { name: 'Capture a race' }).click();
      await expect(page.getByRole('button', { name: 'Capture a race' })).toBeEnabled();
      // Every capture explains its count: the log's overwrites add up to what the counter lost.
      await expect(page.getByTestId('capture-count')).toHaveText(
        /^The counter reached (\d+) of \1\. No update was lost|exactly what the counter lost/,
      );
      if ((await page.getByTestId('capture-lanes').count()) > 0) break;
    }
    const lanes = page.getByTestId('capture-lanes');
    await expect(lanes).toBeVisible();
    await expect(lanes.locator('tbody tr')).toHaveCount(1);
    // Step by step, then straight to the overwrite (the stale read and the overwrite can be far apart).
    const forward = page.getByRole('button', { name: 'Forward' });
    await forward.click();
    await expect(page.getByTestId('capture-step')).toContainText('Step 2 of');
    await page.getByRole('button', { name: 'To the overwrite' }).click();
    await expect(forward).toBeDisabled();
    await expect(page.getByTestId('capture-verdict')).toContainText(/update(s)? lost/);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByTestId('capture-verdict')).toHaveCount(0);
  });

  test('you are the scheduler: lose an update by hand, and a shared link replays the schedule', async ({
    page,
  }) => {
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

  test('a traced mutex race shows who held the lock and how often it changed hands', async ({ page }) => {
    await page.goto('/?lab=sync&lang=en&mode=mutex&workers=2&m=20000&window=100');
    await expect(page.getByLabel(/Record who holds the lock/)).toBeChecked();
    await page.getByRole('button', { name: 'Run', exact: true }).first().click();
    const timeline = page.getByTestId('race-lock-timeline');
    await expect(timeline).toBeVisible({ timeout: 30_000 });
    expect(await timeline.locator('rect.bar-hold').count()).toBeGreaterThan(0);
    await expect(timeline.getByTestId('lock-handoffs')).toContainText('per second');
    await expect(page.getByTestId('race-table')).toContainText('(traced)');
  });

  test('two workers deadlock on real locks, a timeout reports the cycle, and one lock order fixes it', async ({
    page,
  }) => {
    // Both stay stuck for about 1.9 s (timeout 2000 after a 100 ms hold): longer than the 1 s between
    // the assertion's late polls, which a 300 ms window could fall between.
    await page.goto('/?lab=sync&lang=en&dlk=2&hold=100&locktimeout=2000');
    const section = page.getByRole('region', { name: 'Deadlock, and the fix' });
    await section.getByRole('button', { name: 'Run', exact: true }).click();
    // While both are stuck, the live panel says who holds and who waits.
    await expect(section.getByTestId('deadlock-live')).toContainText('waits for', { timeout: 10_000 });
    await expect(section.getByTestId('deadlock-result')).toContainText('Deadlock: found by worker', {
      timeout: 10_000,
    });
    const cycle = section.getByTestId('deadlock-cycle').locator('li');
    await expect(cycle).toHaveCount(2);
    await expect(section.getByTestId('deadlock-cycle')).toContainText(
      /worker 1 waits for B, held by worker 2/,
    );
    await expect(section.getByRole('img', { name: 'Wait-for graph' })).toBeVisible();
    await expect(
      section.getByTestId('deadlock-timeline').locator('rect.bar-gaveup, rect.bar-gaveup-alt'),
    ).not.toHaveCount(0);

    await section.getByLabel(/one global order/).check();
    await expect(page).toHaveURL(/order=same/);
    await section.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(section.getByTestId('deadlock-result')).toContainText('All 2 workers finished', {
      timeout: 10_000,
    });
    await expect(section.locator('tr[data-outcome="done"]')).toHaveCount(2);
  });

  test('a semaphore keeps connections under its permits, and a barrier lines workers up', async ({
    page,
  }) => {
    // Five workers start together and hold a connection 100 ms each: two are open at once unless the
    // semaphore admits only one, and never three.
    await page.goto('/?lab=sync&lang=en&semk=5&permits=2&conns=2&connms=100&bark=3&phases=3&workms=30');
    const semaphore = page.getByRole('region', { name: 'A semaphore limits connections' });
    await semaphore.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(semaphore.getByTestId('semaphore-result')).toHaveText(
      /Most connections open at once: 2 \(permits: 2\)\./,
      { timeout: 10_000 },
    );
    // A bar per connection, 5 workers x 2, where the timeline merges a worker's back-to-back ones: at
    // least one per worker, at most ten.
    const holds = semaphore.getByTestId('semaphore-timeline').locator('rect.bar-hold');
    await expect.poll(() => holds.count()).toBeGreaterThanOrEqual(5);
    expect(await holds.count()).toBeLessThanOrEqual(10);

    const barrier = page.getByRole('region', { name: 'A barrier between phases' });
    await barrier.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(barrier.getByTestId('barrier-result')).toHaveText(/^✓ In all 3 phases/, { timeout: 10_000 });
  });

  test('bad inputs are named', async ({ page }) => {
    await page.goto('/?lab=sync&lang=en&schedule=0193');
    await expect(page.getByRole('status', { name: 'URL parameter notices' })).toContainText(
      'URL parameter "schedule" must be text matching ^[0-2]{0,64}$',
    );
    await page.getByLabel('Workers (k)').fill('99');
    await expect(page.getByText('Workers (k) must be an integer from 1 to 16.')).toBeVisible();
    await page.getByLabel('Lock timeout (ms)').fill('5');
    await expect(page.getByText('Lock timeout (ms) must be an integer from 50 to 10,000.')).toBeVisible();
    const deadlock = page.getByRole('region', { name: 'Deadlock, and the fix' });
    await deadlock.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(deadlock.getByText('Fix the inputs marked below, then run again.')).toBeVisible();
  });
});
