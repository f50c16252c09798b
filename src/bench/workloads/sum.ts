// `npm run bench -- --workload sum`: the chunked summation on 1..K workers. Our queue against the article's
// one-chunk-per-worker split (ours, workerpool's, raw postMessage's), the simulated GIL on and off at 2
// workers, the kernel against a plain float loop, and an Amdahl fit. Budgets: DESIGN section 5.
import { fitAmdahl } from '../../measure/amdahl.ts';
import { oversubscribedRatio, speedupPoints } from '../../measure/speedup-points.ts';
import { median, spread } from '../../measure/stats.ts';
import { sumRange, sumRangeClosedForm } from '../../kernels/sum-range.ts';
import { parallelSum, type SumTransport } from '../../sum/parallel-sum.ts';
import type { PeerRun } from '../../sum/peers/peer-run.ts';
import { postMessageSum } from '../../sum/peers/post-message-sum.ts';
import { workerpoolSum } from '../../sum/peers/workerpool-sum.ts';
import type {
  BenchContext,
  BenchOptions,
  BenchReport,
  BenchTableRow,
  BenchWorkload,
} from '../bench-types.ts';

/** Range length: one worker takes about 1.5 s on this 2-core machine (about 1.2 ns per value, cold JIT). */
const DEFAULT_SIZE = 1_200_000_000;
const DEFAULT_REPEATS = 5;
/** Chunks per worker for the queue: small enough tail at k > cores, few enough that hand-outs cost nothing. */
const DEFAULT_CHUNKS_PER_WORKER = 16;
/** CPython's sys.getswitchinterval(), ms. */
const GIL_SWITCH_MS = 5;
/** Values per kernel timing (at most the run's size): about 0.2 s each. */
const KERNEL_SIZE = 200_000_000;
const KERNEL_REPEATS = 7;

const BUDGET = { efficiencyAtCores: 0.95, oversubscribedRatio: 1.05, spread: 1.15 } as const;

type Measure = (workers: number, signal: AbortSignal) => Promise<PeerRun>;

interface Series {
  readonly key: string;
  readonly label: string;
  readonly measure: Measure;
  readonly ms: Map<number, number[]>;
}

/** Reads a workload-specific option such as `--chunks-per-worker 16`. */
function positiveInteger(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`--${name}: expected an integer >= 1, got ${text}`);
  return value;
}

function floatLoop(low: number, high: number): number {
  let total = 0;
  for (let i = low; i < high; i++) total += i;
  return total;
}

/** sumRange against a plain float loop on this thread, warm, alternating: median time ratio. */
function kernelRatio(
  size: number,
  context: BenchContext,
): { ratio: number; sumRangeMs: number; floatLoopMs: number } {
  const times = { sumRange: [] as number[], floatLoop: [] as number[] };
  for (let repeat = 0; repeat < KERNEL_REPEATS; repeat++) {
    context.signal.throwIfAborted();
    context.progress(`sum: kernel vs float loop, repeat ${repeat + 1}/${KERNEL_REPEATS}`);
    for (const name of repeat % 2 === 0
      ? (['sumRange', 'floatLoop'] as const)
      : (['floatLoop', 'sumRange'] as const)) {
      const start = performance.now();
      if (name === 'sumRange') sumRange(0, size);
      else floatLoop(0, size);
      times[name].push(performance.now() - start);
    }
  }
  const sumRangeMs = median(times.sumRange);
  const floatLoopMs = median(times.floatLoop);
  return { ratio: sumRangeMs / floatLoopMs, sumRangeMs, floatLoopMs };
}

