// public/embed.js on a course page of another origin: the page is served by page.route (no server of its own)
// and includes the script from the app's origin twice, as two pasted snippets would.
import { E2E_ORIGIN } from './support/origins.ts';
import { expect, test, type Page } from './support/fixtures.ts';

const COURSE_ORIGIN = 'http://course.localhost:4199';
const COURSE_PAGE = `${COURSE_ORIGIN}/page.html`;
const RESIZE = 'concurrency-playground:resize';

// The course page comes from page.route, with no address of its own, so Chromium counts it as a public
// site, and its requests to the app on 127.0.0.1 as local network access, which needs this permission. A
// real course site and a real deployment of the app are both public and need nothing of the kind.
test.use({ permissions: ['local-network-access'] });

/** Each script tag counts its load, so a test can wait until both copies of embed.js have run. */
const SCRIPT = `<script src="${E2E_ORIGIN}/embed.js" async onload="window.embedLoads = (window.embedLoads || 0) + 1"></script>`;

const COURSE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Course page</title>${SCRIPT}</head><body>
<h1>A course page</h1>
<div id="first" data-concurrency-lab="sum" data-theme="dark"
  data-params="workers=4&amp;chunks=1&amp;lab=pool&amp;embed=0"><p>Enable JavaScript to see the lab.</p></div>
<p>Between the labs.</p>
<div id="second" data-concurrency-lab="speedup" data-lang="zh" data-lesson="amdahl"></div>
<div id="bad" data-concurrency-lab="nope"></div>
${SCRIPT}
</body></html>`;

async function openCoursePage(page: Page): Promise<void> {
  await page.route(`${COURSE_ORIGIN}/**`, (route) =>
    route.request().url() === COURSE_PAGE
      ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: COURSE_HTML })
      : route.fulfill({ status: 404, body: 'not found' }),
  );
  await page.goto(COURSE_PAGE);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { embedLoads?: number }).embedLoads ?? 0), {
      timeout: 30_000,
    })
    .toBe(2);
}

/** The frame's rendered height and the lab's document (body) height inside it, as the lab measures it. */
async function heights(page: Page, div: string): Promise<{ frame: number; lab: number }> {
  const frame = await page.locator(`${div} iframe`).evaluate((el) => el.getBoundingClientRect().height);
  const lab = await page
    .frameLocator(`${div} iframe`)
    .locator('body')
    .evaluate((body) => Math.ceil(body.getBoundingClientRect().height));
  return { frame, lab };
}

test('each lab div becomes one iframe with the lab URL, title, allow and loading, and a new-tab link', async ({
  page,
}) => {
  await openCoursePage(page);
  // Two frames, not four: the second copy of the script does nothing.
  await expect(page.locator('iframe')).toHaveCount(2);
  expect(await page.evaluate(() => document.querySelectorAll('script[src$="embed.js"]').length)).toBe(2);

  const first = page.locator('#first iframe');
  const firstSrc = new URL((await first.getAttribute('src')) ?? '');
  expect(`${firstSrc.origin}${firstSrc.pathname}`).toBe(`${E2E_ORIGIN}/`);
  expect(firstSrc.searchParams.getAll('lab')).toEqual(['sum']);
  expect(firstSrc.searchParams.getAll('embed')).toEqual(['1']);
  expect(firstSrc.searchParams.get('theme')).toBe('dark');
  expect(firstSrc.searchParams.get('workers')).toBe('4');
  expect(firstSrc.searchParams.get('chunks')).toBe('1');
  expect(firstSrc.searchParams.has('lang')).toBe(false);
  await expect(first).toHaveAttribute('title', 'Concurrency Playground: Chunked summation');
  await expect(first).toHaveAttribute('allow', 'cross-origin-isolated');
  await expect(first).toHaveAttribute('loading', 'lazy');
  // The div's fallback content is replaced by the frame and the link.
  await expect(page.locator('#first')).not.toContainText('Enable JavaScript');

  const second = page.locator('#second iframe');
  const secondSrc = new URL((await second.getAttribute('src')) ?? '');
  expect(secondSrc.searchParams.get('lab')).toBe('speedup');
  expect(secondSrc.searchParams.get('embed')).toBe('1');
  expect(secondSrc.searchParams.get('lang')).toBe('zh');
  expect(secondSrc.searchParams.get('lesson')).toBe('amdahl');
  await expect(second).toHaveAttribute('title', '并发实验场：加速比');
  await expect(second).toHaveAttribute('allow', 'cross-origin-isolated');
  await expect(second).toHaveAttribute('loading', 'lazy');

  // The labs load in their frames, in the language asked for.
  await expect(page.frameLocator('#first iframe').getByRole('heading', { level: 2 })).toHaveText(
    'Chunked summation',
    { timeout: 30_000 },
  );
  await expect(page.frameLocator('#second iframe').getByRole('heading', { level: 2 })).toHaveText('加速比', {
    timeout: 30_000,
  });

  // The new-tab links: the same URL without embed=1, with a title saying why they are there.
  const firstLink = page.locator('#first a');
  await expect(firstLink).toHaveText('Open in a new tab');
  await expect(firstLink).toHaveAttribute('target', '_blank');
  await expect(firstLink).toHaveAttribute('title', /cannot isolate/);
  const firstHref = new URL((await firstLink.getAttribute('href')) ?? '');
  expect(firstHref.searchParams.has('embed')).toBe(false);
  firstSrc.searchParams.delete('embed');
  expect(firstHref.href).toBe(firstSrc.href);
  const secondLink = page.locator('#second a');
  await expect(secondLink).toHaveText('在新标签页中打开');
  const secondHref = new URL((await secondLink.getAttribute('href')) ?? '');
  expect(secondHref.searchParams.has('embed')).toBe(false);
  expect(secondHref.searchParams.get('lesson')).toBe('amdahl');

  // A second scan by hand finds nothing new.
  expect(
    await page.evaluate(
      () =>
        (
          window as unknown as { ConcurrencyPlaygroundEmbed: { scan: () => unknown[] } }
        ).ConcurrencyPlaygroundEmbed.scan().length,
    ),
  ).toBe(0);
  await expect(page.locator('iframe')).toHaveCount(2);
});

