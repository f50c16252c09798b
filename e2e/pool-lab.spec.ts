import { expect, test, type Page } from './support/fixtures.ts';
import { poolCounts as counts } from './support/pool-lab.ts';

/** 200 items, 10% throwing, 5% hanging past a 200 ms timeout, 10% falsy; CPU and I/O mixed. */
const MIXED =
  '/?lab=pool&lang=en&n=200&throw=10&hang=5&falsy=10&timeout=200&workers=4&kind=mixed&iomax=20&cpu=5000';

async function tableIndices(page: Page): Promise<number[]> {
  // The table is virtualised: scroll through it and collect every row it shows.
  const body = page.getByTestId('results-table').locator('[role=rowgroup].virtual-body');
  const seen = new Map<number, number>();
  const total = Number(await page.getByTestId('results-table').getAttribute('data-rows'));
  for (let top = 0; seen.size < total; top += 300) {
    await body.evaluate((el: Element, y: number) => {
      el.scrollTop = y;
      el.dispatchEvent(new Event('scroll'));
    }, top);
    const rows = await body
      .locator('[role=row]')
      .evaluateAll((list) =>
        list.map(
          (r) => [Number(r.getAttribute('aria-rowindex')), Number(r.getAttribute('data-index'))] as const,
        ),
      );
    for (const [position, index] of rows) seen.set(position, index);
    if (top > total * 40) break;
  }
  return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, index]) => index);
}

