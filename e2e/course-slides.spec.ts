// docs/slides/index.html, the reveal.js deck with a lab on one slide through embed.js, as a course site
// serves it: static files with no isolation headers, reveal.js from node_modules on the same server, from
// another origin than the app (scripts/course-server.mjs). In Chromium the lab isolates itself in its frame
// through Document-Isolation-Policy, while the deck stays not isolated.
import {
  countWorkerStarts,
  expectFrameFitsLab,
  expectOnlyFrameIsolated,
  labFrame,
  tabOutOfFrame,
  workersAlive,
  workersStarted,
} from './support/course-labs.ts';
import { COURSE_ORIGIN, E2E_ORIGIN } from './support/origins.ts';
import { expect, test, type Page } from './support/fixtures.ts';

const DECK = `${COURSE_ORIGIN}/docs/slides/`;

interface RevealApi {
  isReady(): boolean;
  getCurrentSlide(): HTMLElement | undefined;
  getScale(): number;
}

test.use({ viewport: { width: 1280, height: 800 } });

test.beforeEach(async ({ context }) => {
  await countWorkerStarts(context);
});

/** The id of the slide on screen. */
function currentSlide(page: Page): Promise<string> {
  return page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getCurrentSlide()?.id ?? '');
}

/** Opens the deck on its first slide and goes to the lab's slide with the keyboard, as a presenter would. */
async function openLabSlide(page: Page): Promise<void> {
  await page.goto(DECK);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { Reveal?: RevealApi }).Reveal?.isReady() ?? false))
    .toBe(true);
  expect(
    await page
      .locator('section')
      .first()
      .evaluate((el) => el.classList.contains('present')),
  ).toBe(true);
  for (let slide = 0; slide < 10 && (await currentSlide(page)) !== 'lab'; slide++)
    await page.keyboard.press('ArrowRight');
  expect(await currentSlide(page)).toBe('lab');
  await expect(page).toHaveURL(/#\/lab$/);
  await expect(page.locator('section#lab')).toHaveClass(/\bpresent\b/);
  await expect(
    page.locator('section#lab').frameLocator('iframe').getByRole('heading', { level: 2 }),
  ).toHaveText('Chunked summation', { timeout: 30_000 });
}

test('the deck comes with reveal.js from the same server, and the lab renders on its slide', async ({
  page,
}) => {
  const revealScripts: string[] = [];
  page.on('response', (response) => {
    if (/\/reveal\.js\/dist\//.test(response.url())) revealScripts.push(response.url());
  });
  await openLabSlide(page);
  expect(revealScripts.length).toBeGreaterThan(0);
  for (const url of revealScripts)
    expect(url.startsWith(`${COURSE_ORIGIN}/node_modules/reveal.js/dist/`)).toBe(true);

  const div = page.locator('section#lab div[data-concurrency-lab="sum"]');
  const src = new URL((await div.locator('iframe').getAttribute('src')) ?? '');
  expect(src.origin).toBe(E2E_ORIGIN);
  expect(src.searchParams.get('workers')).toBe('2');
  expect(src.searchParams.get('chunks')).toBe('1');
  const lab = div.frameLocator('iframe');
  await expect(lab.getByLabel('Workers', { exact: true })).toHaveValue('2');
  await expect(lab.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  // On screen: the frame is inside the viewport, at reveal.js's scale.
  const box = await div.locator('iframe').boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeLessThan(800);
  expect(box!.x).toBeGreaterThanOrEqual(0);
});

test('the lab is isolated in its frame while the deck is not, and the frame is as tall as the lab', async ({
  page,
}) => {
  await openLabSlide(page);
  const div = page.locator('section#lab div[data-concurrency-lab="sum"]');
  await expectOnlyFrameIsolated(page, await labFrame(div));
  await expect(div.frameLocator('iframe').getByText('Not cross-origin isolated')).toHaveCount(0);
  // reveal.js scales the slide (a transform), so the heights compared are layout heights: the frame's
  // rendered height is the same times the deck's scale.
  await expectFrameFitsLab(div);
  const scale = await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getScale());
  const { layout, rendered } = await div.locator('iframe').evaluate((el) => ({
    layout: (el as HTMLElement).offsetHeight,
    rendered: el.getBoundingClientRect().height,
  }));
  expect(scale).toBeGreaterThan(0);
  expect(Math.abs(rendered - layout * scale)).toBeLessThanOrEqual(1);
});

test('no worker before Run; Run starts workers in the lab frame only, and they end with the run', async ({
  page,
}) => {
  await openLabSlide(page);
  const div = page.locator('section#lab div[data-concurrency-lab="sum"]');
  const frame = await labFrame(div);
  expect(workersAlive(page)).toBe(0);
  expect(await workersStarted(frame)).toBe(0);
  expect(await workersStarted(page.mainFrame())).toBe(0);

  // From the keyboard: Playwright's locator click computes its point in a cross-origin frame without
  // reveal.js's scale transform and lands beside the button (a mouse click at the button's place on
  // screen does run the lab).
  const lab = div.frameLocator('iframe');
  await lab.getByRole('button', { name: 'Run', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(lab.getByTestId('sum-total')).toHaveText('499,999,500,000', { timeout: 30_000 });

  expect(await workersStarted(frame), 'the lab, which ran').toBe(2);
  expect(await workersStarted(page.mainFrame()), 'the deck').toBe(0);
  await expect.poll(() => workersAlive(page), { timeout: 10_000 }).toBe(0);
  // Still on the lab's slide: the keys went to the lab, not to reveal.js.
  expect(await currentSlide(page)).toBe('lab');
  // The frame grew with the result and still fits its lab; the box on the slide scrolls it.
  await expectFrameFitsLab(div);
});

test('keyboard focus leaves the lab for the deck: Tab from inside the frame reaches its "Open in a new tab" link', async ({
  page,
}) => {
  await openLabSlide(page);
  const div = page.locator('section#lab div[data-concurrency-lab="sum"]');
  const first = div.frameLocator('iframe').getByRole('button').first();
  const link = div.getByRole('link', { name: 'Open in a new tab' });
  const presses = await tabOutOfFrame(page, div, first, link);
  expect(presses).toBeGreaterThan(0);
  await expect(link).toBeFocused();
  expect(await currentSlide(page)).toBe('lab');
});
