import { E2E_ORIGIN, PLAIN_ORIGIN } from './support/origins.ts';
import { expectNoSeriousAxeViolations } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';

const LAB_TITLES = {
  home: ['Start here', '从这里开始'],
  sum: ['Chunked summation', '分块求和'],
  pool: ['Task pool', '任务池'],
  speedup: ['Speedup', '加速比'],
  sync: ['Shared memory & locks', '共享内存与锁'],
  transfer: ['Message passing vs shared memory', '消息传递与共享内存'],
  code: ['Your own code', '你自己的代码'],
} as const;

test('the navigation switches labs, keeps the choice in the URL, and Back returns', async ({ page }) => {
  await page.goto('/?lang=en');
  const nav = page.getByRole('navigation', { name: 'Labs' });
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Start here');
  await nav.getByRole('link', { name: 'Task pool' }).click();
  await expect(page).toHaveURL(/[?&]lab=pool/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Task pool');
  await expect(nav.getByRole('link', { name: 'Task pool' })).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Start here');
});

test('the core count and its caveat are shown', async ({ page }) => {
  await page.goto('/?lang=en');
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await expect(page.getByTestId('isolation-status')).toContainText(`${cores} logical`);
  await expect(page.getByTestId('isolation-status')).toContainText('may clamp');
});

test('switching language changes the visible text and survives a reload', async ({ page }) => {
  await page.goto('/?lab=speedup');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Concurrency Playground');
  await page.getByRole('button', { name: '简体中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('并发实验场');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('加速比');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('加速比');
  await expect(page.getByRole('button', { name: '简体中文' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Speedup');
});

test('the browser language picks the default language', async ({ browser, consoleProblems }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  consoleProblems.watch(page);
  await page.goto(E2E_ORIGIN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('并发实验场');
  await context.close();
});

test('invalid and unknown URL parameters get a message naming them, and the defaults', async ({ page }) => {
  await page.goto('/?lab=nope&lang=en&embed=maybe&theme=blue&colour=red');
  const notices = page.getByRole('status', { name: 'URL parameter notices' });
  // The shell's notices and the lab's own (unknown names are the lab's to judge) render at different
  // moments: the lab is loaded on demand. Wait for the last of them.
  await expect(notices.getByText('Ignored unknown URL parameter "colour"')).toBeVisible();
  const text = (await notices.allInnerTexts()).join('\n');
  expect(text).toContain(
    'URL parameter "lab" must be one of "home", "sum", "pool", "speedup", "sync", "transfer", "code"; got "nope"',
  );
  expect(text).toContain('URL parameter "embed" must be "1" (on) or "0" (off); got "maybe"');
  expect(text).toContain('URL parameter "theme" must be one of "light", "dark"; got "blue"');
  expect(text).toContain('Ignored unknown URL parameter "colour"');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Start here');
});

test('theme=dark overrides the system and theme=light wins over a dark system', async ({ page }) => {
  await page.goto('/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/?theme=light');
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(light).not.toBe(dark);
  await page.goto('/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(dark);
});

test('embedded, a lab shows no site chrome and reports its height to the parent page', async ({ page }) => {
  const src = `${E2E_ORIGIN}/?lab=sum&embed=1&lang=en`;
  await page.goto(`${PLAIN_ORIGIN}/embed-parent.html?src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('#lab');
  await expect(frame.getByRole('heading', { level: 2 })).toHaveText('Chunked summation');
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { resizeMessages: number[] }).resizeMessages.length),
    )
    .toBeGreaterThan(0);
  const heights = await page.evaluate(
    () => (window as unknown as { resizeMessages: number[] }).resizeMessages,
  );
  const bodyHeight = await frame
    .locator('body')
    .evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
  expect(heights.at(-1)).toBe(bodyHeight);
  expect(bodyHeight).toBeGreaterThan(100);
});

for (const [lab, [en, zh]] of Object.entries(LAB_TITLES)) {
  test(`axe finds no serious or critical violation on the ${lab} lab (en, zh, dark)`, async ({ page }) => {
    for (const query of [`lab=${lab}&lang=en`, `lab=${lab}&lang=zh&theme=dark`]) {
      await page.goto(`/?${query}`);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(query.includes('zh') ? zh : en);
      await expectNoSeriousAxeViolations(page, query);
    }
  });
}

test('a lab whose chunk fails to download shows the app and says the lab could not be loaded', async ({
  page,
  consoleProblems,
}) => {
  // The first render waits for the opened lab's chunk (started before React): a failed download must still
  // end in the app with the lab's error, not in the boot note forever.
  consoleProblems.allow(/status of 503|Failed to fetch dynamically imported module/);
  await page.route(/\/assets\/transfer-lab-[^/]+\.js$/, (route) => route.fulfill({ status: 503 }));
  await page.goto('/?lab=transfer&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Concurrency Playground');
  await expect(page.getByRole('alert')).toHaveText(
    'This lab could not be loaded. Reload the page to try again.',
  );
  // The other labs still open.
  await page.getByRole('navigation', { name: 'Labs' }).getByRole('link', { name: 'Task pool' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Task pool');
});
