// The cross-engine smoke suite: every lab's main experiments, run to a checked result in Chromium (through
// Playwright), Firefox (puppeteer-core over WebDriver BiDi) and WebKitGTK (WebKitWebDriver and MiniBrowser
// through selenium-webdriver), WebKit twice: as shipped, where an isolated page has no SharedArrayBuffer,
// and with JSC_useSharedArrayBuffer=1, as in Safari. Against the built site (`npm run build` first), served
// as `npm start` serves it. A console error, an uncaught error or an unhandled rejection fails the
// experiment it happened in.
//
//   node e2e-engines/run.mjs [--engines chromium,firefox,webkit,webkit-sab] [--only <text>]
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './drivers/chromium.mjs';
import { launchFirefox } from './drivers/firefox.mjs';
import { launchWebKit } from './drivers/webkit.mjs';
import { SCENARIOS } from './scenarios.mjs';
import { startSmokeServer } from './smoke-server.mjs';
import { startXvfb } from './xvfb.mjs';

/** Not 4173/4174 (the e2e servers) nor the bench's: the suites may run side by side. */
const PORT = 4176;
/** Longest any one experiment may take, ms, before it counts as hung. */
const SCENARIO_TIMEOUT_MS = 180_000;
const POLL_MS = 150;

const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit', 'webkit-sab']);
/** @typedef {(typeof ENGINES)[number]} EngineId */

/** @param {string} message @returns {never} */
function usageError(message) {
  console.error(
    `e2e-engines: ${message}\nusage: node e2e-engines/run.mjs [--engines ${ENGINES.join(',')}] [--only <text>]`,
  );
  process.exit(2);
}

/** @type {{ engines: string, only?: string | undefined }} */
let values = { engines: ENGINES.join(',') };
try {
  ({ values } = parseArgs({
    options: { engines: { type: 'string', default: ENGINES.join(',') }, only: { type: 'string' } },
  }));
} catch (error) {
  usageError(error instanceof Error ? error.message : String(error));
}
const chosen = /** @type {EngineId[]} */ (values.engines.split(',').map((e) => e.trim()));
for (const engine of chosen)
  if (!ENGINES.includes(engine)) usageError(`--engines: "${engine}" is not one of ${ENGINES.join(', ')}`);
const scenarios = SCENARIOS.filter((s) => !values.only || s.name.includes(values.only));
if (scenarios.length === 0)
  usageError(
    `--only: no experiment's name contains "${values.only ?? ''}"; the names are:\n  ${SCENARIOS.map((s) => s.name).join('\n  ')}`,
  );

if (!existsSync(fileURLToPath(new URL('../dist/index.html', import.meta.url)))) {
  console.error('e2e-engines: no dist/: run `npm run build` first.');
  process.exit(2);
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @template T
 * @param {Promise<T>} work @param {number} ms @param {string} what
 * @returns {Promise<T>}
 */
async function within(work, ms, what) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** @type {Promise<never>} */
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Adds the current page's recorded problems to `problems` (before the page is left, which loses them).
 * @param {import('./drivers/session.mjs').Session} session @param {string[]} problems
 */
async function collectProblems(session, problems) {
  try {
    problems.push(.../** @type {string[]} */ (await session.op('problems')));
  } catch {
    // No page of the site yet (about:blank before the first open).
  }
}

/**
 * @param {import('./drivers/session.mjs').Session} session
 * @param {string} origin @param {boolean} shared @param {string[]} problems
 * @returns {import('./scenarios.mjs').Context}
 */
function contextFor(session, origin, shared, problems) {
  /** @type {import('./scenarios.mjs').Context['waitFor']} */
  const waitFor = async (what, probe, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return /** @type {any} */ (value);
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
      await sleep(POLL_MS);
    }
  };
  const collect = () => collectProblems(session, problems);
  /** @param {string} label @param {string} [region] */
  const buttonState = async (label, region) => String(await session.op('button', label, region));
  return {
    shared,
    open: async (path) => {
      await collect();
      await session.goto(`${origin}${path}`);
      await waitFor(`${path} to render`, async () => session.op('ready'));
    },
    click: async (label, region) => {
      // A button may be disabled for a moment (a run ending, a lab loading): wait for it.
      await waitFor(
        `button "${label}" to be enabled`,
        async () => (await buttonState(label, region)) === 'enabled',
      );
      const result = await session.op('click', label, region);
      if (result !== 'clicked') throw new Error(`button "${label}": ${String(result)}`);
    },
    buttonState,
    text: async (selector) => /** @type {string | null} */ (await session.op('text', selector)),
    texts: async (selector) => /** @type {string[]} */ (await session.op('texts', selector)),
    count: async (selector) => Number(await session.op('count', selector)),
    pageText: async () => String(await session.op('pageText')),
    counts: async () => /** @type {Record<string, number>} */ (await session.op('counts')),
    poolProbe: async (workerPath) => {
      const started = await session.op('poolProbe', workerPath);
      if (started !== 'started') throw new Error(`pool probe: ${String(started)}`);
      return /** @type {Record<string, unknown>} */ (
        await waitFor('the pool worker’s probe task', async () => session.op('poolProbeResult'))
      );
    },
    waitFor,
  };
}

