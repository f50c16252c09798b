// `npm run bench -- --workload course [--repeats R]`: what labs cost a course page before anyone uses them.
// A course page on another origin (served by page.route, without isolation headers, as a course site is)
// holds the six labs through embed.js. Measured, beside the same page without labs:
// - frames loaded: embed.js makes lazy frames, so in a laptop-sized window only the labs in view load;
// - workers alive in the whole browser (CDP Target.getTargets): no lab starts one before its Run;
// - memory: the proportional set size (PSS, /proc/<pid>/smaps_rollup) of every process of this browser
//   (CDP SystemInfo.getProcessInfo names them), with all six frames loaded, against the page without labs;
// - one lab run in its frame: the workers it started, and those alive once it has ended (none should be).
// Linux only for memory (PSS from /proc); median of --repeats fresh contexts.
import { readFileSync } from 'node:fs';
import { median } from './table.mjs';

const COURSE_ORIGIN = 'http://course.localhost:4197';
const COURSE_PAGE = `${COURSE_ORIGIN}/course.html`;
const LABS = ['sum', 'pool', 'speedup', 'sync', 'transfer', 'code'];
const DEFAULT_REPEATS = 3;
/** Waited after the frames settle, so lazy chunks and late work have landed before memory is read (ms). */
const SETTLE_MS = 2000;

/**
 * @param {string} origin the app
 * @param {boolean} withLabs
 */
