import { expect, test, type Page } from './support/fixtures.ts';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { countWorkers, raceThenFixed, setEditorText, shownValues } from './support/code-lab.ts';
import { E2E_PORT, PLAIN_ORIGIN } from './support/origins.ts';
import { poolCounts as counts } from './support/pool-lab.ts';

const JSON_ITEMS = (items: string) => `/?lab=code&lang=en&from=json&items=${encodeURIComponent(items)}`;

async function run(page: Page, finished: string | RegExp = /items in/) {
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(page.getByTestId('code-status')).toContainText(finished, { timeout: 60_000 });
}

test.describe('code lab', () => {
  test('a task typed into the editor runs on 2 workers, one outcome per item', async ({ page }) => {
    await page.goto(JSON_ITEMS('[1, 2, 3, 4, 5, 6]') + '&workers=2');
    await setEditorText(
      page,
      'code-editor',
      'function work(item) {\n  console.log("got", item);\n  return item * 10;\n}\n',
    );
    await run(page, '6 items in');
    expect(await counts(page)).toMatchObject({ ok: 6, error: 0, timeout: 0, cancelled: 0 });
    const values = await shownValues(page);
    expect([...values.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v)).toEqual([
      '10',
      '20',
      '30',
      '40',
      '50',
      '60',
    ]);
    // Worker-tagged console lines, as the pool lab shows them.
    await expect(page.getByText(/\[worker \d+\] got 3/)).toBeVisible();
  });

  test('Tab indents in the editor; Escape then Tab leaves it, as the note says', async ({ page }) => {
    await page.goto(JSON_ITEMS('[1]'));
    const content = page.getByTestId('code-editor').locator('.cm-content');
    await content.click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(content).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(content).not.toBeFocused();
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    await expect(page.getByText('To leave the editor with the keyboard press Esc, then Tab')).toBeVisible();
  });

  test('a syntax error names its line, marks it, and starts no worker', async ({ page }) => {
    const workers = countWorkers(page);
    await page.goto(JSON_ITEMS('[1, 2]'));
    await setEditorText(page, 'code-editor', 'function work(item) {\n  const x = 1;\n  return item +;\n}\n');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const problem = page.getByTestId('run-problem');
    await expect(problem).toContainText('Code, line 3, column 16: SyntaxError');
    await expect(problem).toHaveAttribute('data-line', '3');
    await expect(page.getByTestId('code-editor').locator('.cm-error-line')).toHaveText('  return item +;');
    await page.getByRole('button', { name: 'Go to line 3' }).click();
    await expect(page.getByTestId('code-editor').locator('.cm-content')).toBeFocused();
    expect(workers.started()).toBe(0);
  });

  test('a thrown error names the line it was thrown on; the other items keep their values', async ({
    page,
  }) => {
    await page.goto(JSON_ITEMS('[1, 2, 3, 4]'));
    await setEditorText(
      page,
      'code-editor',
      '// comment\nfunction work(item) {\n  if (item === 3) {\n    throw new RangeError("three is bad");\n  }\n  return item;\n}\n',
    );
    await run(page, '4 items in');
    expect(await counts(page)).toMatchObject({ ok: 3, error: 1 });
    await expect(page.getByTestId('first-error')).toContainText('Code, line 4');
    await expect(page.getByTestId('first-error')).toContainText('RangeError: three is bad');
    await expect(page.getByTestId('code-editor').locator('.cm-error-line')).toContainText(
      'throw new RangeError',
    );
  });

  test('an endless loop ends as timeout and the rest of the run goes on', async ({ page }) => {
    await page.goto(JSON_ITEMS('[1, 2, 3, 4, 5, 6]') + '&timeout=400&workers=2');
    await setEditorText(
      page,
      'code-editor',
      'function work(item) {\n  while (item === 2) {}\n  return item;\n}\n',
    );
    await run(page, '6 items in');
    expect(await counts(page)).toMatchObject({ ok: 5, timeout: 1, error: 0, cancelled: 0 });
  });

  test('Cancel stops a run: what ended keeps its outcome, the rest is cancelled', async ({ page }) => {
    // A timeout far off (none would let the pool share reports of tiny items, which an endless item then holds).
    await page.goto(JSON_ITEMS('[1, 2, 3, 4, 5, 6]') + '&timeout=60000&workers=2');
    await setEditorText(
      page,
      'code-editor',
      'function work(item) {\n  while (item > 2) {}\n  return item;\n}\n',
    );
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(async () => (await counts(page))['ok'] ?? 0, { timeout: 30_000 }).toBe(2);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByTestId('code-status')).toContainText('Cancelled');
    expect(await counts(page)).toMatchObject({ ok: 2, cancelled: 4, timeout: 0 });
  });

  test('inputs survive a reload even when they equal the lab’s defaults, not the preset’s', async ({
    page,
  }) => {
    await page.goto('/?lab=code&lang=en&preset=race');
    await expect(page.getByLabel('Shared Int32Array elements (0 = none)')).toHaveValue('1');
    await page.getByLabel('Shared Int32Array elements (0 = none)').fill('0');
    await page.getByLabel('Workers', { exact: true }).fill('2');
    await expect.poll(() => new URL(page.url()).searchParams.get('shared')).toBe('0');
    await page.reload();
    await expect(page.getByLabel('Shared Int32Array elements (0 = none)')).toHaveValue('0');
    await expect(page.getByLabel('Workers', { exact: true })).toHaveValue('2');
  });

  test('a link with code fills the editor, says so, and starts no worker before Run', async ({ page }) => {
    const workers = countWorkers(page);
    const fn = 'function work(item) {\n  return item.length; // from a link\n}\n';
    await page.goto(`${JSON_ITEMS('["a", "bb", "ccc"]')}&fn=${encodeURIComponent(fn)}`);
    await expect(page.getByTestId('link-code-note')).toContainText('This link contains code');
    await expect(page.getByTestId('code-editor')).toContainText('return item.length; // from a link');
    await page.waitForTimeout(1000);
    expect(workers.started()).toBe(0);
    await run(page, '3 items in');
    expect(workers.started()).toBeGreaterThan(0);
    expect([...(await shownValues(page)).values()].sort()).toEqual(['1', '2', '3']);
    await expect(page.getByTestId('link-code-note')).toHaveCount(0);
  });

  test('a long program goes into a compressed link and comes back exactly', async ({ page, context }) => {
    await page.goto(JSON_ITEMS('[1, 2]'));
    const lines = Array.from({ length: 60 }, (_, i) => `  total += item * ${i}; // 第 ${i} 行`);
    const fn = `function work(item) {\n  let total = 0;\n${lines.join('\n')}\n  return total;\n}\n`;
    await setEditorText(page, 'code-editor', fn);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy a link with this code' }).click();
    await expect(page.getByTestId('code-link')).toContainText('Copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('fn')?.startsWith('~z1.')).toBe(true);
    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByTestId('link-code-note')).toBeVisible();
    await run(other, '2 items in');
    const sum = Array.from({ length: 60 }, (_, i) => i).reduce((a, b) => a + b, 0);
    expect([...(await shownValues(other)).values()].sort()).toEqual([String(sum), String(2 * sum)].sort());
  });

  test('a task cannot reach another origin, start a worker or forge the pool’s messages', async ({
    page,
  }) => {
    const other = `http://localhost:${E2E_PORT}`;
    const probes = {
      fetch: `fetch('${other}/', { mode: 'no-cors' }).then(() => 'reached', (e) => 'blocked: ' + e.name)`,
      xhr: `new Promise((r) => { const x = new XMLHttpRequest(); x.onload = () => r('reached'); x.onerror = () => r('blocked: error'); try { x.open('GET', '${other}/'); x.send(); } catch (e) { r('blocked: ' + e.name); } })`,
      websocket: `new Promise((r) => { try { const s = new WebSocket('ws://localhost:${E2E_PORT}/'); s.onopen = () => r('reached'); s.onerror = () => r('blocked: error'); } catch (e) { r('blocked: ' + e.name); } })`,
      eventsource: `new Promise((r) => { try { const s = new EventSource('${other}/'); s.onopen = () => r('reached'); s.onerror = () => { s.close(); r('blocked: error'); }; } catch (e) { r('blocked: ' + e.name); } })`,
      // Real scripts (the worker's own), so only the policy can stop them.
      import: `import('${other}' + self.location.pathname).then(() => 'reached', (e) => 'blocked: ' + e.name)`,
      worker: `new Promise((r) => { try { const w = new Worker(self.location.href, { type: 'module' }); w.onerror = () => r('blocked: error'); setTimeout(() => r('reached'), 2000); } catch (e) { r('blocked: ' + e.name); } })`,
      forge: `Promise.resolve().then(() => { postMessage({ type: 'report' }); return 'reached'; }).catch((e) => 'blocked: ' + e.name)`,
    };
    const names = Object.keys(probes);
    const fn = `const PROBES = {\n${Object.entries(probes)
      .map(([name, code]) => `  ${name}: () => ${code},`)
      .join('\n')}\n};\nasync function work(name) {\n  return name + ' ' + (await PROBES[name]());\n}\n`;
    await page.goto(JSON_ITEMS(JSON.stringify(names)) + '&timeout=8000');
    await setEditorText(page, 'code-editor', fn);
    await run(page, `${names.length} items in`);
    expect(await counts(page)).toMatchObject({ ok: names.length });
    const values = [...(await shownValues(page)).values()];
    for (const name of names)
      expect(values, name).toContainEqual(expect.stringMatching(new RegExp(`^${name} blocked`)));
  });

  test('items from a generator run in a worker; its error names the line in the items editor', async ({
    page,
  }) => {
    await page.goto('/?lab=code&lang=en&from=generator');
    await setEditorText(page, 'code-editor', 'function work(item) {\n  return item * 2;\n}\n');
    await setEditorText(
      page,
      'items-editor',
      'function* items() {\n  for (let i = 0; i < 50; i++) yield i;\n}\n',
    );
    await run(page, '50 items in');
    expect(await counts(page)).toMatchObject({ ok: 50 });
    await setEditorText(
      page,
      'items-editor',
      'function* items() {\n  yield 1;\n  throw new Error("no more");\n}\n',
    );
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('run-problem')).toContainText('Items, line 3');
    await expect(page.getByTestId('items-editor').locator('.cm-error-line')).toContainText('throw new Error');
  });

  test('the racy counter loses updates in shared memory; Atomics.add does not', async ({ page }) => {
    await page.goto('/?lab=code&lang=en&preset=race');
    await raceThenFixed(page, 40_000_000, run);
  });

  test('Speedup 1..2 sweeps the task and draws the chart with its reading', async ({ page }) => {
    await page.goto('/?lab=code&lang=en&preset=primes&high=400000&k=2');
    await page.getByRole('button', { name: 'Speedup 1..2' }).click();
    const section = page.getByTestId('code-sweep');
    await expect(section.getByTestId('speedup-reading')).toBeVisible({ timeout: 60_000 });
    await expect(section.locator('svg').first()).toBeVisible();
    await expect(section.getByRole('table').first().locator('tbody tr')).toHaveCount(2);
    await expectNoSeriousAxeViolations(page, 'code lab after a sweep');
  });

  test('Cancel during a sweep or while items are made ends it: the buttons come back', async ({ page }) => {
    await page.goto('/?lab=code&lang=en&preset=primes&high=4000000&k=2');
    await page.getByRole('button', { name: 'Speedup 1..2' }).click();
    await expect(page.getByTestId('code-sweep')).toContainText('Running on', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled({ timeout: 10_000 });
    await expect(page.getByRole('button', { name: 'Speedup 1..2' })).toBeEnabled();
    await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(0);
    // A generator that takes its time: Cancel while it makes items.
    await page.goto('/?lab=code&lang=en&from=generator');
    await setEditorText(
      page,
      'items-editor',
      'async function* items() {\n  for (let i = 0; ; i++) {\n    await new Promise((r) => setTimeout(r, 5));\n    yield i;\n  }\n}\n',
    );
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(page.getByTestId('code-status')).toContainText('items() made', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeEnabled({ timeout: 10_000 });
    await expect.poll(() => page.workers().length, { timeout: 10_000 }).toBe(0);
  });

  test('in Chinese, with nothing serious for axe in light and dark', async ({ page }) => {
    await page.goto(JSON_ITEMS('[1, 2, 3]').replace('lang=en', 'lang=zh'));
    await expect(page.getByRole('heading', { name: '你自己的代码' })).toBeVisible();
    await expect(page.getByTestId('code-editor').locator('.cm-content')).toBeVisible();
    await page.getByRole('button', { name: '运行', exact: true }).click();
    await expect(page.getByTestId('code-status')).toContainText('3 项', { timeout: 60_000 });
    await expectNoSeriousAxeViolations(page, 'code lab, zh');
    await page.goto(JSON_ITEMS('[1, 2, 3]') + '&theme=dark');
    await expect(page.getByTestId('code-editor').locator('.cm-content')).toBeVisible();
    await expectNoSeriousAxeViolations(page, 'code lab, dark');
  });

  test.describe('served without headers (not isolated, no worker policy)', () => {
    test.use({ serviceWorkers: 'block' });

    test('runs everything but shared memory; code from a link waits for a second Run', async ({ page }) => {
      const fn = 'function work(item) {\n  return item + 1;\n}\n';
      await page.goto(`${PLAIN_ORIGIN}${JSON_ITEMS('[1, 2, 3]')}&fn=${encodeURIComponent(fn)}`);
      await expect(page.getByTestId('link-code-note')).toBeVisible({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await expect(page.getByTestId('run-problem')).toContainText('this code came from a link');
      await expect(page.getByTestId('results-table')).toHaveCount(0);
      await run(page, '3 items in');
      expect(await counts(page)).toMatchObject({ ok: 3 });
      await expect(page.getByTestId('unprotected')).toBeVisible();
      await page.getByLabel('Preset').selectOption('race');
      await expect(page.getByText('Shared memory is not available here:')).toBeVisible();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await expect(page.getByTestId('code-status')).toContainText('Fix the inputs marked below');
    });
  });
});
