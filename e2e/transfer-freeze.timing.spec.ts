import { expect, test } from './support/fixtures.ts';

// Timing-sensitive: runs in the "timing" project, after every other test, so no other test competes for
// the two cores while frames are counted.
test.describe('message passing vs shared memory lab, frame meter', () => {
  test('the frame meter sees the page freeze for a main-thread loop and not for a worker loop', async ({
    page,
  }) => {
    await page.goto('/?lab=transfer&lang=en&loop=600');
    await page.getByRole('button', { name: 'CPU loop on the page' }).click();
    await expect(page.getByTestId('freeze-table').locator('tbody tr')).toHaveCount(1, { timeout: 20_000 });
    await page.getByRole('button', { name: 'CPU loop in a worker' }).click();
    await expect(page.getByTestId('freeze-table').locator('tbody tr')).toHaveCount(2, { timeout: 20_000 });
    const [onPage, inWorker] = (await page.getByTestId('dropped').allInnerTexts()).map(Number);
    const [pageGap, workerGap] = (await page.getByTestId('longest-gap').allInnerTexts()).map(Number);
    console.log(
      `dropped frames: page loop ${onPage}, worker loop ${inWorker}; longest gap ${pageGap} vs ${workerGap} ms`,
    );
    // The page's loop blocks every frame for its whole length; the worker's loop leaves the page free
    // (other tests share these two cores, so the worker side is allowed some late frames).
    expect(pageGap).toBeGreaterThanOrEqual(550);
    expect(onPage).toBeGreaterThanOrEqual(20);
    expect(workerGap).toBeLessThan(300);
    expect(inWorker).toBeLessThan(onPage!);
  });
});