test("a frame follows the lab's reported height, and ignores a resize message from the course page itself", async ({
  page,
}) => {
  await openCoursePage(page);
  await expect(page.frameLocator('#first iframe').getByRole('heading', { level: 2 })).toHaveText(
    'Chunked summation',
    { timeout: 30_000 },
  );
  await expect
    .poll(
      async () => {
        const { frame, lab } = await heights(page, '#first');
        return Math.abs(frame - lab);
      },
      { timeout: 30_000 },
    )
    .toBeLessThanOrEqual(2);
  const before = await page
    .locator('iframe')
    .evaluateAll((frames) => frames.map((frame) => frame.getBoundingClientRect().height));
  expect(before[0]).toBeGreaterThan(100);

  // A message of the right shape, but from the course page's own origin and window: every frame keeps its
  // height. The marker posted after it arrives only once the first message has been dispatched to every listener.
  await page.evaluate(async (type) => {
    await new Promise<void>((resolve) => {
      window.addEventListener('message', (event) => {
        if ((event.data as { marker?: boolean } | null)?.marker === true) resolve();
      });
      window.postMessage({ type, height: 1234 }, '*');
      window.postMessage({ marker: true }, '*');
    });
  }, RESIZE);
  const after = await page
    .locator('iframe')
    .evaluateAll((frames) => frames.map((frame) => frame.getBoundingClientRect().height));
  expect(after).toEqual(before);
  expect(after).not.toContain(1234);
});

test('a lab div added later gets its frame, and an unknown lab gets a message and no frame', async ({
  page,
}) => {
  await openCoursePage(page);
  await expect(page.locator('#bad')).toHaveText(
    'Concurrency Playground: data-concurrency-lab must be one of home, sum, pool, speedup, sync, transfer, code; got "nope".',
  );
  await expect(page.locator('#bad iframe')).toHaveCount(0);

  await page.evaluate(() => {
    const div = document.createElement('div');
    div.id = 'later';
    div.dataset['concurrencyLab'] = 'pool';
    document.body.append(div);
  });
  await expect(page.locator('#later iframe')).toHaveCount(1);
  await expect(page.locator('iframe')).toHaveCount(3);
  const src = new URL((await page.locator('#later iframe').getAttribute('src')) ?? '');
  expect(src.searchParams.get('lab')).toBe('pool');
  expect(src.searchParams.get('embed')).toBe('1');
  await expect(page.frameLocator('#later iframe').getByRole('heading', { level: 2 })).toHaveText(
    'Task pool',
    {
      timeout: 30_000,
    },
  );
});
