// The smoke suite's experiments: every lab opened and its main experiments run to a checked result, the
// same steps in every engine. `shared` says whether the engine under test has shared memory (every engine
// here but WebKitGTK as shipped): with it, every experiment must pass; without it, the status line must
// say what is missing, the shared-memory experiments must be off with that reason, and the
// message-passing ones must still compute.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @typedef {object} Context
 * @property {boolean} shared
 * @property {(path: string) => Promise<void>} open   opens a page of the site (path and query)
 * @property {(label: string, region?: string) => Promise<void>} click   clicks an enabled button by label
 * @property {(label: string, region?: string) => Promise<string>} buttonState   'enabled' | 'disabled' | 'missing'
 * @property {(selector: string) => Promise<string | null>} text
 * @property {(selector: string) => Promise<string[]>} texts
 * @property {(selector: string) => Promise<number>} count
 * @property {() => Promise<string>} pageText
 * @property {() => Promise<Record<string, number>>} counts   the pool lab's outcome counters
 * @property {(workerPath: string) => Promise<Record<string, unknown>>} poolProbe   runs page-ops.mjs's probe
 *   task in the built pool worker at `workerPath` and returns what it found
 * @property {<T>(what: string, probe: () => Promise<T>, timeoutMs?: number) => Promise<NonNullable<T>>} waitFor
 *   polls `probe` until it returns something truthy, and returns that
 */

/** @typedef {{ name: string, run: (ctx: Context) => Promise<void> }} Scenario */

/** @param {unknown} condition @param {string} message @returns {asserts condition} */
function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** @param {string | null} text */
const number = (text) => Number((text ?? '').replace(/,/g, ''));

/**
 * Waits until the element's text matches, and returns it.
 * @param {Context} ctx @param {string} selector @param {RegExp} pattern @param {number} [timeoutMs]
 */
async function textMatching(ctx, selector, pattern, timeoutMs = 30_000) {
  return ctx.waitFor(
    `${selector} to match ${pattern}`,
    async () => {
      const text = await ctx.text(selector);
      return text !== null && pattern.test(text) ? text : null;
    },
    timeoutMs,
  );
}

/** @param {Context} ctx @param {RegExp} pattern @param {number} [timeoutMs] */
async function pageShows(ctx, pattern, timeoutMs = 30_000) {
  return ctx.waitFor(
    `the page to show ${pattern}`,
    async () => pattern.exec(await ctx.pageText())?.[0] ?? null,
    timeoutMs,
  );
}

const SUM_TOTAL = '[data-testid="sum-total"]';

/** The built pool worker's path on the site (dist/assets/pool.worker-<hash>.js). */
function poolWorkerPath() {
  const assets = fileURLToPath(new URL('../dist/assets/', import.meta.url));
  const name = readdirSync(assets).find((file) => /^pool\.worker-[^.]+\.js$/.test(file));
  if (!name) throw new Error('no pool worker in dist/assets: run `npm run build` first');
  return `/assets/${name}`;
}