test.describe('task pool lab', () => {
  test('ordered: 200 rows in input order with the right count per status', async ({ page }) => {
    await page.goto(MIXED);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('pool-status')).toContainText('200 items in', { timeout: 60_000 });
    const c = await counts(page);
    expect(c['ok']! + c['error']! + c['timeout']! + c['cancelled']!).toBe(200);
    expect(c['error']).toBeGreaterThan(5);
    expect(c['timeout']).toBeGreaterThan(0);
    expect(c['cancelled']).toBe(0);
    expect(await tableIndices(page)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    await expect(page.getByTestId('pool-timeline')).toHaveAttribute('data-drawn', '200');
  });

  test('unordered: still 200 outcomes, every index once', async ({ page }) => {
    await page.goto(`${MIXED}&ordered=0`);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('pool-status')).toContainText('200 items in', { timeout: 60_000 });
    const indices = await tableIndices(page);
    expect(indices).toHaveLength(200);
    expect(new Set(indices).size).toBe(200);
  });

  test('cancel mid-run: the rest become cancelled and the counters add up', async ({ page }) => {
    await page.goto('/?lab=pool&lang=en&n=2000&throw=0&hang=0&falsy=0&kind=io&iomin=20&iomax=40&workers=2');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(async () => (await counts(page))['ok'] ?? 0, { timeout: 30_000 }).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByTestId('pool-status')).toContainText('Cancelled');
    await expect
      .poll(async () => {
        const c = await counts(page);
        return c['ok']! + c['error']! + c['timeout']! + c['cancelled']!;
      })
      .toBe(2000);
    expect((await counts(page))['cancelled']).toBeGreaterThan(1000);
  });

  test('log lines carry worker ids, and the replay of the article’s library returns fewer results', async ({
    page,
  }) => {
    await page.goto(MIXED);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('pool-status')).toContainText('200 items in', { timeout: 60_000 });
    const lines = await page.getByTestId('log-lines').locator('li').allInnerTexts();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^\[worker \d+\] /);
    const returned = await page.getByTestId('replay-returned').innerText();
    const [python, items] = [...returned.matchAll(/([\d,]+) results? for ([\d,]+) items/g)].map((match) => [
      Number(match[1]!.replace(/,/g, '')),
      Number(match[2]!.replace(/,/g, '')),
    ])[0]!;
    expect(items).toBe(200);
    expect(python).toBeLessThan(200);
    // The pool's own figures, measured on this run: one outcome per item handed to it, and never more
    // workers alive at once than the 4 asked for.
    expect(returned).toMatch(
      /this pool returned 200 outcomes for the 200 items it was handed, one per item\.$/i,
    );
    const threads = await page
      .getByTestId('replay')
      .getByText(/^num_threads defaults/)
      .innerText();
    const ranAtMost = Number(
      /ran at most (\d+) workers at a time \(the most seen alive at once\)/.exec(threads)?.[1],
    );
    expect(threads).toContain('it would start 200 threads');
    expect(ranAtMost).toBeGreaterThanOrEqual(2);
    expect(ranAtMost).toBeLessThanOrEqual(4);
  });

  test('in Chinese, the replay counts what the pool was handed apart from what the lab cancelled', async ({
    page,
  }) => {
    // Slow I/O items, cancelled early: the pool holds at most 4,096 items it has not yet reported, so it
    // was handed fewer than the 10,000, and it returns exactly one outcome for each it was handed.
    await page.goto('/?lab=pool&lang=zh&n=10000&throw=0&hang=0&falsy=0&kind=io&iomin=30&iomax=40&workers=2');
    await page.getByRole('button', { name: '运行', exact: true }).click();
    await expect.poll(async () => (await counts(page))['ok'] ?? 0, { timeout: 30_000 }).toBeGreaterThan(5);
    await page.getByRole('button', { name: '取消', exact: true }).click();
    const returned = page.getByTestId('replay-returned');
    await expect(returned).toContainText('每个任务一个', { timeout: 30_000 });
    const match = /这个任务池收到 ([\d,]+) 个任务，返回了 ([\d,]+) 个结果/.exec(await returned.innerText());
    expect(match).not.toBeNull();
    const [handed, given] = [match![1]!, match![2]!].map((t) => Number(t.replace(/,/g, '')));
    expect(given).toBe(handed);
    expect(handed).toBeGreaterThan(5);
    expect(handed).toBeLessThan(10_000);
    await expect(page.getByTestId('replay')).toContainText(
      /同时最多运行 [12] 个 Worker（同时存活的最多个数）/,
    );
  });

  test('the process_url preset runs the article’s example with simulated I/O', async ({ page }) => {
    await page.goto('/?lab=pool&lang=en');
    await page.getByLabel('Preset').selectOption('process_url');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('pool-status')).toContainText('40 items in', { timeout: 30_000 });
    await expect(page.getByTestId('log-lines')).toContainText('fetched https://example.com/articles/');
  });

  test('the reading under the results quotes the run’s own counts', async ({ page }) => {
    await page.goto(MIXED);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('pool-status')).toContainText('200 items in', { timeout: 60_000 });
    const c = await counts(page);
    const reading = page.getByTestId('pool-reading');
    await expect(reading).toContainText(/^200 items ended in [\d.]+ s: [\d,]+ items per second on 4 workers/);
    await expect(reading).toContainText(
      /The workers spent (only )?\d+% of the time they were up running items/,
    );
    await expect(reading).toContainText(
      /A typical item waited [\d.]+ ms in the queue .* then ran for [\d.]+ ms/,
    );
    await expect(reading).toContainText(`${c['error']} items threw`);
    await expect(reading).toContainText(
      `${c['timeout']} items timed out: each held its worker for the whole 200 ms`,
    );
    await expect(reading).not.toContainText('GIL');
  });

  test('the simulated GIL: every CPU item takes it, and never two workers at once', async ({ page }) => {
    test.setTimeout(120_000);
    const base = '/?lab=pool&lang=en&n=24&throw=0&hang=0&falsy=0&timeout=0&iomin=30&iomax=50&cpu=150000';
    await page.goto(`${base}&kind=io&workers=1`);
    const gil = page.getByRole('checkbox', { name: /one lock every worker must hold to compute/ });
    await expect(gil).not.toBeChecked();
    await gil.check();
    await expect(page).toHaveURL(/gil=1/);
    await expect(page.getByText('an I/O item releases it for its wait')).toBeVisible();
    const run = async (kind: string, workers: string) => {
      await page.getByLabel('Kind of work').selectOption(kind);
      await page.getByLabel('Workers', { exact: true }).fill(workers);
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await expect(page.getByTestId('pool-status')).toContainText('24 items in', { timeout: 60_000 });
      await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
    };
    await run('io', '1');
    await run('io', '4');
    await run('cpu', '1');
    await run('cpu', '4');
    // CPU items hold the GIL while they compute: each of the 24 took it at least once, and the lock's own
    // count says no two workers ever held it together. (The I/O items' speedup is a timing: the timing
    // project checks it, alone, in pool-gil.timing.spec.ts.)
    const reading = page.getByTestId('pool-reading');
    await expect(reading).toContainText(/never by two workers at once\./);
    const turns = /the GIL, which was taken ([\d,]+) times in this run/.exec(await reading.innerText())?.[1];
    expect(Number(turns?.replace(/,/g, ''))).toBeGreaterThanOrEqual(24);
    const rows = page.getByTestId('pool-history').locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(page.getByTestId('history-time')).toHaveCount(4);
    await expect(rows.nth(3).locator('td').nth(3)).toHaveText('on');
  });

  test('without shared memory the GIL is off, and the form and the GIL step say why', async ({ page }) => {
    await page.addInitScript(() => {
      delete (globalThis as { SharedArrayBuffer?: unknown }).SharedArrayBuffer;
    });
    await page.goto('/?lab=pool&lang=zh&gil=1');
    const gil = page.getByRole('checkbox', { name: /每个 Worker 必须持有同一把锁才能计算/ });
    await expect(gil).toBeDisabled();
    await expect(gil).not.toBeChecked();
    await expect(page.getByText(/^模拟 GIL 需要共享内存：/)).toBeVisible();
    // The lesson step that needs it cannot run, and says why.
    await page.goto('/?lesson=io-under-gil&lang=en');
    const panel = page.getByTestId('lesson-panel');
    await expect(panel).toContainText('This step needs shared memory for the simulated GIL:');
    await expect(panel.getByRole('button', { name: 'Run this step' })).toBeDisabled();
  });

  test('the article’s code: each pitfall’s lines, by keyboard, beside what the runs show', async ({
    page,
  }) => {
    await page.goto(MIXED);
    const code = page.getByTestId('article-code');
    const falsy = code.locator('li[data-pitfall="falsy"]');
    await expect(falsy.getByTestId('pitfall-finding')).toContainText('Run the lab above');
    // Keyboard only: focus the pitfall's button and press Enter.
    // Each of the nine buttons is named for its pitfall.
    const showFalsy = code.getByRole('button', {
      name: 'Show in the code: “if result:” drops falsy results',
      exact: true,
    });
    await expect(code.getByRole('button', { name: /^Show in the code: / })).toHaveCount(9);
    await showFalsy.focus();
    await page.keyboard.press('Enter');
    await expect(showFalsy).toHaveAttribute('aria-pressed', 'true');
    const lines = page.getByRole('region', { name: 'The article’s threading library (Python)' });
    await expect(lines.locator('mark')).toHaveText(['if result:', 'result_items.append(result)']);
    await expect.poll(() => lines.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expect(falsy.locator('pre')).toContainText('if result:');
    // Pressed again, it unmarks the lines.
    await page.keyboard.press('Enter');
    await expect(showFalsy).toHaveAttribute('aria-pressed', 'false');
    await expect(lines.locator('mark')).toHaveCount(0);

    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('pool-status')).toContainText('200 items in', { timeout: 60_000 });
    const falsyCount = /(\d+) results were 0, '', None or False/.exec(
      await page.getByTestId('replay').innerText(),
    )?.[1];
    await expect(falsy.getByTestId('pitfall-finding')).toContainText(`${falsyCount} results were falsy`);
    await expect(code.locator('li[data-pitfall="threads"]')).toContainText(
      'It would start 200 threads, one per item',
    );

    // The two pitfalls that need two calls at once.
    const global = code.locator('li[data-pitfall="globalFunc"]');
    await expect(global.getByTestId('pitfall-finding')).toContainText('Run two calls at once');
    await code.getByRole('button', { name: 'Run two calls at once' }).click();
    await expect(global.getByTestId('pitfall-finding')).toContainText(
      /call A’s 8 outcomes came from process_url and call B’s 12 from url_length, 0 from the other call’s function/,
      { timeout: 30_000 },
    );
    await expect(global).toContainText(
      "A’s caller would have got [23, 23, 23, …] (url_length of its URLs) instead of ['https://example.com/a/1'",
    );
    await expect(code.locator('li[data-pitfall="logging"]')).toContainText(
      'Here all 20 lines carry their worker id.',
    );
  });

  test('bad inputs are named', async ({ page }) => {
    await page.goto('/?lab=pool&lang=en');
    await page.getByLabel('Items that throw (%)').fill('80');
    await page.getByLabel('Items that hang (%)').fill('30');
    await expect(
      page.getByText('The shares of throwing, hanging and falsy items add up to more than 100%.'),
    ).toBeVisible();
    await page.getByLabel('Workers').fill('0');
    await expect(page.getByText('Workers must be an integer from 1 to 16.')).toBeVisible();
  });
});
