// The code lab in Python: the learner's program runs on a Pyodide of each worker's own, served by this site.
import { expect, test, type Page } from './support/fixtures.ts';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { raceThenFixed, setEditorText, shownValues } from './support/code-lab.ts';
import { poolCounts as counts } from './support/pool-lab.ts';

const PYTHON = '/?lab=code&lang=en&language=python';

/** Starting Python in every worker takes seconds on a slow machine, before the first item. */
const RUN_MS = 120_000;

async function run(page: Page, finished: string | RegExp = /items in/) {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('code-status')).toContainText(finished, { timeout: RUN_MS });
}

test.describe('code lab in Python', () => {
  test('the SummingThread preset sums its range in Python on 2 workers: the exact total', async ({
    page,
  }) => {
    await page.goto(PYTHON);
    await expect(page.getByTestId('code-editor').locator('.cm-content')).toContainText('def work(item):');
    await expect(page.getByTestId('python-note')).toContainText('Pyodide');
    await run(page, '8 items in');
    expect(await counts(page)).toMatchObject({ ok: 8, error: 0, timeout: 0, cancelled: 0 });
    const total = [...(await shownValues(page)).values()]
      .map((text) => BigInt(text.replace(/[^\d]/g, '')))
      .reduce((a, b) => a + b, 0n);
    // The preset's range is [0, 20,000,000): n(n - 1) / 2.
    expect(total).toBe((20_000_000n * 19_999_999n) / 2n);
  });

  test('Cancel while Python starts: the run ends cancelled, no worker stays, the form comes back', async ({
    page,
  }) => {
    await page.goto(`${PYTHON}&from=json&items=${encodeURIComponent('[1, 2, 3]')}&workers=2`);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('code-status')).toContainText('Starting Python in 2 workers', {
      timeout: RUN_MS,
    });
    // While Python starts, the run is on: the form is locked and Cancel is there.
    await expect(page.getByLabel('Code language')).toBeDisabled();
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByTestId('code-status')).toContainText('Cancelled');
    await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(0);
    await expect(page.getByLabel('Code language')).toBeEnabled();
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled();
  });

  test('an exception names its type and the learner’s line; print() is a worker-tagged log line', async ({
    page,
  }) => {
    await page.goto(`${PYTHON}&from=json&items=${encodeURIComponent('[5, 0, 2]')}&workers=2`);
    await setEditorText(
      page,
      'code-editor',
      '# tens\ndef work(item):\n    print("got", item)\n    return 10 // item\n',
    );
    await run(page, '3 items in');
    expect(await counts(page)).toMatchObject({ ok: 2, error: 1 });
    await expect(page.getByTestId('first-error')).toContainText('Code, line 4');
    await expect(page.getByTestId('first-error')).toContainText(
      'Code, line 4: ZeroDivisionError: division by zero (your-code.py:4)',
    );
    await expect(page.getByTestId('code-editor').locator('.cm-error-line')).toContainText(
      'return 10 // item',
    );
    await expect(page.getByText(/\[worker \d+\] got 2/)).toBeVisible();
    const values = await shownValues(page);
    expect([values.get(0), values.get(2)]).toEqual(['2', '5']);
  });

  test('an endless Python loop ends as timeout; its replacement starts Python outside the next items’ time', async ({
    page,
  }) => {
    // One worker and a 1 s timeout: starting Python in the replacement takes longer than that, so it must
    // not count against the items after the hang.
    await page.goto(
      `${PYTHON}&from=json&items=${encodeURIComponent('[1, 2, 3, 4, 5]')}&workers=1&timeout=1000`,
    );
    await setEditorText(
      page,
      'code-editor',
      'def work(item):\n    while item == 2:\n        pass\n    return item\n',
    );
    await run(page, '5 items in');
    expect(await counts(page)).toMatchObject({ ok: 4, timeout: 1, error: 0, cancelled: 0 });
  });

  test('a Python items generator runs in a worker; its exception names the line in the items editor', async ({
    page,
  }) => {
    await page.goto(`${PYTHON}&preset=io`);
    await expect(page.getByTestId('items-editor').locator('.cm-content')).toContainText('def items():');
    await run(page, '32 items in');
    expect(await counts(page)).toMatchObject({ ok: 32 });
    await setEditorText(
      page,
      'items-editor',
      'def items():\n    yield {"id": 1, "wait_ms": 1}\n    raise ValueError("no more")\n',
    );
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('run-problem')).toContainText('Items, line 3', { timeout: RUN_MS });
    await expect(page.getByTestId('run-problem')).toContainText('ValueError: no more');
    await expect(page.getByTestId('items-editor').locator('.cm-error-line')).toContainText(
      'raise ValueError',
    );
  });

  test('the racy counter loses no more than it counts in Python; Atomics.add from js counts every one', async ({
    page,
  }) => {
    await page.goto(`${PYTHON}&preset=race`);
    await raceThenFixed(page, 2_000_000, run);
  });

  test('the language choice is in the address and survives a reload; each language keeps its own edits', async ({
    page,
  }) => {
    await page.goto('/?lab=code&lang=en&from=json&items=%5B1%5D');
    await setEditorText(page, 'code-editor', 'function work(item) {\n  return "js edit";\n}\n');
    await page.getByLabel('Code language').selectOption('python');
    await expect(page).toHaveURL(/language=python/);
    const editor = page.getByTestId('code-editor').locator('.cm-content');
    await expect(editor).toContainText('def work(item):');
    await setEditorText(page, 'code-editor', 'def work(item):\n    return "py edit"\n');
    await page.reload();
    await expect(page.getByLabel('Code language')).toHaveValue('python');
    await expect(editor).toContainText('py edit');
    await page.getByLabel('Code language').selectOption('js');
    await expect(editor).toContainText('js edit');
  });

  test('Speedup 1..2 sweeps a Python task with each worker’s Python started before the clock', async ({
    page,
  }) => {
    await page.goto(`${PYTHON}&preset=primes&high=100000&k=2`);
    await page.getByRole('button', { name: 'Speedup 1..2' }).click();
    const section = page.getByTestId('code-sweep');
    await expect(section.getByTestId('speedup-reading')).toBeVisible({ timeout: RUN_MS });
    await expect(section.getByRole('table').first().locator('tbody tr')).toHaveCount(2);
  });

  test('in Chinese and dark, the Python note reads, with nothing serious for axe', async ({ page }) => {
    await page.goto(`${PYTHON.replace('lang=en', 'lang=zh')}&theme=dark&from=json&items=%5B1%2C2%5D`);
    await expect(page.getByTestId('python-note')).toContainText('Pyodide');
    await expect(page.getByLabel('代码语言')).toHaveValue('python');
    await page.getByRole('button', { name: '运行', exact: true }).click();
    await expect(page.getByTestId('code-status')).toContainText('2 项', { timeout: RUN_MS });
    await expectNoSeriousAxeViolations(page, 'code lab in Python, zh dark');
  });
});