/** @type {Scenario[]} */
export const SCENARIOS = [
  {
    name: 'status line tells the truth about shared memory',
    async run(ctx) {
      await ctx.open('/?lab=sum&lang=en');
      const status = await textMatching(ctx, '[data-testid="isolation-status"]', /\S/);
      if (ctx.shared) check(status.includes('SharedArrayBuffer and Atomics are available'), status);
      else {
        check(
          status.includes(
            'Cross-origin isolated, but shared memory is off: this browser provides no SharedArrayBuffer',
          ),
          `status line: ${status}`,
        );
        check(!status.includes('are available'), `status line claims shared memory: ${status}`);
      }
    },
  },
  {
    name: 'sum lab: message passing sums exactly, twice (the second from a cached worker script)',
    async run(ctx) {
      await ctx.open('/?lab=sum&lang=en');
      await ctx.click('Run');
      await textMatching(ctx, SUM_TOTAL, /^499,999,500,000$/);
      check((await ctx.text('[data-testid="sum-check"]'))?.includes('matches'), 'total not checked');
      // A second page load starts the workers from the browser's cache: a revalidation answered 304.
      await ctx.open('/?lab=sum&lang=en&high=2000000&workers=2');
      await ctx.click('Run');
      await textMatching(ctx, SUM_TOTAL, /^1,999,999,000,000$/);
    },
  },
  {
    name: 'sum lab: shared memory and the simulated GIL',
    async run(ctx) {
      await ctx.open('/?lab=sum&lang=en&transport=shared&workers=2');
      if (!ctx.shared) {
        await pageShows(
          ctx,
          /Shared memory and the simulated GIL are off: this browser provides no SharedArrayBuffer/,
        );
        // The link asked for shared memory; the lab falls back to message passing and still computes.
        await ctx.click('Run');
        await textMatching(ctx, SUM_TOTAL, /^499,999,500,000$/);
        return;
      }
      await ctx.click('Run');
      await textMatching(ctx, SUM_TOTAL, /^499,999,500,000$/);
      await ctx.open('/?lab=sum&lang=en&high=20000000&workers=2&gil=5');
      await ctx.click('Run');
      await textMatching(ctx, SUM_TOTAL, /^199,999,990,000,000$/, 60_000);
      check(number(await ctx.text('[data-testid="sum-handoffs"]')) > 0, 'no GIL hand-offs reported');
    },
  },
  {
    name: 'lessons: the home page lists the path; steps predict, run and explain with the lab’s numbers',
    async run(ctx) {
      await ctx.open('/?lang=en');
      await pageShows(ctx, /Start here/);
      check((await ctx.count('.lesson-card')) >= 6, 'the home page lists fewer than 6 lesson steps');

      const twoThreads = 'Two threads, one sum';
      await ctx.open('/?lesson=summing-thread&lang=en&high=20000000');
      await ctx.click('Skip the prediction', twoThreads);
      await ctx.click('Run this step', twoThreads);
      const explanation = await textMatching(
        ctx,
        '[data-testid="lesson-explanation"]',
        /You skipped the prediction\. 2 workers took/,
        60_000,
      );
      const times = (await ctx.texts('[data-testid="sum-history"] tbody tr td:nth-child(6)')).map(
        (cell) => /[\d.]+/.exec(cell)?.[0],
      );
      check(times.length === 2, `history rows: ${times.length}`);
      check(explanation.includes(`(${times[1]} ms against ${times[0]} ms`), `explanation: ${explanation}`);

      const gil = 'The GIL';
      await ctx.open('/?lesson=gil&lang=en&high=20000000');
      if (ctx.shared) {
        await ctx.click('Skip the prediction', gil);
        await ctx.click('Run this step', gil);
        await textMatching(
          ctx,
          '[data-testid="lesson-explanation"]',
          /With the GIL, 2 workers took [\d.]+ ms/,
          60_000,
        );
      } else {
        await pageShows(ctx, /This step needs shared memory for the simulated GIL/);
        check((await ctx.buttonState('Run this step', gil)) === 'disabled', 'the GIL step can be run');
      }

      const threads = 'Processes and threads';
      await ctx.open('/?lesson=threads&lang=en&from=1048576&to=1048576&repeats=2');
      await ctx.click('Skip the prediction', threads);
      await ctx.click('Run this step', threads);
      await textMatching(
        ctx,
        '[data-testid="lesson-explanation"]',
        /Copying 1 MB there and back took [\d.]+ ms; transferring the same buffer took [\d.]+ ms/,
        60_000,
      );

      // The locks lab's step: a deadlock the lock timeout breaks (Atomics.wait needs shared memory).
      const deadlock = 'Deadlock';
      await ctx.open('/?lesson=deadlock&lang=en&hold=50&locktimeout=300');
      if (ctx.shared) {
        await ctx.click('Skip the prediction', deadlock);
        await ctx.click('Run this step', deadlock);
        await textMatching(
          ctx,
          '[data-testid="lesson-explanation"]',
          /close a loop in the wait-for graph, .+ gave up on \S+ after waiting [\d.,]+ ms \(its timeout is 300 ms\)/,
          60_000,
        );
      }

      // The pool lab's step: the article's library against the pool's outcomes for the same 200 items.
      const article = 'The article’s do_threaded_work';
      await ctx.open('/?lesson=threaded-work&lang=en&iomin=1&iomax=5');
      await ctx.click('Skip the prediction', article);
      await ctx.click('Run this step', article);
      await textMatching(
        ctx,
        '[data-testid="lesson-explanation"]',
        /The article’s library would return [\d,]+ results for 200 items; this pool returned 200 outcomes/,
        60_000,
      );

      await ctx.open('/?lang=en');
      await pageShows(ctx, /✓ Done/);
    },
  },
  {
    name: 'pool lab: 200 mixed items, one outcome each, errors and timeouts counted',
    async run(ctx) {
      await ctx.open(
        '/?lab=pool&lang=en&n=200&throw=10&hang=5&falsy=10&timeout=200&workers=4&kind=mixed&iomax=20&cpu=5000',
      );
      await ctx.click('Run');
      await textMatching(ctx, '[data-testid="pool-status"]', /200 items in/, 60_000);
      const c = await ctx.counts();
      const total = (c['ok'] ?? 0) + (c['error'] ?? 0) + (c['timeout'] ?? 0) + (c['cancelled'] ?? 0);
      check(total === 200, `outcomes ${JSON.stringify(c)}`);
      check(
        (c['error'] ?? 0) > 5 && (c['timeout'] ?? 0) > 0 && c['cancelled'] === 0,
        `outcomes ${JSON.stringify(c)}`,
      );
      const replay = await ctx.text('[data-testid="replay-returned"]');
      check(
        /returned 200 outcomes for the 200 items it was handed, one per item/.test(replay ?? ''),
        `replay: ${replay}`,
      );
    },
  },
  {
    name: 'pool worker: a task reaches its own origin only (the worker script’s CSP) and cannot postMessage',
    async run(ctx) {
      // Twice: the second worker starts from the browser's cache, its script revalidated (a 304).
      for (const start of ['first', 'cached']) {
        await ctx.open('/?lab=pool&lang=en');
        const found = await ctx.poolProbe(poolWorkerPath());
        const summary = `${start} start: ${JSON.stringify(found)}`;
        // What each engine did, in the suite's output: its own words for the blocked request.
        const violations = Array.isArray(found['violations']) ? found['violations'].join(', ') : '';
        console.log(
          `    ${start} start, another origin: ${String(found['otherOrigin'])} (policy violations reported: ${violations || 'none'})`,
        );
        check(!('error' in found), summary);
        check(String(found['ownOrigin']).startsWith('reached'), `own origin not reached: ${summary}`);
        check(
          String(found['postMessageCall']).startsWith('TypeError: postMessage is reserved for the pool'),
          `postMessage not reserved: ${summary}`,
        );
        check(String(found['otherOrigin']).startsWith('failed'), `another origin reached: ${summary}`);
      }
    },
  },
  {
    name: 'code lab: code from a link runs on 2 workers; errors in work and in items() name their lines in this engine',
    async run(ctx) {
      const fn =
        'function work(item) {\n  if (item === 3)\n    throw new RangeError("three");\n  return item * 10;\n}\n';
      await ctx.open(
        `/?lab=code&lang=en&from=json&workers=2&items=${encodeURIComponent('[1, 2, 3, 4]')}&fn=${encodeURIComponent(fn)}`,
      );
      await textMatching(ctx, '[data-testid="link-code-note"]', /This link contains code/);
      await ctx.click('Run');
      await textMatching(ctx, '[data-testid="code-status"]', /4 items in/, 60_000);
      const c = await ctx.counts();
      check(c['ok'] === 3 && c['error'] === 1, `outcomes ${JSON.stringify(c)}`);
      // The line comes from this engine's stack, read against its own calibration.
      const error = await textMatching(ctx, '[data-testid="first-error"]', /line \d+/);
      check(/Code, line 3, column \d+: RangeError: three/.test(error), `first error: ${error}`);
      // The items generator runs in a worker of its own; its error is placed the same way.
      const items = 'function* items() {\n  yield 1;\n  throw new Error("no more");\n}\n';
      await ctx.open(
        `/?lab=code&lang=en&from=generator&items=${encodeURIComponent(items)}&fn=${encodeURIComponent(fn)}`,
      );
      await textMatching(ctx, '[data-testid="link-code-note"]', /This link contains code/);
      await ctx.click('Run');
      const problem = await textMatching(ctx, '[data-testid="run-problem"]', /Items/);
      check(
        /Items, line 3, column \d+: items\(\) threw Error: no more/.test(problem),
        `items error: ${problem}`,
      );
    },
  },
  {
    name: 'code lab in Python: Pyodide in each worker sums exactly; an exception and a generator name their lines',
    async run(ctx) {
      const fn =
        '# tens\ndef work(item):\n    if item == 3:\n        raise ValueError("three")\n    return sum(range(item * 1000))\n';
      await ctx.open(
        `/?lab=code&lang=en&language=python&from=json&workers=2&items=${encodeURIComponent('[1, 2, 3, 4]')}&fn=${encodeURIComponent(fn)}`,
      );
      await textMatching(ctx, '[data-testid="link-code-note"]', /This link contains code/);
      await ctx.click('Run');
      // Starting Python in each worker (a 9.6 MB WebAssembly module) comes first.
      await textMatching(ctx, '[data-testid="code-status"]', /4 items in/, 180_000);
      const c = await ctx.counts();
      check(c['ok'] === 3 && c['error'] === 1, `outcomes ${JSON.stringify(c)}`);
      const values = await ctx.texts('[data-testid="results-table"] .value-cell');
      // sum(range(n)) = n(n - 1) / 2 for n = 1000, 2000, 4000.
      for (const expected of ['499,500', '1,999,000', '7,998,000'])
        check(
          values.some((v) => v.replace(/\s/g, '') === expected || v === expected.replace(/,/g, '')),
          `values ${values.join(' | ')} lack ${expected}`,
        );
      const error = await textMatching(ctx, '[data-testid="first-error"]', /line \d+/);
      check(/Code, line 4: ValueError: three/.test(error), `first error: ${error}`);
      const items = 'def items():\n    yield 1\n    raise KeyError("no more")\n';
      await ctx.open(
        `/?lab=code&lang=en&language=python&from=generator&items=${encodeURIComponent(items)}&fn=${encodeURIComponent(fn)}`,
      );
      await textMatching(ctx, '[data-testid="link-code-note"]', /This link contains code/);
      await ctx.click('Run');
      const problem = await textMatching(ctx, '[data-testid="run-problem"]', /Items/, 120_000);
      check(/Items, line 3: items\(\) threw KeyError: 'no more'/.test(problem), `items error: ${problem}`);
    },
  },
  {
    name: 'speedup lab: a 1..2 sweep of the sum and of pool tasks',
    async run(ctx) {
      for (const workload of ['sum&size=20000000', 'pool-cpu']) {
        await ctx.open(`/?lab=speedup&lang=en&workload=${workload}&max=2&repeats=1`);
        await ctx.click('Run sweep');
        await ctx.waitFor(
          `two rows for ${workload}`,
          async () => (await ctx.count('table tbody tr')) === 2,
          90_000,
        );
        await ctx.waitFor('the sweep to end', async () => (await ctx.buttonState('Run sweep')) === 'enabled');
        check(!(await ctx.pageText()).includes('failed'), `sweep of ${workload} failed`);
      }
    },
  },
  {
    name: 'locks lab: races, semaphore, barrier and deadlock on real threads (or off, saying why)',
    async run(ctx) {
      await ctx.open('/?lab=sync&lang=en&workers=2&m=200000&window=100&repeats=4');
      if (!ctx.shared) {
        await pageShows(
          ctx,
          /The real-thread experiments need shared memory, which is off: this browser provides no SharedArrayBuffer/,
        );
        check((await ctx.buttonState('Compare the three ways')) === 'disabled', 'race not disabled');
        // The scheduler simulator needs no shared memory.
        for (const thread of [1, 2, 1, 2, 1, 2]) await ctx.click(`Run thread ${thread}`);
        await textMatching(ctx, '[data-testid="sim-verdict"]', /1 update was lost/);
        return;
      }
      await ctx.click('Compare the three ways');
      await ctx.waitFor(
        'three race rows',
        async () => (await ctx.count('[data-testid="race-table"] tbody tr')) === 3,
        60_000,
      );
      const [, atomic, mutex] = (await ctx.texts('[data-testid="lost"]')).map(number);
      check(atomic === 0 && mutex === 0, `Atomics.add lost ${atomic}, the mutex lost ${mutex}`);
      // Repeated races start new workers from the cached script each time.
      await ctx.waitFor(
        'the race buttons back',
        async () => (await ctx.buttonState('Run repeatedly (histogram)')) === 'enabled',
      );
      await ctx.click('Run repeatedly (histogram)');
      // The histogram grows run by run: wait for all four, one bar count per final value.
      await ctx.waitFor(
        'a histogram of four runs',
        async () => {
          const titles = await ctx.texts('.bins rect title');
          const runs = titles
            .map((t) => Number(/: (\d+) runs?$/.exec(t)?.[1] ?? NaN))
            .reduce((x, y) => x + y, 0);
          return runs === 4;
        },
        60_000,
      );

      await ctx.open(
        '/?lab=sync&lang=en&semk=5&permits=2&conns=2&connms=100&bark=3&phases=3&workms=30&dlk=2&hold=100&locktimeout=1000',
      );
      await ctx.click('Run', 'A semaphore limits connections');
      await textMatching(
        ctx,
        '[data-testid="semaphore-result"]',
        /Most connections open at once: 2 \(permits: 2\)\./,
      );
      await ctx.click('Run', 'A barrier between phases');
      await textMatching(ctx, '[data-testid="barrier-result"]', /^✓ In all 3 phases/);
      await ctx.click('Run', 'Deadlock, and the fix');
      await textMatching(ctx, '[data-testid="deadlock-result"]', /Deadlock: found by worker/);
    },
  },
  {
    name: 'transfer lab: a 1 KB to 16 KB sweep and ping-pong latency',
    async run(ctx) {
      // Five sizes: WebKit with shared memory takes tens of seconds for a wider sweep on two cores.
      await ctx.open('/?lab=transfer&lang=en&from=1024&to=16384&repeats=2');
      await ctx.click('Measure');
      const transports = ctx.shared ? 5 : 4;
      await ctx.waitFor(
        `${5 * transports} rows`,
        async () => (await ctx.count('[data-testid="transfer-table"] tbody tr')) === 5 * transports,
        120_000,
      );
      await ctx.waitFor('Measure back', async () => (await ctx.buttonState('Measure')) === 'enabled');
      await ctx.click('Measure latency');
      const rows = ctx.shared ? 2 : 1;
      await ctx.waitFor(
        `${rows} latency rows`,
        async () => (await ctx.count('[data-testid="latency-table"] tbody tr')) === rows,
        120_000,
      );
      const cells = await ctx.texts('[data-testid="latency-table"] tbody tr');
      check(cells[0]?.includes('postMessage'), `latency rows: ${cells.join(' | ')}`);
    },
  },
];