function courseHtml(origin, withLabs) {
  const paragraph =
    '<p>Threads share memory; processes do not. The article sums a range on two threads and finds no speedup.</p>';
  const labs = withLabs
    ? LABS.map((lab) => `<h2>${lab}</h2>${paragraph}<div data-concurrency-lab="${lab}" data-lang="en"></div>`)
    : LABS.map((lab) => `<h2>${lab}</h2>${paragraph}`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Course page</title>${withLabs ? `<script src="${origin}/embed.js" async></script>` : ''}</head>
<body><h1>Concurrency, run</h1>${labs.join('\n')}</body></html>`;
}

/**
 * PSS of a process in KB, or 0 when it is gone.
 * @param {number} pid
 */
function pssKB(pid) {
  try {
    const match = /^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** @param {import('playwright').CDPSession} cdp */
async function browserPssMB(cdp) {
  const { processInfo } = /** @type {{ processInfo: { id: number }[] }} */ (
    await cdp.send('SystemInfo.getProcessInfo')
  );
  return processInfo.reduce((sum, p) => sum + pssKB(p.id), 0) / 1024;
}

/** @param {import('playwright').CDPSession} cdp */
async function workersAlive(cdp) {
  const { targetInfos } = /** @type {{ targetInfos: { type: string }[] }} */ (
    await cdp.send('Target.getTargets')
  );
  return targetInfos.filter((t) => t.type === 'worker').length;
}

/**
 * One course page in a fresh context.
 * @param {import('playwright').Browser} browser
 * @param {string} origin
 * @param {{ withLabs: boolean, height: number, runOne: boolean }} how
 */
async function visit(browser, origin, how) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: how.height },
    // The page.route page counts as public and the app on 127.0.0.1 as local (as in e2e/embed-script.spec.ts).
    permissions: ['local-network-access'],
  });
  const cdp = await browser.newBrowserCDPSession();
  try {
    const page = await context.newPage();
    await page.route(`${COURSE_ORIGIN}/**`, (route) =>
      route.request().url() === COURSE_PAGE
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: courseHtml(origin, how.withLabs) })
        : route.fulfill({ status: 404, body: 'not found' }),
    );
    await page.goto(COURSE_PAGE);
    let loaded = 0;
    if (how.withLabs) {
      await page
        .locator('iframe')
        .nth(LABS.length - 1)
        .waitFor({ state: 'attached', timeout: 30_000 });
      // A frame that loads shows its lab's heading; a lazy one out of view stays empty.
      await page.waitForTimeout(SETTLE_MS);
      for (let i = 0; i < LABS.length; i++) {
        const heading = page.frameLocator('iframe').nth(i).getByRole('heading', { level: 2 });
        if ((await heading.count()) > 0) loaded++;
      }
    }
    await page.waitForTimeout(SETTLE_MS);
    const idle = { loaded, workers: await workersAlive(cdp), pssMB: await browserPssMB(cdp) };
    if (!how.runOne) return { ...idle, during: 0, after: 0 };
    // The summation lab, run in its frame: count workers while it runs, then once it has ended.
    const frame = page.frameLocator('iframe').first();
    await frame.getByRole('button', { name: 'Run', exact: true }).click();
    let during = 0;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      during = Math.max(during, await workersAlive(cdp));
      if (await frame.getByRole('button', { name: 'Run', exact: true }).isEnabled()) break;
      await page.waitForTimeout(20);
    }
    await page.waitForTimeout(1000);
    return { ...idle, during, after: await workersAlive(cdp) };
  } finally {
    await cdp.detach();
    await context.close();
  }
}

/** @type {import('./lab-workloads.mjs').LabWorkload} */
export const coursePage = {
  name: 'course',
  description:
    'six labs through embed.js on a course page of another origin: frames loaded in a laptop window, workers alive before and after one lab runs, memory (PSS of the browser) with all six loaded against the page without labs',
  async run({ browser, origin, options, progress }) {
    const repeats = options.repeats ?? DEFAULT_REPEATS;
    /** @type {{ text: Awaited<ReturnType<typeof visit>>[], laptop: Awaited<ReturnType<typeof visit>>[], all: Awaited<ReturnType<typeof visit>>[] }} */
    const visits = { text: [], laptop: [], all: [] };
    for (let r = 0; r < repeats; r++) {
      progress(`course: round ${r + 1} of ${repeats}`);
      visits.text.push(await visit(browser, origin, { withLabs: false, height: 6000, runOne: false }));
      visits.laptop.push(await visit(browser, origin, { withLabs: true, height: 900, runOne: false }));
      visits.all.push(await visit(browser, origin, { withLabs: true, height: 6000, runOne: true }));
    }
    const summary = (/** @type {'text' | 'laptop' | 'all'} */ name, /** @type {string} */ page) => {
      const mine = visits[name];
      return {
        page,
        frames: name === 'text' ? 0 : LABS.length,
        framesLoaded: Math.min(...mine.map((v) => v.loaded)),
        workersIdle: Math.max(...mine.map((v) => v.workers)),
        pssMB: mine.map((v) => +v.pssMB.toFixed(1)),
        medianPssMB: +median(mine.map((v) => v.pssMB)).toFixed(1),
        workersWhileOneRuns: Math.max(...mine.map((v) => v.during)),
        workersAfterItRan: Math.max(...mine.map((v) => v.after)),
      };
    };
    const points = [
      summary('text', 'course page, no labs'),
      summary('laptop', 'six labs, 1280x900 window'),
      summary('all', 'six labs, all in view'),
    ];
    const text = points[0]?.medianPssMB ?? NaN;
    const all = points[2]?.medianPssMB ?? NaN;
    const probe = await browser.newContext();
    const env = await (
      await probe.newPage()
    ).evaluate(() => ({
      userAgent: navigator.userAgent,
      hardwareConcurrency: navigator.hardwareConcurrency,
      crossOriginIsolated: self.crossOriginIsolated,
    }));
    await probe.close();
    return {
      env,
      workload: {
        name: 'course',
        params: {
          repeats,
          labs: LABS,
          measured:
            'PSS summed over every process of the browser (CDP SystemInfo.getProcessInfo, /proc/<pid>/smaps_rollup), each page in a fresh context after the frames settle',
        },
      },
      points,
      summary: {
        sixIdleLabsOverTextPageMB: +(all - text).toFixed(1),
        perIdleLabMB: +((all - text) / LABS.length).toFixed(1),
        workersBeforeAnyRun: Math.max(points[1]?.workersIdle ?? NaN, points[2]?.workersIdle ?? NaN),
        workersAfterOneRun: points[2]?.workersAfterItRan ?? NaN,
      },
      table: {
        columns: [
          'page',
          'frames',
          'loaded',
          'workers idle',
          'median PSS MB',
          'every visit MB',
          'workers while one runs',
          'after it ran',
        ],
        rows: points.map((p) => [
          p.page,
          p.frames,
          p.framesLoaded,
          p.workersIdle,
          p.medianPssMB,
          p.pssMB.join(' '),
          p.workersWhileOneRuns,
          p.workersAfterItRan,
        ]),
      },
    };
  },
};
