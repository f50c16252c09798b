import { expect, test } from './support/fixtures.ts';

// A 100k-item run with its timeline drawn, counting long tasks (> 50 ms) on the page's thread with a
// PerformanceObserver. The count is reported, not asserted: the budget is held by the bench
// (`npm run bench -- --workload pool-lab`). Runs in the "timing" project, after everything else.
test('a 100k-item run completes with the timeline drawn; long tasks are counted', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(
    '/?lab=pool&lang=en&n=100000&throw=1&hang=0&falsy=5&kind=cpu&cpu=200&timeout=2000&workers=2',
  );
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('pool-status')).toContainText('100,000 items in', { timeout: 150_000 });
  // The timeline says how many outcomes it has drawn once it has caught up with them all.
  await expect(page.getByTestId('pool-timeline')).toHaveAttribute('data-drawn', '100000', {
    timeout: 30_000,
  });
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(
    `100k-item run: ${longTasks.length} long tasks over 50 ms (longest ${Math.max(0, ...longTasks).toFixed(0)} ms)`,
  );
  const status = await page.getByTestId('pool-status').innerText();
  console.log(`100k-item run: ${status}`);
});
