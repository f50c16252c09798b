// `npm run bench -- --workload pool-lab [--size N] [--repeats R] [--workers W]`: the task pool lab run as a
// learner runs it, in the app's own page: open the lab's link, press Run, wait for "N items in S s." and
// for the timeline to be drawn. Measures long tasks on the page's thread (docs/budgets.md: none over
// 50 ms during any lab run, including a 100k-item run with its timeline), the run time and items/s.
import { installLongTaskWatch, readLongTasks } from './long-task-watch.mjs';

/** The lab's inputs apart from items and workers: the 100k-item run of the lab's timing test. */
const LAB_QUERY = 'lang=en&throw=1&hang=0&falsy=5&kind=cpu&cpu=200&timeout=2000';
/** Long tasks are counted until this long after the timeline is drawn, in case something comes late (ms). */
const SETTLE_MS = 500;
/** A run that has not ended after this long has failed (ms). */
const RUN_LIMIT_MS = 600_000;
/** Long tasks over 50 ms allowed during a lab run (docs/budgets.md). */
const BUDGET = 0;

/**
 * @param {string} flag
 * @param {number | string | undefined} value
 * @param {number} fallback
 * @param {number} max
 */
function integerOption(flag, value, fallback, max) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new RangeError(`${flag}: expected an integer from 1 to ${max}, got ${value}`);
  return n;
}

/**
 * Runs in the page: watches the status line and leaves in `window.poolLabDone` a promise of the page's
 * clock when it says the run ended (rejected if it failed, was cancelled, or took too long).
 * @param {readonly [number, number]} args items, and the limit in ms
 */
function watchForEnd([items, limitMs]) {
  /** @type {Promise<{ endMs: number, status: string }>} */
  const ended = new Promise((resolve, reject) => {
    const status = document.querySelector('[data-testid="pool-status"]');
    if (!status) throw new Error('the pool lab has no status line');
    const done = `${items.toLocaleString('en-US')} items in`;
    const observer = new MutationObserver(() => {
      const text = status.textContent ?? '';
      if (text.includes(done)) end(undefined);
      else if (text.includes('The run failed') || text.includes('Cancelled')) end(`the run ended: ${text}`);
    });
    const timer = setTimeout(
      () => end(`no result after ${limitMs} ms: "${status.textContent ?? ''}"`),
      limitMs,
    );
    /** @param {string | undefined} problem */
    const end = (problem) => {
      observer.disconnect();
      clearTimeout(timer);
      if (problem) reject(new Error(problem));
      else resolve({ endMs: performance.now(), status: status.textContent ?? '' });
    };
    observer.observe(status, { childList: true, subtree: true, characterData: true });
  });
  /** @type {Window & { poolLabDone?: Promise<{ endMs: number, status: string }> }} */ (window).poolLabDone =
    ended;
}

