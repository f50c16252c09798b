// What the course page and the slide deck specs check of every lab they embed through embed.js: that the
// frame is cross-origin isolated while the page is not, that the frame takes its lab's height, which frames
// started workers, and that keyboard focus can leave a frame.
import type { BrowserContext, Frame, Locator } from '@playwright/test';
import { expect, type Page } from './fixtures.ts';

/** The global that the init script below keeps in every frame of the context. */
const STARTED = '__courseLabWorkersStarted';

/**
 * Counts, in every frame of the context (the course page and each lab's cross-origin frame alike), the
 * dedicated workers that frame's own scripts start: `Worker` becomes a subclass that adds one per `new`
 * and otherwise behaves as itself. Call before the page is opened.
 */
export async function countWorkerStarts(context: BrowserContext): Promise<void> {
  await context.addInitScript((name) => {
    const scope = globalThis as unknown as Record<string, unknown> & { Worker?: typeof Worker };
    const Original = scope.Worker;
    if (!Original) return;
    scope[name] = 0;
    scope.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        scope[name] = (scope[name] as number) + 1;
      }
    };
  }, STARTED);
}

/** How many workers the frame's scripts have started since it loaded. */
export async function workersStarted(frame: Frame): Promise<number> {
  return frame.evaluate((name) => (globalThis as unknown as Record<string, number>)[name] ?? -1, STARTED);
}

/**
 * The page's dedicated workers that are alive, in every frame: Playwright reports each worker a frame
 * starts, cross-origin frames included, and forgets it once it has ended.
 */
export function workersAlive(page: Page): number {
  return page.workers().length;
}

/** The lab's frame made by embed.js in the lab div `div`, as a Frame. */
export async function labFrame(div: Locator): Promise<Frame> {
  const frame = await div
    .locator('iframe')
    .elementHandle()
    .then((handle) => handle?.contentFrame());
  if (!frame) throw new Error('the lab div has no frame');
  return frame;
}

/** The page is not cross-origin isolated; the lab in `frame` is (Chromium: through Document-Isolation-Policy). */
export async function expectOnlyFrameIsolated(page: Page, frame: Frame): Promise<void> {
  expect(await page.evaluate(() => self.crossOriginIsolated), 'the course page itself').toBe(false);
  expect(await frame.evaluate(() => self.crossOriginIsolated), `the lab in ${frame.url()}`).toBe(true);
  expect(await frame.evaluate(() => typeof SharedArrayBuffer), 'SharedArrayBuffer in the lab').toBe(
    'function',
  );
}

/**
 * The frame element's height, in CSS px of the page's layout (offsetHeight: before any transform of an
 * ancestor, such as reveal.js's scaling of the slides), and the lab document's height inside it, rounded up
 * as the lab reports it.
 */
export async function frameAndLabHeights(div: Locator): Promise<{ frame: number; lab: number }> {
  const frame = await div.locator('iframe').evaluate((el) => (el as HTMLElement).offsetHeight);
  const lab = await (
    await labFrame(div)
  ).evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  return { frame, lab };
}

/** Waits until the frame in `div` is as tall as the lab in it (to the pixel). */
export async function expectFrameFitsLab(div: Locator): Promise<void> {
  await expect
    .poll(
      async () => {
        const { frame, lab } = await frameAndLabHeights(div);
        return Math.abs(frame - lab);
      },
      { timeout: 30_000, message: 'frame height minus lab height' },
    )
    .toBeLessThanOrEqual(1);
}

/**
 * Focuses `inside` (an element in the lab's frame), then presses Tab until the page's focus reaches `next`,
 * the page's first focusable element after the frame; every step in between must stay inside the frame
 * (the page's focused element is the iframe). Returns how many Tabs it took.
 */
export async function tabOutOfFrame(
  page: Page,
  div: Locator,
  inside: Locator,
  next: Locator,
): Promise<number> {
  await inside.focus();
  const iframe = div.locator('iframe');
  expect(await iframe.evaluate((el) => el === document.activeElement), 'focus is in the frame').toBe(true);
  for (let presses = 1; presses <= 400; presses++) {
    await page.keyboard.press('Tab');
    if (await next.evaluate((el) => el === document.activeElement)) return presses;
    expect(
      await iframe.evaluate((el) => el === document.activeElement),
      `after Tab ${presses}, focus is either still in the frame or on the element after it`,
    ).toBe(true);
  }
  throw new Error('focus did not leave the frame in 400 presses of Tab');
}
