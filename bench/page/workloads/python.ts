// `npm run bench -- --workload python [--max-workers K] [--repeats R] [--size N]`: a CPU-bound Python loop
// (each item sums range(N) with a for loop, default N = 1,000,000; 8 items) through the task pool on 1..K
// workers (default K = the cores), each worker running a Python of its own (Pyodide, as the code lab does).
// Reports each k's median time, speedup and efficiency, with the budget (docs/budgets.md: efficiency at
// least 0.9 at k = cores); how long each worker took to start its Python (its warm-up item, before any
// clock); and Python's slowdown against the same loop in JavaScript, item for item on one worker.
import { createPool, taskFromSource, type Outcome, type Pool } from '../../../src/lib/pool/index.ts';
import { median } from '../../../src/lib/math/stats.ts';
import {
  pyodideIndexUrl,
  pythonTaskExpression,
  pythonWarmExpression,
} from '../../../src/labs/code/engine/python-task.ts';
import { warmEveryWorker, WARM_UP_MS } from '../../../src/labs/code/engine/warm-workers.ts';
import { budgetVerdict, meetsBudget, type Budget } from '../../measure/budget.ts';
import type { BenchReport, BenchWorkload } from '../bench-types.ts';

/** Items per run: divisible by 1, 2, 4 and 8 workers, so each k splits them evenly. */
const ITEMS = 8;
const EFFICIENCY_BUDGET: Budget = { relation: '>=', limit: 0.9 };

const PYTHON_LOOP = `def work(n):
    total = 0
    for i in range(n):
        total += i
    return total
`;

/** The same loop in JavaScript (sent to the workers as it is written here). */
function jsLoop(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += i;
  return total;
}

interface RunTimes {
  /** From the first item's start to the last outcome (ms). */
  readonly wallMs: number;
  /** The items' own times in their workers, summed (ms). */
  readonly itemMs: number;
}

async function timeRun(
  pool: Pool,
  task: (n: number) => unknown,
  size: number,
  signal: AbortSignal,
): Promise<RunTimes> {
  const items = Array.from({ length: ITEMS }, () => size);
  const expected = (size * (size - 1)) / 2;
  const t0 = performance.now();
  let itemMs = 0;
  for await (const outcome of pool.map(items, task, { signal, ordered: false })) {
    check(outcome, expected);
    itemMs += (outcome.endMs ?? 0) - (outcome.startMs ?? 0);
  }
  return { wallMs: performance.now() - t0, itemMs };
}

function check(outcome: Outcome<number, unknown>, expected: number): void {
  if (outcome.status !== 'ok' || outcome.value !== expected) {
    const got = outcome.status === 'ok' ? String(outcome.value) : `${outcome.status}`;
    throw new Error(`python: item ${outcome.index} gave ${got}, not ${expected}`);
  }
}