/** @type {import('./lab-workloads.mjs').LabWorkload} */
export const poolLab = {
  name: 'pool-lab',
  description:
    "the task pool lab's 100k-item run in the app's page (CPU items, 2 workers, its timeline): long tasks over 50 ms (budget 0), time, items/s",
  async run({ browser, origin, options, progress }) {
    const size = integerOption('--size', options.size, 100_000, 1_000_000);
    const repeats = integerOption('--repeats', options.repeats, 3, 20);
    const workers = integerOption('--workers', options.extra['workers'], 2, 16);
    const query = `lab=pool&${LAB_QUERY}&n=${size}&workers=${workers}`;
    /** @type {Record<string, number>[]} */
    const points = [];
    /** @type {{ run: number, startMs: number, durationMs: number }[]} */
    const longTasks = [];
    /** @type {(import('./long-task-watch.mjs').LongFrame & { run: number })[]} */
    const longFrames = [];
    /** @type {import('../page/bench-types.ts').BenchEnv | undefined} */
    let env;
    for (let run = 1; run <= repeats; run++) {
      progress(`run ${run} of ${repeats}: ${size.toLocaleString('en-US')} items on ${workers} workers`);
      // A fresh page per run: each starts as a learner's first press of Run does.
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      try {
        page.on('pageerror', (error) => console.error(`pool-lab page error: ${error.message}`));
        await page.addInitScript(installLongTaskWatch);
        await page.goto(`${origin}/index.html?${query}`);
        const runButton = page.getByRole('button', { name: 'Run', exact: true });
        await runButton.waitFor();
        env ??= await page.evaluate(() => ({
          userAgent: navigator.userAgent,
          hardwareConcurrency: navigator.hardwareConcurrency,
          crossOriginIsolated: self.crossOriginIsolated,
        }));
        // Let loading settle (the lab's chunk, fonts, first paints) so only the run is measured.
        await page.waitForTimeout(500);
        await page.evaluate(watchForEnd, /** @type {const} */ ([size, RUN_LIMIT_MS]));
        const startMs = await page.evaluate(() => performance.now());
        await runButton.click();
        const { endMs, status } = await page.evaluate(() => {
          const ended = /** @type {Window & { poolLabDone?: Promise<{ endMs: number, status: string }> }} */ (
            window
          ).poolLabDone;
          return ended ?? Promise.reject(new Error('the end of the run is not watched'));
        });
        // The timeline sets data-drawn to the outcomes it has drawn once it has caught up with them all.
        await page.waitForFunction(
          (n) =>
            document.querySelector('[data-testid="pool-timeline"]')?.getAttribute('data-drawn') === String(n),
          size,
          { polling: 100, timeout: RUN_LIMIT_MS },
        );
        await page.waitForTimeout(SETTLE_MS);
        const record = await readLongTasks(page, startMs, await page.evaluate(() => performance.now()));
        const seconds = Number(/items in ([\d.]+) s/.exec(status)?.[1]);
        const labMs = seconds * 1000;
        const durations = record.tasks.map((t) => t.durationMs);
        points.push({
          run,
          items: size,
          workers,
          ms: Math.round(endMs - startMs),
          labMs,
          itemsPerSecond: Math.round(size / seconds),
          longTasksOver50ms: record.tasks.length,
          longestTaskMs: Math.round(Math.max(0, ...durations)),
          blockingMs: Math.round(durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
          longFramesOver50ms: record.frames.length,
          longestFrameMs: Math.round(Math.max(0, ...record.frames.map((f) => f.durationMs))),
        });
        for (const task of record.tasks) longTasks.push({ run, ...task });
        for (const frame of record.frames) longFrames.push({ run, ...frame });
      } finally {
        await page.close();
      }
    }
    const total = points.reduce((sum, p) => sum + (p.longTasksOver50ms ?? 0), 0);
    const labMs = points.map((p) => p.labMs ?? 0).sort((a, b) => a - b);
    const medianMs = labMs[Math.floor((labMs.length - 1) / 2)] ?? 0;
    if (!env) throw new Error('no run was measured');
    return {
      env,
      workload: { name: 'pool-lab', params: { size, repeats, workers, url: `/index.html?${query}` } },
      points,
      summary: {
        longTasksOver50ms: total,
        longTasksBudget: BUDGET,
        longestTaskMs: Math.max(0, ...points.map((p) => p.longestTaskMs ?? 0)),
        longFramesOver50ms: points.reduce((sum, p) => sum + (p.longFramesOver50ms ?? 0), 0),
        medianRunMs: medianMs,
        itemsPerSecond: Math.round(size / (medianMs / 1000)),
        withinBudget: total <= BUDGET,
      },
      longTasks,
      longFrames,
      table: {
        columns: [
          'run',
          'items',
          'run ms',
          'items/s',
          'long tasks > 50 ms',
          'longest ms',
          'long frames > 50 ms',
          'longest frame ms',
        ],
        rows: points.map((p) => [
          p.run ?? 0,
          p.items ?? 0,
          p.labMs ?? 0,
          p.itemsPerSecond ?? 0,
          p.longTasksOver50ms ?? 0,
          p.longestTaskMs ?? 0,
          p.longFramesOver50ms ?? 0,
          p.longestFrameMs ?? 0,
        ]),
      },
    };
  },
};