/**
 * @param {EngineId} engine @param {{ display?: string }} x
 * @returns {Promise<import('./drivers/session.mjs').Session>}
 */
function launch(engine, x) {
  if (engine === 'chromium') return launchChromium();
  if (engine === 'firefox') return launchFirefox();
  if (!x.display) throw new Error('no X display for WebKit');
  return launchWebKit({ sharedArrayBuffer: engine === 'webkit-sab', display: x.display });
}

/**
 * Opens a first page, proves the page's error recorder works there, prints what the engine is and has,
 * and says whether it has shared memory.
 * @param {import('./drivers/session.mjs').Session} session @param {string} origin
 * @returns {Promise<boolean>}
 */
async function describeEngine(session, origin) {
  await session.goto(`${origin}/?lab=sum&lang=en`);
  if ((await session.op('recorderSelfTest')) !== true)
    throw new Error(`${session.engine}: the page's error recorder did not record a console.error`);
  const facts = /** @type {Record<string, unknown>} */ (await session.op('facts'));
  console.log(`\n${session.engine}: ${String(facts['userAgent'])}`);
  console.log(
    `  isolated=${String(facts['crossOriginIsolated'])} SharedArrayBuffer=${String(facts['sharedArrayBuffer'])} cores=${String(facts['cores'])}`,
  );
  return facts['crossOriginIsolated'] === true && facts['sharedArrayBuffer'] === 'function';
}

const server = await startSmokeServer(PORT);
/** @type {{ display?: string, stop?: () => Promise<void> }} */
const x = {};
if (chosen.some((e) => e.startsWith('webkit'))) {
  if (process.env['DISPLAY']) x.display = process.env['DISPLAY'];
  else Object.assign(x, await startXvfb());
}
/** @type {{ engine: string, scenario: string, ok: boolean, ms: number, detail: string }[]} */
const results = [];
try {
  for (const engine of chosen) {
    const startedAt = Date.now();
    /** @type {import('./drivers/session.mjs').Session | undefined} */
    let session;
    let shared = false;
    try {
      session = await within(launch(engine, x), 60_000, `starting ${engine}`);
      shared = await within(describeEngine(session, server.origin), 60_000, `opening ${engine}'s first page`);
    } catch (error) {
      results.push({
        engine,
        scenario: '(browser start)',
        ok: false,
        ms: Date.now() - startedAt,
        detail: String(error),
      });
      await session?.close().catch(() => {});
      continue;
    }
    // Only WebKitGTK as shipped lacks shared memory; everywhere else its absence is a failure.
    if (engine !== 'webkit' && !shared)
      results.push({
        engine: session.engine,
        scenario: '(shared memory expected)',
        ok: false,
        ms: 0,
        detail: 'the page reports no shared memory',
      });
    try {
      for (const scenario of scenarios) {
        /** @type {string[]} */
        const problems = [];
        const nativeBefore = session.nativeProblems().length;
        const ctx = contextFor(session, server.origin, shared, problems);
        const t0 = Date.now();
        let detail = '';
        let ok = true;
        try {
          await within(scenario.run(ctx), SCENARIO_TIMEOUT_MS, scenario.name);
          await collectProblems(session, problems);
          const all = [...new Set([...problems, ...session.nativeProblems().slice(nativeBefore)])];
          if (all.length > 0) {
            ok = false;
            detail = `errors on the page: ${all.join(' | ')}`;
          }
        } catch (error) {
          ok = false;
          detail = error instanceof Error ? error.message : String(error);
          try {
            const text = String(await session.op('pageText'))
              .replace(/\s+/g, ' ')
              .slice(0, 600);
            detail += `\n      page: ${text}`;
          } catch {
            // The page itself is gone; the error says enough.
          }
        }
        const ms = Date.now() - t0;
        results.push({ engine: session.engine, scenario: scenario.name, ok, ms, detail });
        console.log(
          `  ${ok ? '✓' : '✘'} ${scenario.name} (${(ms / 1000).toFixed(1)} s)${ok ? '' : `\n      ${detail}`}`,
        );
      }
    } finally {
      await session.close().catch((error) => console.error(`closing ${engine}: ${String(error)}`));
    }
  }
} finally {
  await server.close();
  await x.stop?.();
}

const failed = results.filter((r) => !r.ok);
const engines = [...new Set(results.map((r) => r.engine))];
console.log(
  `\ncross-engine smoke: ${results.length - failed.length} of ${results.length} passed in ${engines.join(', ')}`,
);
for (const f of failed) console.log(`  ✘ ${f.engine}: ${f.scenario}: ${f.detail.split('\n')[0]}`);
process.exit(failed.length > 0 ? 1 : 0);