async function run(options: BenchOptions, context: BenchContext): Promise<BenchReport> {
  const { signal } = context;
  const cores = navigator.hardwareConcurrency || 1;
  const size = options.size ?? DEFAULT_SIZE;
  const repeats = options.repeats ?? DEFAULT_REPEATS;
  const maxWorkers = options.maxWorkers ?? 2 * cores;
  const chunksPerWorker = positiveInteger(
    'chunks-per-worker',
    options.extra['chunks-per-worker'],
    DEFAULT_CHUNKS_PER_WORKER,
  );
  const transportText = options.extra['transport'] ?? (self.crossOriginIsolated ? 'shared' : 'message');
  if (transportText !== 'message' && transportText !== 'shared') {
    throw new RangeError(`--transport: expected message or shared, got ${transportText}`);
  }
  const transport: SumTransport = transportText;
  const expected = sumRangeClosedForm(0, size);

  const ours =
    (perWorker: number): Measure =>
    (workers, runSignal) =>
      parallelSum(0, size, { workers, chunksPerWorker: perWorker, transport, signal: runSignal });
  const definitions: Omit<Series, 'ms'>[] = [
    {
      key: 'queue',
      label: `queue (${chunksPerWorker}/worker, ${transport})`,
      measure: ours(chunksPerWorker),
    },
    { key: 'oneChunkPerWorker', label: 'ours, 1 chunk/worker', measure: ours(1) },
    {
      key: 'workerpool',
      label: 'workerpool, 1 chunk/worker',
      measure: (k, s) => workerpoolSum(0, size, k, s),
    },
    {
      key: 'postMessage',
      label: 'postMessage, 1 chunk/worker',
      measure: (k, s) => postMessageSum(0, size, k, s),
    },
  ];
  const series: Series[] = definitions.map((s) => ({ ...s, ms: new Map<number, number[]>() }));

  const check = (label: string, result: PeerRun) => {
    if (result.total !== expected)
      throw new Error(`${label}: total ${result.total} differs from ${expected}`);
    return result.ms;
  };

  // Warm the page's side (modules, JIT) once; workers are fresh for every run anyway.
  for (const s of series) check(s.label, await s.measure(1, signal));

  // Interleaved (worker count, then repeat, then series), so drift in the machine's load hits every series alike.
  for (let workers = 1; workers <= maxWorkers; workers++) {
    for (let repeat = 0; repeat < repeats; repeat++) {
      for (const s of series) {
        signal.throwIfAborted();
        context.progress(`sum: ${s.label}, ${workers} worker(s), repeat ${repeat + 1}/${repeats}`);
        const ms = check(s.label, await s.measure(workers, signal));
        s.ms.set(workers, [...(s.ms.get(workers) ?? []), ms]);
      }
    }
  }

  const gil = { off: [] as number[], on: [] as number[], handoffs: [] as number[] };
  const gilWorkers = Math.min(2, maxWorkers);
  for (let repeat = 0; repeat < repeats; repeat++) {
    signal.throwIfAborted();
    context.progress(`sum: simulated GIL on/off at ${gilWorkers} workers, repeat ${repeat + 1}/${repeats}`);
    const common = { workers: gilWorkers, chunksPerWorker, transport, signal };
    const on = await parallelSum(0, size, { ...common, gil: { switchIntervalMs: GIL_SWITCH_MS } });
    check('GIL on', on);
    gil.on.push(on.ms);
    gil.handoffs.push(on.handoffs ?? 0);
    gil.off.push(check('GIL off', await parallelSum(0, size, common)));
  }

  const kernel = kernelRatio(Math.min(size, KERNEL_SIZE), context);

  const [queue, ...peers] = series.map((s) => ({ s, points: speedupPoints(s.ms) }));
  const main = queue!.points;
  const atCores = main.find((p) => p.workers === cores);
  const fitted = main.filter((p) => p.workers <= cores);
  const amdahl =
    fitted.length >= 2 ? fitAmdahl(fitted.map((p) => ({ workers: p.workers, ms: p.medianMs }))) : undefined;
  const worstRatio = oversubscribedRatio(main, cores);
  const maxSpread = Math.max(...main.map((p) => p.spread));
  const gilOnMs = median(gil.on);
  const gilOffMs = median(gil.off);

  const summary: Record<string, number | string | boolean> = {
    cores,
    efficiencyAtCores: atCores?.efficiency ?? Number.NaN,
    efficiencyAtCoresMeetsBudget: (atCores?.efficiency ?? 0) >= BUDGET.efficiencyAtCores,
    oversubscribedWorstRatio: worstRatio ?? Number.NaN,
    oversubscribedMeetsBudget:
      worstRatio === undefined ? 'not measured' : worstRatio <= BUDGET.oversubscribedRatio,
    maxSpread,
    spreadMeetsBudget: maxSpread <= BUDGET.spread,
    gilWorkers,
    gilOffMedianMs: gilOffMs,
    gilOnMedianMs: gilOnMs,
    gilSlowdown: gilOnMs / gilOffMs,
    gilOnVsOneWorker: gilOnMs / (main.find((p) => p.workers === 1)?.medianMs ?? Number.NaN),
    gilHandoffsMedian: median(gil.handoffs),
    sumRangeVsFloatLoop: kernel.ratio,
    sumRangeMs: kernel.sumRangeMs,
    floatLoopMs: kernel.floatLoopMs,
  };
  for (const peer of peers) {
    summary[`${peer.s.key}OversubscribedWorstRatio`] = oversubscribedRatio(peer.points, cores) ?? Number.NaN;
  }

  const rows: BenchTableRow[] = series.flatMap((s) =>
    speedupPoints(s.ms).map((p): BenchTableRow => [
      s.label,
      p.workers,
      Math.round(p.medianMs),
      p.speedup.toFixed(2),
      p.efficiency.toFixed(2),
      p.spread.toFixed(3),
    ]),
  );
  rows.push([`GIL off`, gilWorkers, Math.round(gilOffMs), '', '', spread(gil.off).toFixed(3)]);
  rows.push([
    `GIL on (${GIL_SWITCH_MS} ms), ${median(gil.handoffs)} hand-offs`,
    gilWorkers,
    Math.round(gilOnMs),
    '',
    '',
    spread(gil.on).toFixed(3),
  ]);

  return {
    workload: {
      name: 'sum',
      params: {
        low: 0,
        high: size,
        maxWorkers,
        repeats,
        chunksPerWorker,
        transport,
        gilSwitchIntervalMs: GIL_SWITCH_MS,
        amdahlFit: `medians at workers <= ${cores} (cores)`,
        msMeasures:
          'hand-out of the first chunk to the last partial; worker start-up excluded for every series',
      },
    },
    points: main.map(({ workers, ms, medianMs, speedup, efficiency }) => ({
      workers,
      ms,
      medianMs,
      speedup,
      efficiency,
    })),
    ...(amdahl ? { amdahl: { serialFraction: amdahl.serialFraction } } : {}),
    peers: Object.fromEntries(
      peers.map(({ s, points: peerPoints }) => [
        s.key,
        {
          points: peerPoints.map(({ workers, ms, medianMs, speedup, efficiency }) => ({
            workers,
            ms,
            medianMs,
            speedup,
            efficiency,
          })),
        },
      ]),
    ),
    summary,
    table: { columns: ['series', 'workers', 'median ms', 'speedup', 'efficiency', 'spread'], rows },
  };
}

export const workload: BenchWorkload = {
  name: 'sum',
  description:
    'Chunked summation of [0, size) on 1..K workers: queue vs one chunk per worker (ours, workerpool, postMessage), GIL on/off, Amdahl fit',
  run,
};
