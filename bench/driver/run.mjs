// `npm run bench -- --workload NAME [options]`: builds the site, serves it with COOP/COEP on loopback,
// drives headless Chromium (or Firefox, with --browser firefox) to bench.html, runs one workload there
// (or, for a lab workload, drives the lab's own page), prints a table and writes the files asked for.
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { launchFirefox } from '../../scripts/firefox.mjs';
import { freePort } from '../../scripts/free-port.mjs';
import { parseBenchArgs, USAGE } from './args.mjs';
import { missedBudgets } from './budget-check.mjs';
import { LAB_WORKLOADS } from './lab-workloads.mjs';
import { formatTable } from './table.mjs';

/** Chromium with exact heap figures and a gc() to call, for the memory workload; neither changes what others measure. */
function launchBenchChromium() {
  const launch = chromiumLaunchOptions();
  const flags = [...launch.args, '--enable-precise-memory-info', '--js-flags=--expose-gc'];
  return chromium.launch({ ...launch, args: flags, headless: true });
}

async function main() {
  /** @type {ReturnType<typeof parseBenchArgs>} */
  let args;
  try {
    args = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  // Before any build or browser start: a lab workload drives the lab's page through Playwright.
  if (args.browser === 'firefox' && LAB_WORKLOADS.some((w) => w.name === args.workload)) {
    console.error(`--workload ${args.workload} drives a lab page through Playwright: Chromium only`);
    return 2;
  }
  if (args.build) {
    console.error('bench: building the site...');
    await build({ logLevel: 'warn' });
  }
  const port = await freePort();
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } });
  const firefox = args.browser === 'firefox' ? await launchFirefox() : undefined;
  const browser = firefox ? undefined : await launchBenchChromium();
  const engine = firefox ? `Firefox ${await firefox.version()}` : `Chromium ${browser?.version() ?? ''}`;
  let exitCode = 0;
  try {
    // Playwright's and puppeteer's pages answer the calls below alike (goto, evaluate with one argument,
    // waitForFunction, exposeFunction, the pageerror event).
    const page = /** @type {import('playwright').Page} */ (
      /** @type {unknown} */ (firefox ? await firefox.newPage() : await browser?.newPage())
    );
    page.on('pageerror', (error) => console.error(`bench page error: ${error.message}`));
    await page.exposeFunction('benchProgress', (/** @type {string} */ message) => {
      process.stderr.write(`  ${message}\n`);
    });
    const origin = `http://127.0.0.1:${port}`;
    await page.goto(`${origin}/bench.html`);
    await page.waitForFunction(() => 'concurrencyPlaygroundBench' in window);
    const stop = () => void page.evaluate(() => window.concurrencyPlaygroundBench.cancel()).catch(() => {});
    process.once('SIGINT', stop);
    if (args.list) {
      const list = [
        ...(await page.evaluate(() => window.concurrencyPlaygroundBench.list())),
        ...LAB_WORKLOADS,
      ];
      list.sort((a, b) => a.name.localeCompare(b.name));
      for (const { name, description } of list) console.log(`${name.padEnd(12)} ${description}`);
      return 0;
    }
    console.error(`bench: running workload "${args.workload}" in ${engine}...`);
    const lab = LAB_WORKLOADS.find((w) => w.name === args.workload);
    const names = [
      ...(await page.evaluate(() => window.concurrencyPlaygroundBench.names())),
      ...LAB_WORKLOADS.map((w) => w.name),
    ];
    if (!lab && !names.includes(args.workload))
      throw new RangeError(
        `--workload: unknown workload "${args.workload}"; known: ${names.sort().join(', ')}`,
      );
    const result =
      lab && browser
        ? await lab.run({
            browser,
            origin,
            options: args.options,
            progress: (message) => process.stderr.write(`  ${message}\n`),
          })
        : await page.evaluate(
            ([name, options]) => window.concurrencyPlaygroundBench.run(name, options),
            /** @type {const} */ ([args.workload, args.options]),
          );
    process.off('SIGINT', stop);
    console.log(
      `\n${result.workload.name}: ${JSON.stringify(result.workload.params)}\n` +
        `env: ${engine}, ${result.env.hardwareConcurrency} cores reported, crossOriginIsolated=${result.env.crossOriginIsolated}\n`,
    );
    console.log(formatTable(result.table.columns, result.table.rows));
    if (result.amdahl) console.log(`\nAmdahl serial fraction: ${result.amdahl.serialFraction.toFixed(4)}`);
    if (result.summary) {
      console.log('');
      for (const [key, value] of Object.entries(result.summary)) console.log(`${key}: ${String(value)}`);
    }
    if (args.check) {
      const missed = missedBudgets(result.summary);
      if (missed === null) console.error(`bench --check: "${result.workload.name}" has no budget to check`);
      else if (missed.length > 0) {
        console.error(`bench --check: missed ${missed.join(', ')}`);
        exitCode = 3;
      } else console.error('bench --check: every budget met');
    }
    if (args.json) {
      await writeFile(args.json, JSON.stringify(result, null, 2) + '\n');
      console.error(`bench: wrote ${args.json}`);
    }
    if (args.svg) {
      const svg = await page.evaluate((r) => window.concurrencyPlaygroundBench.svg(r), result);
      await writeFile(args.svg, svg);
      console.error(`bench: wrote ${args.svg}`);
    }
    if (args.csv) {
      const csv = await page.evaluate(
        (points) => window.concurrencyPlaygroundBench.csv(points),
        result.points,
      );
      await writeFile(args.csv, csv);
      console.error(`bench: wrote ${args.csv}`);
    }
  } catch (error) {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    exitCode = 1;
  } finally {
    await (firefox ?? browser)?.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
  return exitCode;
}

process.exitCode = await main();
