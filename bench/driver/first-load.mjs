// `npm run bench -- --workload load [--repeats R]`: each lab opened cold, as a learner's first visit opens
// it: a fresh browser context (empty cache) per load, the lab's link, and the time from navigation to the
// page's first enabled button or link (the moment it can be used: a lab's Run, the home page's first step),
// with DOMContentLoaded, the JavaScript fetched before that moment (bytes over the wire and gzip) and the
// long tasks until then, split at the mark main.tsx sets when it hands the app to React: loading and
// evaluating scripts before it, the first render after.
// Two baselines load the same way: a blank page and a page of React alone. Budgets (docs/budgets.md):
// usable within 500 ms, initial JavaScript within 150 KB gzip, no long task in a lab's first render.
import { gzipSync } from 'node:zlib';
import { installLongTaskWatch, readLongTasks } from './long-task-watch.mjs';
import { median } from './table.mjs';

/**
 * The User Timing mark main.tsx (and the React-only page) set when they hand the page to React: as
 * src/app/first-render-mark.ts spells it (a .ts module Node cannot import; first-load.test.mjs holds the
 * two equal).
 */
export const FIRST_RENDER_MARK = 'concurrency-playground:first-render';

/** Cold loads per lab by default (`--repeats`); the median is reported. */
const DEFAULT_REPEATS = 5;
/** A lab that has no usable control after this long has failed to load (ms). */
const LOAD_LIMIT_MS = 30_000;
const BUDGETS = { usableMs: 500, initialJsGzipKB: 150, firstRenderLongTasks: 0 };

/**
 * Runs in the page before its scripts (addInitScript): records in `window.firstUsable` the page's clock when
 * a control inside the page's `main` is first present and usable: an enabled button (a lab's Run) or a link
 * (the home page's lesson steps have links, no button). Self-contained.
 */
function watchFirstUsable() {
  const found = () => {
    const main = document.querySelector('main');
    if (!main) return false;
    const button = [...main.querySelectorAll('button, a[href]')].find(
      (control) => !(control instanceof HTMLButtonElement && control.disabled),
    );
    if (!button) return false;
    /** @type {Window & { firstUsable?: { ms: number, label: string } }} */ (window).firstUsable = {
      ms: performance.now(),
      label: (button.textContent ?? '').trim(),
    };
    return true;
  };
  const observer = new MutationObserver(() => {
    if (found()) observer.disconnect();
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['disabled'],
  });
}

/**
 * The labs' ids, read from the app's own navigation (so this list cannot drift from the app's), and the
 * browser's facts for the report.
 * @param {import('playwright').Browser} browser
 * @param {string} origin
 */