export const workload: BenchWorkload = {
  name: 'python',
  description: `a CPU-bound Python loop (${ITEMS} items) on 1..K workers, one Pyodide each: efficiency at k = cores, start-up per interpreter, slowdown against JavaScript`,
  async run(options, { signal, progress }): Promise<BenchReport> {
    const cores = navigator.hardwareConcurrency || 1;
    const maxWorkers = options.maxWorkers ?? cores;
    const repeats = options.repeats ?? 3;
    const size = options.size ?? 1_000_000;
    const indexUrl = pyodideIndexUrl(import.meta.env.BASE_URL, document.baseURI);
    const python = taskFromSource<number, unknown>(pythonTaskExpression(PYTHON_LOOP, indexUrl, 'item'));
    const warm = taskFromSource<number, unknown>(pythonWarmExpression(indexUrl));
    /** Each worker's first warm-up item, less its hold: starting Python there (ms). */
    const startUpMs: number[] = [];
    const points: { workers: number; ms: number[]; medianMs: number; speedup: number; efficiency: number }[] =
      [];
    /** The least summed item time of the repeats on one worker (ms). */
    let pythonItemMs = Infinity;
    for (let k = 1; k <= maxWorkers; k++) {
      const pool = createPool({ size: k, idleTimeoutMs: Infinity });
      try {
        progress(`${k} workers: starting Python`);
        // A worker's first warm-up item starts its Python: its time, less the hold, is the start-up. (A worker
        // still starting when these end gets its Python in warmEveryWorker's rounds, and is not counted.)
        const first = new Map<number, number>();
        for await (const outcome of pool.map(
          Array.from({ length: k }, () => WARM_UP_MS),
          warm,
          { signal },
        )) {
          if (outcome.status !== 'ok') throw new Error(`python: Python did not start: ${outcome.status}`);
          const ms = (outcome.endMs ?? 0) - (outcome.startMs ?? 0) - WARM_UP_MS;
          if (outcome.workerId !== null && !first.has(outcome.workerId)) first.set(outcome.workerId, ms);
        }
        await warmEveryWorker(pool, k, warm, signal);
        startUpMs.push(...first.values());
        // One untimed run: each worker has run the program and its loop before the clock.
        await timeRun(pool, python, size, signal);
        const ms: number[] = [];
        for (let r = 0; r < repeats; r++) {
          progress(`${k} workers, repeat ${r + 1} of ${repeats}`);
          const times = await timeRun(pool, python, size, signal);
          ms.push(times.wallMs);
          if (k === 1) pythonItemMs = Math.min(pythonItemMs, times.itemMs);
        }
        const medianMs = median(ms);
        const oneWorker = points[0]?.medianMs ?? medianMs;
        points.push({
          workers: k,
          ms,
          medianMs,
          speedup: oneWorker / medianMs,
          efficiency: oneWorker / medianMs / k,
        });
      } finally {
        await pool.terminate();
      }
    }
    // The same items in JavaScript on one worker: the least summed item time of the repeats.
    progress('the same loop in JavaScript');
    const jsPool = createPool({ size: 1, idleTimeoutMs: Infinity });
    let jsItemMs = Infinity;
    try {
      await timeRun(jsPool, jsLoop, size, signal);
      for (let r = 0; r < repeats; r++)
        jsItemMs = Math.min(jsItemMs, (await timeRun(jsPool, jsLoop, size, signal)).itemMs);
    } finally {
      await jsPool.terminate();
    }
    const atCores = points.find((p) => p.workers === Math.min(cores, maxWorkers));
    const efficiency = atCores && atCores.workers > 1 ? atCores.efficiency : undefined;
    return {
      workload: { name: 'python', params: { size, items: ITEMS, repeats, maxWorkers } },
      points: points.map((p) => ({
        ...p,
        medianMs: +p.medianMs.toFixed(1),
        speedup: +p.speedup.toFixed(3),
        efficiency: +p.efficiency.toFixed(3),
      })),
      summary: {
        cores,
        'Python start-up per interpreter, median ms': +median(startUpMs).toFixed(0),
        'Python start-up per interpreter, max ms': +Math.max(...startUpMs).toFixed(0),
        'Python loop, ms per item (one worker)': +(pythonItemMs / ITEMS).toFixed(2),
        'JavaScript loop, ms per item (one worker)': +(jsItemMs / ITEMS).toFixed(3),
        'Python slowdown against JavaScript': +(pythonItemMs / jsItemMs).toFixed(1),
        'budget.efficiencyAtCores': budgetVerdict(efficiency, EFFICIENCY_BUDGET),
        'within budgets': meetsBudget(efficiency, EFFICIENCY_BUDGET) === true,
      },
      table: {
        columns: ['workers', 'median ms', 'speedup', 'efficiency', 'repeats ms'],
        rows: points.map((p) => [
          p.workers,
          p.medianMs.toFixed(1),
          p.speedup.toFixed(2),
          p.efficiency.toFixed(2),
          p.ms.map((ms) => ms.toFixed(0)).join(' '),
        ]),
      },
    };
  },
};
