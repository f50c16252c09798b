// `npm run screenshots -- [OUT_DIR]`: serves dist/ with the isolation headers and saves PNGs of every lab in
// both languages, light and dark, and embedded, for a person to look at (and the README's picture). Each lab
// is shot twice: as it opens (`*-idle.png`), and after every experiment on it has been run once, so the
// results, charts and timelines are in the picture too.
// The home page and each lesson step (`lesson:<id>`, the step's own inputs; its run is the first start
// button) are shot the same way, and so is the code lab in Python (`code-python`). LABS=sum,pool,lesson:gil
// limits the pages; IDLE_ONLY=1 skips the runs.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './chromium.mjs';

const outDir = process.argv[2] ?? 'screenshots';
const labs = (
  process.env['LABS'] ??
  'home,sum,pool,speedup,sync,transfer,code,code-python,' +
    'lesson:threads,lesson:summing-thread,lesson:gil,lesson:time-slicing,lesson:amdahl,lesson:races,lesson:deadlock,' +
    'lesson:threaded-work,lesson:io-under-gil,lesson:message-cost,lesson:your-race'
).split(',');
const idleOnly = process.env['IDLE_ONLY'] === '1';
const port = 4199;

/**
 * Inputs small enough that a shot with every experiment run takes seconds, not minutes; still the same
 * panels a learner sees with the defaults.
 * @type {Record<string, string>}
 */
const QUICK_INPUTS = {
  sum: 'high=50000000&workers=2&chunks=4&transport=shared&gil=5',
  pool: 'n=400&throw=10&hang=5&falsy=10&timeout=200&kind=mixed&iomax=20&cpu=5000',
  speedup: 'max=3&repeats=2&size=100000000',
  sync: 'workers=2&m=20000&window=100&repeats=8&hold=100&locktimeout=400&connms=30&workms=30&program=increment&schedule=010101',
  transfer: 'to=1048576&repeats=2&loop=300&clone=4194304',
  code: 'preset=primes&high=400000&k=2',
  'code-python': 'preset=primes&high=100000&k=2',
};

/** Pages that are a lab opened with a query of their own, by the name LABS knows them by. */
const PSEUDO_LABS = /** @type {Record<string, string>} */ ({ 'code-python': 'lab=code&language=python' });

/**
 * Experiments whose start button is not the primary one of its form, by their visible names in each
 * language (as the labs' message files spell them).
 * @type {Record<string, Record<string, string[]>>}
 */
const SECONDARY_STARTS = {
  sync: {
    en: ['Run repeatedly (histogram)', 'Compare the three ways'],
    zh: ['重复运行（直方图）', '比较三种方式'],
  },
  code: {
    en: ['Speedup 1..2'],
    zh: ['加速比 1..2'],
  },
  'code-python': {
    en: ['Speedup 1..2'],
    zh: ['加速比 1..2'],
  },
  transfer: {
    en: ['CPU loop on the page', 'CPU loop in a worker', 'Large clone arriving on the page'],
    zh: ['页面上的 CPU 循环', 'Worker 中的 CPU 循环', '传到页面的大型克隆对象图'],
  },
};

/** Longest wait for one experiment to finish, ms. */
const RUN_TIMEOUT_MS = 120_000;

/**
 * Waits until `button` is enabled again: the labs disable a start button while its run goes on.
 * @param {import('playwright').Page} page
 * @param {import('playwright').Locator} button
 */
async function pressAndWait(page, button) {
  await button.scrollIntoViewIfNeeded();
  await button.click();
  // Give the run a moment to disable the button, then wait for it to come back.
  await page.waitForTimeout(300);
  const handle = await button.elementHandle();
  await page.waitForFunction((el) => el instanceof HTMLButtonElement && !el.disabled, handle, {
    timeout: RUN_TIMEOUT_MS,
  });
}

/**
 * Presses every experiment's start button once, in page order: the primary buttons (found by their role in
 * the markup, so in either language), then the lab's secondary starts by name.
 * @param {import('playwright').Page} page
 * @param {string} lab
 * @param {string} lang
 */
async function runEverything(page, lab, lang) {
  const starts = page.locator('.lab-page button.primary');
  const count = await starts.count();
  for (let i = 0; i < count; i++) {
    const button = starts.nth(i);
    if (await button.isEnabled()) await pressAndWait(page, button);
  }
  for (const name of SECONDARY_STARTS[lab]?.[lang] ?? []) {
    await pressAndWait(page, page.getByRole('button', { name, exact: true }));
  }
  // Charts and canvases draw in the frames after the last result.
  await page.waitForTimeout(800);
}

await mkdir(outDir, { recursive: true });
const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } });
const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
try {
  for (const colorScheme of /** @type {const} */ (['light', 'dark'])) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, colorScheme });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    for (const lab of labs) {
      for (const lang of ['en', 'zh']) {
        for (const embed of [false, true]) {
          const lesson = lab.startsWith('lesson:') ? lab.slice('lesson:'.length) : undefined;
          const name = `${lesson ? `lesson-${lesson}` : lab}-${lang}-${colorScheme}${embed ? '-embed' : ''}`;
          const target = lesson ? `lesson=${lesson}` : (PSEUDO_LABS[lab] ?? `lab=${lab}`);
          const query = `${target}&lang=${lang}${embed ? '&embed=1' : ''}`;
          await page.goto(`http://127.0.0.1:${port}/?${query}`);
          await page.getByRole('heading', { level: 2 }).first().waitFor();
          if (lesson) await page.getByTestId('lesson-panel').waitFor();
          // The code lab's editor is a chunk of its own, loaded after the lab's first render.
          if (lab.startsWith('code')) await page.locator('.cm-content').first().waitFor();
          await page.screenshot({ path: join(outDir, `${name}-idle.png`), fullPage: true });
          console.log(join(outDir, `${name}-idle.png`));
          if (idleOnly) continue;
          await page.goto(`http://127.0.0.1:${port}/?${query}&${QUICK_INPUTS[lab] ?? ''}`);
          await page.getByRole('heading', { level: 2 }).first().waitFor();
          // A lesson's panel loads after its lab: its Run must be among the buttons pressed.
          if (lesson) await page.getByTestId('lesson-panel').waitFor();
          await runEverything(page, lab, lang);
          await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
          console.log(join(outDir, `${name}.png`));
        }
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