async function labIds(browser, origin) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/index.html?lang=en`);
    await page.locator('nav.lab-nav a').first().waitFor();
    const hrefs = await page
      .locator('nav.lab-nav a')
      .evaluateAll((links) =>
        links.map((a) => new URL(/** @type {HTMLAnchorElement} */ (a).href).searchParams.get('lab') ?? ''),
      );
    const env = await page.evaluate(() => ({
      userAgent: navigator.userAgent,
      hardwareConcurrency: navigator.hardwareConcurrency,
      crossOriginIsolated: self.crossOriginIsolated,
    }));
    return { labs: hrefs.filter((id) => id !== ''), env };
  } finally {
    await context.close();
  }
}

/**
 * One cold load of a lab.
 * @param {import('playwright').Browser} browser
 * @param {string} origin
 * @param {string} lab
 * @param {Map<string, number>} gzipBytes gzip size by script URL, filled as new scripts are seen
 */
async function coldLoad(browser, origin, lab, gzipBytes) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(installLongTaskWatch);
    await page.addInitScript(watchFirstUsable);
    if (lab === BASELINE_LAB) {
      await page.route(`${origin}/blank.html`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: BASELINE_HTML,
          headers: {
            'Cross-Origin-Opener-Policy': 'same-origin',
            'Cross-Origin-Embedder-Policy': 'require-corp',
          },
        }),
      );
    }
    /** @type {{ url: string, atMs: number }[]} */
    const scripts = [];
    page.on('response', (response) => {
      const url = response.url();
      if (/\.m?js(\?|$)/.test(url)) scripts.push({ url, atMs: Date.now() });
    });
    await page.goto(
      lab === BASELINE_LAB
        ? `${origin}/blank.html`
        : lab === REACT_BASELINE_LAB
          ? `${origin}/bench-react-only.html`
          : `${origin}/index.html?lab=${lab}&lang=en`,
    );
    await page.waitForFunction(() => 'firstUsable' in window, undefined, {
      polling: 50,
      timeout: LOAD_LIMIT_MS,
    });
    const timing = await page.evaluate((firstRenderMark) => {
      const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
      const usable = /** @type {Window & { firstUsable?: { ms: number, label: string } }} */ (window)
        .firstUsable;
      const usableMs = usable?.ms ?? NaN;
      // Scripts that finished arriving before the lab was usable: its initial JavaScript.
      const initial = performance
        .getEntriesByType('resource')
        .filter(
          (r) =>
            /\.m?js(\?|$)/.test(r.name) &&
            /** @type {PerformanceResourceTiming} */ (r).responseEnd <= usableMs,
        )
        .map((r) => ({ url: r.name, bytes: /** @type {PerformanceResourceTiming} */ (r).encodedBodySize }));
      const all = performance.getEntriesByType('resource').filter((r) => /\.m?js(\?|$)/.test(r.name)).length;
      return {
        usableMs,
        // No mark (the blank page): no render is told apart, every long task counts as loading.
        firstRenderMs: performance.getEntriesByName(firstRenderMark, 'mark')[0]?.startTime ?? Infinity,
        label: usable?.label ?? '',
        domContentLoadedMs: nav.domContentLoadedEventEnd,
        initial,
        scriptsFetched: all,
      };
    }, FIRST_RENDER_MARK);
    const longTasks = await readLongTasks(page, 0, timing.usableMs);
    for (const { url } of timing.initial) {
      if (gzipBytes.has(url)) continue;
      const body = await (await fetch(url)).arrayBuffer();
      gzipBytes.set(url, gzipSync(Buffer.from(body), { level: 9 }).length);
    }
    const initialGzip = timing.initial.reduce((sum, s) => sum + (gzipBytes.get(s.url) ?? 0), 0);
    return {
      lab,
      usableMs: timing.usableMs,
      afterDomContentLoadedMs: timing.usableMs - timing.domContentLoadedMs,
      firstRenderMs: timing.firstRenderMs,
      domContentLoadedMs: timing.domContentLoadedMs,
      initialScripts: timing.initial.length,
      initialJsBytes: timing.initial.reduce((sum, s) => sum + s.bytes, 0),
      initialJsGzipBytes: initialGzip,
      // A task that began before the mark (the one that evaluates main and sets it, say) is loading.
      loadingLongTaskMs: longTasks.tasks
        .filter((t) => t.startMs < timing.firstRenderMs)
        .map((t) => Math.round(t.durationMs)),
      renderLongTaskMs: longTasks.tasks
        .filter((t) => t.startMs >= timing.firstRenderMs)
        .map((t) => Math.round(t.durationMs)),
      button: timing.label,
    };
  } finally {
    await context.close();
  }
}

/**
 * What the machine itself costs: the same cold load of a page with nothing but a button, served on the
 * same origin (through the browser's request interception, with the isolation headers), so a lab's time
 * can be read against the least any page takes here.
 */
const BASELINE_LAB = '(blank page)';
const BASELINE_HTML =
  '<!doctype html><html lang="en"><title>blank</title><main><button>Run</button></main></html>';
/**
 * What React itself costs here: bench-react-only.html, the app's React chunk rendering one button the way
 * main.tsx renders the app, so a lab's long tasks while scripts load can be read against React's own.
 */
const REACT_BASELINE_LAB = '(React only)';
const BASELINES = [BASELINE_LAB, REACT_BASELINE_LAB];

/** @type {import('./lab-workloads.mjs').LabWorkload} */
export const firstLoad = {
  name: 'load',
  description:
    'each lab opened cold (fresh context): navigation to its first enabled button or link, after DOMContentLoaded, initial JavaScript (bytes, gzip), long tasks while scripts load and in the first render, beside a blank page and a React-only page; median of --repeats loads',
  async run({ browser, origin, options, progress }) {
    const repeats = options.repeats ?? DEFAULT_REPEATS;
    const { labs, env } = await labIds(browser, origin);
    if (labs.length === 0) throw new Error('the app shows no lab links');
    /** @type {Map<string, number>} */
    const gzipBytes = new Map();
    /** @type {Awaited<ReturnType<typeof coldLoad>>[]} */
    const loads = [];
    // Round robin over the labs, so a slow spell of the machine falls on all of them alike.
    for (let r = 0; r < repeats; r++) {
      for (const lab of [...BASELINES, ...labs]) {
        progress(`load: ${lab}, cold load ${r + 1} of ${repeats}`);
        loads.push(await coldLoad(browser, origin, lab, gzipBytes));
      }
    }
    const points = [...BASELINES, ...labs].map((lab) => {
      const mine = loads.filter((l) => l.lab === lab);
      return {
        lab,
        loads: mine.length,
        usableMs: mine.map((l) => Math.round(l.usableMs)),
        medianUsableMs: Math.round(median(mine.map((l) => l.usableMs))),
        medianAfterDomContentLoadedMs: Math.round(median(mine.map((l) => l.afterDomContentLoadedMs))),
        // null: the page sets no first-render mark (the baselines).
        medianFirstRenderMs: mine.every((l) => Number.isFinite(l.firstRenderMs))
          ? Math.round(median(mine.map((l) => l.firstRenderMs)))
          : null,
        initialJsKB: +(Math.max(...mine.map((l) => l.initialJsBytes)) / 1024).toFixed(1),
        initialJsGzipKB: +(Math.max(...mine.map((l) => l.initialJsGzipBytes)) / 1024).toFixed(1),
        initialScripts: Math.max(...mine.map((l) => l.initialScripts)),
        loadingLongTaskMs: mine.flatMap((l) => l.loadingLongTaskMs),
        renderLongTaskMs: mine.flatMap((l) => l.renderLongTaskMs),
        button: mine[0]?.button ?? '',
      };
    });
    const labPoints = points.filter((p) => !BASELINES.includes(p.lab));
    const baseline = points.find((p) => p.lab === BASELINE_LAB);
    const reactBaseline = points.find((p) => p.lab === REACT_BASELINE_LAB);
    const slowest = Math.max(...labPoints.map((p) => p.medianUsableMs));
    const heaviest = Math.max(...labPoints.map((p) => p.initialJsGzipKB));
    const loadingLongTasks = labPoints.reduce((sum, p) => sum + p.loadingLongTaskMs.length, 0);
    const renderLongTasks = labPoints.reduce((sum, p) => sum + p.renderLongTaskMs.length, 0);
    const verdict = (/** @type {number} */ value, /** @type {number} */ limit) =>
      `${value} <= ${limit} ${value <= limit ? 'met' : 'missed'}`;
    return {
      env,
      workload: {
        name: 'load',
        params: {
          repeats,
          labs,
          timed:
            'navigation start to the first enabled button or link inside main, on the page clock, each load in a fresh ' +
            'browser context; initial JavaScript: scripts whose response ended before that moment (encoded ' +
            'bytes as served; gzip -9 of the same files)',
        },
      },
      points,
      summary: {
        slowestMedianUsableMs: slowest,
        blankPageMedianUsableMs: baseline?.medianUsableMs ?? NaN,
        slowestOverBlankPageMs: slowest - (baseline?.medianUsableMs ?? NaN),
        heaviestInitialJsGzipKB: heaviest,
        reactOnlyMedianUsableMs: reactBaseline?.medianUsableMs ?? NaN,
        longTasksWhileScriptsLoad: loadingLongTasks,
        reactOnlyLongTasksWhileScriptsLoad: reactBaseline?.loadingLongTaskMs.length ?? NaN,
        labLoads: labPoints.reduce((sum, p) => sum + p.loads, 0),
        'budget.usableMs': verdict(slowest, BUDGETS.usableMs),
        'budget.initialJsGzipKB': verdict(heaviest, BUDGETS.initialJsGzipKB),
        'budget.firstRenderLongTasks': verdict(renderLongTasks, BUDGETS.firstRenderLongTasks),
      },
      table: {
        columns: [
          'lab',
          'median usable ms',
          'after DOMContentLoaded ms',
          'first render at ms',
          'every load ms',
          'initial JS KB',
          'gzip KB',
          'scripts',
          'long tasks loading: ms',
          'in first render: ms',
          'first button',
        ],
        rows: points.map((p) => [
          p.lab,
          p.medianUsableMs,
          p.medianAfterDomContentLoadedMs,
          p.medianFirstRenderMs ?? '-',
          p.usableMs.join(' '),
          p.initialJsKB,
          p.initialJsGzipKB,
          p.initialScripts,
          `${p.loadingLongTaskMs.length}: ${p.loadingLongTaskMs.join(' ')}`,
          `${p.renderLongTaskMs.length}: ${p.renderLongTaskMs.join(' ')}`,
          p.button,
        ]),
      },
    };
  },
};
