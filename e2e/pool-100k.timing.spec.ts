import { expect, test } from './support/fixtures.ts';
import { poolCounts } from './support/pool-lab.ts';

// A 100k-item run with its timeline drawn: every item gets exactly one outcome, the failures asked for
// (1% throwing, by a stable hash of the index) are the ones counted, and the timeline draws them all.
// Long tasks (> 50 ms) on the page's thread are counted with a PerformanceObserver and reported, not
// asserted: that budget is a timing and is held by the bench (`npm run bench -- --workload pool-lab`).
// Runs in the "timing" project, after everything else.
test('a 100k-item run gives one outcome per item, the failures asked for, and draws them all', async ({
  page,
}) => {
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
  const counts = await poolCounts(page);
  expect(counts['ok']! + counts['error']!).toBe(100_000);
  expect(counts['timeout']).toBe(0);
  expect(counts['cancelled']).toBe(0);
  // 1% of 100,000 by a uniform hash: 1,000 give or take a few tens (one standard deviation is about 31).
  expect(counts['error']).toBeGreaterThan(850);
  expect(counts['error']).toBeLessThan(1150);
  await expect(page.getByTestId('results-table')).toHaveAttribute('data-rows', '100000');
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  console.log(
    `100k-item run: ${longTasks.length} long tasks over 50 ms (longest ${Math.max(0, ...longTasks).toFixed(0)} ms)`,
  );
  const status = await page.getByTestId('pool-status').innerText();
  console.log(`100k-item run: ${status}`);
});
