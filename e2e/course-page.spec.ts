// docs/course/index.html, the course page with three labs through embed.js, as a course site serves it:
// static files with no isolation headers, from another origin than the app (scripts/course-server.mjs,
// which points the page's app address at the app under test). In Chromium every lab isolates itself in its
// frame through Document-Isolation-Policy, while the page stays not isolated.
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

const COURSE_PAGE = `${COURSE_ORIGIN}/docs/course/`;
/** The page's labs, in page order, with the heading each shows. */
const LABS = [
  { lab: 'sum', heading: 'Chunked summation' },
  { lab: 'sync', heading: 'Shared memory & locks' },
  { lab: 'pool', heading: 'Task pool' },
] as const;

test.beforeEach(async ({ context }) => {
  await countWorkerStarts(context);
});

/** Opens the course page and brings every lab's frame in (they load lazily, so each is scrolled to). */
async function openCoursePage(page: Page): Promise<void> {
  await page.goto(COURSE_PAGE);
  await expect(page.locator('iframe[data-concurrency-lab-frame]')).toHaveCount(LABS.length);
  for (const { lab, heading } of LABS) {
    const div = page.locator(`div[data-concurrency-lab="${lab}"]`);
    await div.locator('iframe').scrollIntoViewIfNeeded();
    await expect(div.frameLocator('iframe').getByRole('heading', { level: 2 })).toHaveText(heading, {
      timeout: 30_000,
    });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

test('the page loads embed.js from the app, and each of its three labs is isolated in its frame while the page is not', async ({
  page,
}) => {
  await openCoursePage(page);
  const script = await page.locator('script[src$="/embed.js"]').getAttribute('src');
  expect(script).toBe(`${E2E_ORIGIN}/embed.js`);
  expect(new URL(page.url()).origin).not.toBe(E2E_ORIGIN);
  for (const { lab } of LABS) {
    const div = page.locator(`div[data-concurrency-lab="${lab}"]`);
    const src = new URL((await div.locator('iframe').getAttribute('src')) ?? '');
    expect(src.origin).toBe(E2E_ORIGIN);
    expect(src.searchParams.get('lab')).toBe(lab);
    expect(src.searchParams.get('theme')).toBe('light');
    await expectOnlyFrameIsolated(page, await labFrame(div));
    // The lab says so itself: no "not isolated" line inside the frame.
    await expect(div.frameLocator('iframe').getByText('Not cross-origin isolated')).toHaveCount(0);
  }
  // The summation lab opens on its lesson step, with the step's inputs.
  const sum = page.locator('div[data-concurrency-lab="sum"]');
  await expect(sum.frameLocator('iframe').getByRole('heading', { name: 'The GIL', level: 3 })).toBeVisible();
});

test('every frame is as tall as the lab in it', async ({ page }) => {
  await openCoursePage(page);
  for (const { lab } of LABS) {
    const div = page.locator(`div[data-concurrency-lab="${lab}"]`);
    await expectFrameFitsLab(div);
    // The course page has no transform: the frame's rendered height is its layout height.
    const rendered = await div.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
    expect(rendered, `${lab}: rendered frame height`).toBeGreaterThan(300);
  }
});

test('no lab starts a worker before Run; running one starts workers in its frame only, and all end with the run', async ({
  page,
}) => {
  await openCoursePage(page);
  const frames = await Promise.all(
    LABS.map(({ lab }) => labFrame(page.locator(`div[data-concurrency-lab="${lab}"]`))),
  );
  expect(workersAlive(page)).toBe(0);
  expect(await workersStarted(page.mainFrame())).toBe(0);
  for (const frame of frames) expect(await workersStarted(frame), frame.url()).toBe(0);

  const sum = page.locator('div[data-concurrency-lab="sum"]').frameLocator('iframe');
  await sum.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(sum.getByTestId('sum-total')).toHaveText(/^[\d,]+$/, { timeout: 30_000 });
  await expect(sum.getByTestId('sum-check')).toContainText('matches');

  expect(await workersStarted(frames[0]!), 'the summation lab, which ran').toBeGreaterThan(0);
  expect(await workersStarted(frames[1]!), 'the locks lab').toBe(0);
  expect(await workersStarted(frames[2]!), 'the task pool lab').toBe(0);
  expect(await workersStarted(page.mainFrame()), 'the course page').toBe(0);
  // The run is over: its workers have ended, and no frame has one alive.
  await expect.poll(() => workersAlive(page), { timeout: 10_000 }).toBe(0);
});

test('keyboard focus leaves each lab for the page: Tab from inside a frame reaches its "Open in a new tab" link', async ({
  page,
}) => {
  await openCoursePage(page);
  for (const { lab } of LABS) {
    const div = page.locator(`div[data-concurrency-lab="${lab}"]`);
    // The lab's first button: focus starts there, as a learner's would after using it.
    const first = div.frameLocator('iframe').getByRole('button').first();
    const link = div.getByRole('link', { name: 'Open in a new tab' });
    const presses = await tabOutOfFrame(page, div, first, link);
    expect(presses, `${lab}: Tabs from its first button to the link`).toBeGreaterThan(0);
    await expect(link).toBeFocused();
  }
});
