// The footer's snippet builder: the lab on screen, its inputs, a language and a theme -> a snippet that,
// pasted into a course page of another origin, shows that lab with those inputs.
import { E2E_ORIGIN } from './support/origins.ts';
import { expect, test } from './support/fixtures.ts';

const COURSE_ORIGIN = 'http://course.localhost:4198';
const COURSE_PAGE = `${COURSE_ORIGIN}/page.html`;

// As in embed-script.spec.ts: a page.route page counts as public, the app on 127.0.0.1 as local.
test.use({ permissions: ['local-network-access', 'clipboard-read', 'clipboard-write'] });

test('builds the embed.js and iframe snippets of the lab on screen, previews and copies them', async ({
  page,
}) => {
  await page.goto('/?lab=sum&lang=en&workers=4&chunks=1');
  await page.getByText('Embed this lab in a course page').click();
  const text = page.getByTestId('embed-snippet-text');
  await expect(text).toContainText(`<script src="${E2E_ORIGIN}/embed.js" async></script>`);
  await expect(text).toContainText(
    '<div data-concurrency-lab="sum" data-params="workers=4&amp;chunks=1" data-lang="en"></div>',
  );
  // An input changed after opening is taken on request.
  await page.getByLabel('Chunks per worker').fill('2');
  await page.getByRole('button', { name: 'Take the inputs again' }).click();
  await expect(text).toContainText('data-params="workers=4&amp;chunks=2"');

  await page.getByLabel('Language', { exact: true }).last().selectOption('zh');
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByLabel('plain iframe').check();
  await expect(text).toContainText(
    `<iframe src="${E2E_ORIGIN}/?lab=sum&amp;embed=1&amp;lang=zh&amp;theme=dark&amp;workers=4&amp;chunks=2"`,
  );
  await expect(text).toContainText('title="并发实验场：分块求和"');

  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.getByRole('heading', { level: 2 })).toHaveText('分块求和', { timeout: 30_000 });
  await expect(preview.getByLabel('每个 Worker 的块数')).toHaveValue('2');

  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.textContent());
});

test('the embed.js snippet, pasted into a course page of another origin, shows the lab with its inputs', async ({
  page,
}) => {
  await page.goto('/?lab=pool&lang=en&n=40&workers=2');
  await page.getByText('Embed this lab in a course page').click();
  const snippet = (await page.getByTestId('embed-snippet-text').textContent()) ?? '';
  await page.route(`${COURSE_ORIGIN}/**`, (route) =>
    route.request().url() === COURSE_PAGE
      ? route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Course</title></head><body><h1>Course</h1>${snippet}</body></html>`,
        })
      : route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.goto(COURSE_PAGE);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 2 })).toHaveText('Task pool', { timeout: 30_000 });
  await expect(frame.getByLabel('Items', { exact: true })).toHaveValue('40');
  await expect(frame.getByLabel('Workers', { exact: true })).toHaveValue('2');
});
