// `npm run bench -- --workload memory [--size N]`: streams N items (default 1,000,000) from a generator
// through pool.map on 2 workers and reads the page's JavaScript heap, after a full garbage collection,
// every tenth of the way. The budget (docs/budgets.md): under 16 MB of growth between item 100,000 and the
// end, so a long stream runs in bounded memory. Needs Chromium's `--enable-precise-memory-info` (else the
// heap figure is rounded and cached) and `--js-flags=--expose-gc` (a `gc()` to call): the bench driver
// launches it so.
import { createPool } from '../../../src/lib/pool/index.ts';
import type { BenchReport, BenchWorkload } from '../bench-types.ts';
import { budgetVerdict, meetsBudget, type Budget } from '../../measure/budget.ts';

const WORKERS = 2;
/** Heap growth allowed between the first sample past the warm-up and the end (MB). */
const GROWTH_BUDGET: Budget = { relation: '<=', limit: 16 };
/** The first sample the budget counts from: the pool and its buffers are warm by then. */
const FROM_ITEM = 100_000;

interface MemoryApi {
  readonly usedJSHeapSize: number;
}

/** The heap in use after full collections (bytes); undefined without the driver's flags. */
function heapAfterGc(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  const memory = (performance as unknown as { memory?: MemoryApi }).memory;
  if (!gc || !memory) return undefined;
  // Twice: the first pass may leave garbage that only the finalizers of the first make collectable.
  gc();
  gc();
  return memory.usedJSHeapSize;
}

function* numbers(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}

export const workload: BenchWorkload = {
  name: 'memory',
  description: `heap growth over a 1,000,000-item stream through pool.map on ${WORKERS} workers (budget < 16 MB)`,
  async run(options, { signal, progress }): Promise<BenchReport> {
    const size = options.size ?? 1_000_000;
    const step = Math.max(1, Math.floor(size / 10));
    const pool = createPool({ size: WORKERS });
    const samples: { items: number; heapBytes: number }[] = [];
    const t0 = performance.now();
    let seen = 0;
    let okCount = 0;
    try {
      const first = heapAfterGc();
      if (first === undefined) {
        throw new Error(
          'memory: no gc() or precise performance.memory; run it with npm run bench (the driver passes ' +
            '--enable-precise-memory-info and --js-flags=--expose-gc to Chromium)',
        );
      }
      samples.push({ items: 0, heapBytes: first });
      for await (const outcome of pool.map(numbers(size), (x: number) => x + 1, { signal })) {
        seen++;
        if (outcome.status === 'ok') okCount++;
        if (seen % step === 0 || seen === size) {
          progress(`${seen.toLocaleString('en-US')} of ${size.toLocaleString('en-US')} items`);
          samples.push({ items: seen, heapBytes: heapAfterGc()! });
        }
      }
    } finally {
      await pool.terminate();
    }
    const ms = performance.now() - t0;
    if (okCount !== size) throw new Error(`memory: ${okCount} of ${size} items came back ok`);
    const from = samples.find((s) => s.items >= Math.min(FROM_ITEM, size)) ?? samples[0]!;
    const last = samples.at(-1)!;
    const growth = last.heapBytes - from.heapBytes;
    const mb = (bytes: number) => +(bytes / 1024 / 1024).toFixed(2);
    return {
      workload: { name: 'memory', params: { size, workers: WORKERS } },
      points: samples.map((s) => ({ items: s.items, heapMB: mb(s.heapBytes) })),
      summary: {
        'counted from item': from.items,
        'items per second': Math.round((size / ms) * 1000),
        'budget.heapGrowthMB': budgetVerdict(growth / 1024 / 1024, GROWTH_BUDGET, 2),
        'within budgets': meetsBudget(growth / 1024 / 1024, GROWTH_BUDGET) === true,
      },
      table: {
        columns: ['items', 'heap MB (after gc)'],
        rows: samples.map((s) => [s.items.toLocaleString('en-US'), mb(s.heapBytes)]),
      },
    };
  },
};
