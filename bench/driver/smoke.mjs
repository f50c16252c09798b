// `npm run test:bench`: runs the bench command on small sizes against the built site and checks that it
// writes valid JSON, CSV and SVG, and that the pool lab's workload reports the long tasks of a run. Part of
// `npm test`, after the e2e tests (which build dist/).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { installLongTaskWatch, readLongTasks } from './long-task-watch.mjs';

const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
/** Worker-count workloads: JSON, CSV and the speedup SVG. */
const cases = [
  ['sum', ['--size', '20000000', '--max-workers', '2', '--repeats', '1']],
  ['pool-cpu', ['--size', '40', '--max-workers', '2', '--repeats', '1']],
];
/** The lab workload, on a small run: JSON and CSV (its axis is not the worker count: no SVG). */
const LAB_ITEMS = 2000;
let passed = 0;
let failed = 0;

/** @param {string} name @param {() => void} checkFn */
function check(name, checkFn) {
  try {
    checkFn();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** @param {boolean} condition @param {string} message */
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Runs the bench command on the built site (`--no-build --workload NAME`, then `args`), its progress on
 * this process's stderr.
 * @param {string} workload @param {readonly string[]} args
 */
function runBench(workload, args) {
  execFileSync(process.execPath, ['bench/driver/run.mjs', '--no-build', '--workload', workload, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * A JSON file the bench wrote; each check casts it to the shape it reads.
 * @param {string} file @returns {unknown}
 */
function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

for (const [workload, extra] of /** @type {[string, string[]][]} */ (cases)) {
  const json = join(dir, `${workload}.json`);
  const csv = join(dir, `${workload}.csv`);
  const svg = join(dir, `${workload}.svg`);
  runBench(workload, [...extra, '--json', json, '--csv', csv, '--svg', svg]);
  check(`${workload}: JSON has env, workload and one point per worker count`, () => {
    const parsed = readJson(json);
    const result =
      /** @type {{ env?: { crossOriginIsolated?: boolean }, workload?: { name?: string }, points: { workers: number, ms: unknown, medianMs: number }[] }} */ (
        parsed
      );
    assert(result.env?.crossOriginIsolated === true, 'env.crossOriginIsolated is not true');
    assert(result.workload?.name === workload, 'workload.name is wrong');
    const workers = result.points.map((p) => p.workers);
    assert(
      JSON.stringify(workers.slice(0, 2)) === '[1,2]',
      `points for 1 and 2 workers, got ${JSON.stringify(workers)}`,
    );
    for (const p of result.points)
      assert(p.medianMs > 0 && Array.isArray(p.ms), 'a point lacks ms or medianMs');
  });
  if (workload === 'sum') {
    check('sum: points carry every repeat, median, minimum and spread; summary a verdict per budget', () => {
      const parsed = readJson(json);
      const result =
        /** @type {{ points: Record<string, unknown>[], summary?: Record<string, unknown>, workload: { params: Record<string, unknown> } }} */ (
          parsed
        );
      for (const p of result.points) {
        for (const field of ['ms', 'medianMs', 'minMs', 'spread', 'speedup', 'efficiency'])
          assert(field in p, `a point lacks ${field}`);
      }
      const verdict = /^(\d+\.\d+ (>=|<=) [\d.]+ (met|missed)|not measured \(budget (>=|<=) [\d.]+\))$/;
      for (const budget of [
        'efficiencyAtCores',
        'oversubscribedRatio',
        'spread',
        'sumRangeVsFloatLoop',
        'queueVsFastestOneChunk',
        'queueVsFastestOneChunkPastCores',
      ]) {
        const value = result.summary?.[`budget.${budget}`];
        assert(typeof value === 'string' && verdict.test(value), `budget.${budget}: ${String(value)}`);
      }
      assert(typeof result.workload.params['timed'] === 'object', 'params do not say what is timed');
      assert(Array.isArray(result.workload.params['roundOrders']), "params lack the rounds' orders");
      // The queue against the fastest one-chunk series, per worker count: positive ratios near 1.
      for (const workers of [1, 2]) {
        const ratio = result.summary?.[`queueVsFastestOneChunk@${workers}`];
        assert(
          typeof ratio === 'number' && ratio > 0.2 && ratio < 5,
          `queueVsFastestOneChunk@${workers}: ${String(ratio)}`,
        );
      }
    });
  }
  check(`${workload}: CSV has a header and a row per point`, () => {
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    assert(lines[0]?.split(',').includes('workers') === true, `header without "workers": ${lines[0]}`);
    assert(lines.length >= 3, `expected at least 2 rows, got ${lines.length - 1}`);
  });
  check(`${workload}: SVG is a standalone chart with the ideal line`, () => {
    const text = readFileSync(svg, 'utf8');
    assert(
      text.startsWith('<svg') && text.includes('xmlns="http://www.w3.org/2000/svg"'),
      'not a standalone SVG',
    );
    assert(text.includes('ideal'), 'no ideal line label');
    assert(!text.includes('currentColor'), 'colours left as currentColor');
  });
}
{
  // sync's axis is the way of incrementing, not only the worker count: its own checks, JSON only.
  const json = join(dir, 'sync.json');
  runBench('sync', ['--size', '20000', '--repeats', '1', '--max-workers', '2', '--json', json]);
  check(
    'sync: a point per way and worker count, with ns per increment, lost updates and mutex hand-offs',
    () => {
      const parsed = readJson(json);
      const result =
        /** @type {{ workload: { name: string }, points: { mode: string, workers: number, nsPerOp: number, lost: number, handoffsPerSecond?: number }[], summary: Record<string, unknown> }} */ (
          parsed
        );
      assert(result.workload.name === 'sync', 'workload.name is wrong');
      const keys = result.points.map((p) => `${p.mode}@${p.workers}`).sort();
      const expected = ['atomic@1', 'atomic@2', 'mutex@1', 'mutex@2', 'plain@1', 'plain@2'];
      assert(JSON.stringify(keys) === JSON.stringify(expected), `points: ${JSON.stringify(keys)}`);
      for (const p of result.points) assert(p.nsPerOp > 0, `${p.mode}@${p.workers}: nsPerOp ${p.nsPerOp}`);
      for (const p of result.points.filter((q) => q.mode !== 'plain'))
        assert(p.lost === 0, `${p.mode}@${p.workers} lost ${p.lost} updates`);
      for (const p of result.points.filter((q) => q.mode === 'mutex'))
        assert(typeof p.handoffsPerSecond === 'number', 'a mutex point lacks handoffsPerSecond');
      assert(result.summary.correctModesLostNothing === true, 'summary.correctModesLostNothing is not true');
    },
  );
}
{
  const json = join(dir, 'pool-lab.json');
  const csv = join(dir, 'pool-lab.csv');
  runBench('pool-lab', ['--size', String(LAB_ITEMS), '--repeats', '1', '--json', json, '--csv', csv]);
  check('pool-lab: JSON has env, workload, a point with the long tasks of the run, and the budget', () => {
    const parsed = readJson(json);
    const result =
      /** @type {{ env?: { crossOriginIsolated?: boolean }, workload?: { name?: string }, points: Record<string, unknown>[], summary?: Record<string, unknown> }} */ (
        parsed
      );
    assert(result.env?.crossOriginIsolated === true, 'env.crossOriginIsolated is not true');
    assert(result.workload?.name === 'pool-lab', 'workload.name is wrong');
    assert(result.points.length === 1, `one point per run, got ${result.points.length}`);
    const point = result.points[0] ?? {};
    assert(point['items'] === LAB_ITEMS, `items: ${String(point['items'])}`);
    for (const key of ['longTasksOver50ms', 'longestTaskMs', 'labMs', 'itemsPerSecond'])
      assert(typeof point[key] === 'number' && Number.isFinite(point[key]), `${key} is not a number`);
    assert(typeof result.summary?.['longTasksOver50ms'] === 'number', 'no longTasksOver50ms in the summary');
    assert(result.summary?.['longTasksBudget'] === 0, 'the budget is not 0');
  });
  check('pool-lab: CSV has a header and a row per run', () => {
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    assert(lines[0]?.split(',').includes('longTasksOver50ms') === true, `header: ${lines[0]}`);
    assert(lines.length === 2, `expected 1 row, got ${lines.length - 1}`);
  });
}
{
  // Tiny items: the pool against postMessage in hand-written arrays, in one run, with the ratio; on one
  // worker, which --workers must reach every contender.
  const json = join(dir, 'tiny.json');
  runBench('tiny', [
    ...['--size', '20000', '--repeats', '1', '--only', 'pool auto,arrays', '--workers', '1'],
    ...['--json', json],
  ]);
  check('tiny: --workers 1 runs every contender on one worker', () => {
    const result =
      /** @type {{ workload: { params: { workers: number } }, points: { workers: number }[], peers: Record<string, { points: { workers: number }[] }> }} */ (
        readJson(json)
      );
    const all = [...result.points, ...Object.values(result.peers).flatMap((peer) => peer.points)];
    assert(result.workload.params.workers === 1, `params.workers ${result.workload.params.workers}`);
    assert(
      all.length >= 4 && all.every((p) => p.workers === 1),
      `workers: ${all.map((p) => p.workers).join(' ')}`,
    );
  });
  check('tiny: pool auto and postMessage in arrays of 1000 both measured, with their ratio', () => {
    const parsed = readJson(json);
    const result =
      /** @type {{ points: { contender: string, tasksPerSecond: number }[], peers: Record<string, { points: { tasksPerSecond: number }[] }>, summary: Record<string, unknown> }} */ (
        parsed
      );
    const auto = result.points.find((p) => p.contender === 'pool auto')?.tasksPerSecond ?? 0;
    const hand = result.peers['handBatched']?.points[0]?.tasksPerSecond ?? 0;
    assert(auto > 0 && hand > 0, `throughputs: pool auto ${auto}, hand-batched ${hand}`);
    const ratio = result.summary['pool auto / postMessage in arrays of 1000 (budget >= 0.5)'];
    assert(typeof ratio === 'number' && Math.abs(ratio - auto / hand) < 0.01, `ratio ${String(ratio)}`);
  });
  check(
    "tiny: the contract's floor (hand-batched results as outcomes through for-await) measured beside them",
    () => {
      const result =
        /** @type {{ peers: Record<string, { points: { tasksPerSecond: number }[] }>, summary: Record<string, unknown> }} */ (
          readJson(json)
        );
      const floor = result.peers['handBatchedOutcomes']?.points[0]?.tasksPerSecond ?? 0;
      const hand = result.peers['handBatched']?.points[0]?.tasksPerSecond ?? 0;
      assert(floor > 0, `arrays of 1000 as outcomes: ${floor} tasks/s`);
      const share = result.summary['arrays of 1000 as outcomes / postMessage in arrays of 1000'];
      assert(
        typeof share === 'number' && Math.abs(share - floor / hand) < 0.01,
        `floor ratio ${String(share)}`,
      );
    },
  );
}
{
  // Python: a small loop on 1 and 2 workers, each with its own Pyodide; the items are checked in the page.
  const json = join(dir, 'python.json');
  runBench('python', ['--size', '20000', '--repeats', '1', '--max-workers', '2', '--json', json]);
  check(
    'python: a point per worker count, start-up per interpreter, slowdown and the efficiency verdict',
    () => {
      const result =
        /** @type {{ points: { workers: number, medianMs: number, efficiency: number }[], summary: Record<string, unknown> }} */ (
          readJson(json)
        );
      assert(
        result.points.map((p) => p.workers).join() === '1,2',
        `workers ${result.points.map((p) => p.workers).join()}`,
      );
      assert(
        result.points.every((p) => p.medianMs > 0),
        'every k has a time',
      );
      const startUp = result.summary['Python start-up per interpreter, median ms'];
      assert(typeof startUp === 'number' && startUp > 0, `start-up ${String(startUp)}`);
      const slowdown = result.summary['Python slowdown against JavaScript'];
      assert(typeof slowdown === 'number' && slowdown > 1, `slowdown ${String(slowdown)}`);
      assert(/ >= 0\.9 (met|missed)$/.test(String(result.summary['budget.efficiencyAtCores'])), 'verdict');
    },
  );
}
{
  // First load: every lab and the two baselines, one cold load each.
  const json = join(dir, 'load.json');
  runBench('load', ['--repeats', '1', '--json', json]);
  check(
    'load: a point per lab and baseline, usable times, the first-render mark, initial JavaScript, budget verdicts',
    () => {
      const parsed = readJson(json);
      const result =
        /** @type {{ points: { lab: string, medianUsableMs: number, medianFirstRenderMs: number | null, initialJsGzipKB: number, button: string }[], summary: Record<string, unknown> }} */ (
          parsed
        );
      const labs = result.points.map((p) => p.lab);
      for (const lab of ['(blank page)', '(React only)', 'sum', 'pool', 'speedup', 'sync', 'transfer'])
        assert(labs.includes(lab), `no point for ${lab}: ${labs.join(', ')}`);
      for (const p of result.points) {
        assert(
          p.medianUsableMs > 0 && p.medianUsableMs < 30_000,
          `${p.lab}: usable at ${p.medianUsableMs} ms`,
        );
        assert(p.button !== '', `${p.lab}: no button named`);
        if (p.lab !== '(blank page)')
          assert(p.initialJsGzipKB > 10, `${p.lab}: ${p.initialJsGzipKB} KB of JavaScript`);
        // Without the mark every long task would count as loading and the first-render budget would hold
        // by default.
        if (!p.lab.startsWith('('))
          assert(
            p.medianFirstRenderMs !== null &&
              p.medianFirstRenderMs > 0 &&
              p.medianFirstRenderMs < p.medianUsableMs,
            `${p.lab}: first render at ${String(p.medianFirstRenderMs)} ms, usable at ${p.medianUsableMs} ms`,
          );
      }
      for (const budget of ['usableMs', 'initialJsGzipKB', 'firstRenderLongTasks'])
        assert(/ (met|missed)$/.test(String(result.summary[`budget.${budget}`])), `budget.${budget}`);
    },
  );
}
{
  // The pool-lab budget is "0 long tasks": that means something only if the watch sees a long task when
  // there is one. A page that blocks its thread for 150 ms on purpose must show it.
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const page = await browser.newPage();
    await page.addInitScript(installLongTaskWatch);
    await page.goto('data:text/html,<title>block</title>');
    const from = await page.evaluate(() => performance.now());
    await page.evaluate(
      () =>
        new Promise((resolve) =>
          setTimeout(() => {
            const end = performance.now() + 150;
            while (performance.now() < end);
            setTimeout(resolve, 100);
          }, 0),
        ),
    );
    const to = await page.evaluate(() => performance.now());
    const record = await readLongTasks(page, from, to);
    check('long-task watch: a 150 ms block of the page is recorded as one long task of about 150 ms', () => {
      const long = record.tasks.filter((t) => t.durationMs >= 140);
      assert(long.length === 1, `long tasks: ${JSON.stringify(record.tasks)}`);
    });
  } finally {
    await browser.close();
  }
}
{
  // Six labs on a course page: none starts a worker before its Run, and the one run ends its workers.
  const json = join(dir, 'course.json');
  runBench('course', ['--repeats', '1', '--json', json]);
  check('course: six idle labs start no worker, a run ends its workers, and memory is measured', () => {
    const result = /** @type {{ points: Record<string, unknown>[], summary: Record<string, unknown> }} */ (
      readJson(json)
    );
    assert(
      result.summary['workersBeforeAnyRun'] === 0,
      `workers before any run: ${String(result.summary['workersBeforeAnyRun'])}`,
    );
    assert(
      result.summary['workersAfterOneRun'] === 0,
      `workers after one run: ${String(result.summary['workersAfterOneRun'])}`,
    );
    const all = result.points[2] ?? {};
    assert(all['framesLoaded'] === 6, `frames loaded with all in view: ${String(all['framesLoaded'])}`);
    assert(Number(all['workersWhileOneRuns']) > 0, 'the run started no worker');
    for (const p of result.points)
      assert(Number(p['medianPssMB']) > 0, `no memory figure for ${String(p['page'])}`);
  });
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
