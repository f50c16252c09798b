// `npm run bench -- --workload sum`: the chunked summation on 1..K workers. Our queue against the article's
// one-chunk-per-worker split (ours, workerpool's, raw postMessage's), the simulated GIL on and off at 2
// workers, the kernel against a plain float loop, and an Amdahl fit. Budgets: docs/budgets.md.
//
// Every measurement is a step. A round runs every step once, in an order shuffled with the round's own seed,
// so a slow drift in the machine's load (another job starting, clocks changing) falls on every point alike
// instead of on whichever worker count ran during it. Untimed warm-up rounds run the same steps first.
//
// One file (a workload module: bench-page.ts loads each file of this folder as one workload): settings,
// the steps and their rounds, and the report of what they measured, each a function of its own.
import { budgetVerdict, type Budget } from '../../measure/budget.ts';
import { fitAmdahl } from '../../../src/lib/math/amdahl.ts';
import { fastestByWorkers, ratioToFastest } from '../../../src/lib/math/fastest-series.ts';
import { oversubscribedRatio, speedupPoints, type SpeedupPoint } from '../../measure/speedup-points.ts';
import { median, min, spread } from '../../../src/lib/math/stats.ts';
import { sumRangeClosedForm } from '../../../src/lib/sum/kernels/sum-range.ts';
import { parallelSum, type SumTransport } from '../../../src/lib/sum/parallel-sum.ts';
import { startKernelTiming, type KernelLoop, type KernelTiming } from '../../peers/kernel-timing.ts';
import type { PeerRun } from '../../peers/peer-run.ts';
import { WARM_UP_VALUES } from '../../../src/lib/sum/kernels/warm-up.ts';
import { postMessageSum } from '../../peers/post-message-sum.ts';
import { workerpoolSum } from '../../peers/workerpool-sum.ts';
import type {
  BenchContext,
  BenchOptions,
  BenchReport,
  BenchTableRow,
  BenchWorkload,
} from '../bench-types.ts';
import { integerOption, planRounds, runRounds, type Round, type RoundSettings } from '../rounds.ts';

/**
 * Range length: one worker takes about 1.1 s on this 2-core machine (about 0.55 ns per value). Below 2^31,
 * so the loop counter stays a small integer for V8 and no chunk runs in slower, deoptimised code.
 */
const DEFAULT_SIZE = 2_000_000_000;
/** Timed rounds: each point gets one repeat per round. */
const DEFAULT_REPEATS = 5;
/**
 * Chunks per worker for the queue. Past the core count the OS time-slices the workers, so the run ends with
 * some of them still inside their last chunk while a core idles: that tail is about one chunk's time. At 64
 * per worker a chunk is under 1% of the run at any k; at 16 the tail cost 7% at 4 workers on 2 cores.
 * Hand-outs stay free: a claim is one Atomics.add.
 */
const DEFAULT_CHUNKS_PER_WORKER = 64;
/** Untimed rounds before the timed ones (`--warm-up-rounds`). */
const DEFAULT_WARM_UP_ROUNDS = 1;
/** Seed of the rounds' orders (`--seed`): fixed, so every run shuffles the same way unless told otherwise. */
const DEFAULT_SEED = 4;
/** CPython's sys.getswitchinterval(), ms. */
const GIL_SWITCH_MS = 5;
/** Values per kernel timing (at most the run's size): about 0.25 s each. */
const KERNEL_SIZE = 200_000_000;

/** docs/budgets.md: the summation's three, and the kernel's (as fast as a plain float loop within 10%). */
const BUDGETS = {
  efficiencyAtCores: { relation: '>=', limit: 0.95 },
  oversubscribedRatio: { relation: '<=', limit: 1.05 },
  spread: { relation: '<=', limit: 1.15 },
  sumRangeVsFloatLoop: { relation: '<=', limit: 1.1 },
  queueVsFastestOneChunk: { relation: '<=', limit: 1.02 },
  queueVsFastestOneChunkPastCores: { relation: '<=', limit: 1 },
} as const satisfies Record<string, Budget>;

type Measure = (workers: number, signal: AbortSignal) => Promise<PeerRun>;

interface Series {
  readonly key: string;
  readonly label: string;
  readonly measure: Measure;
  /** Timed repeats by worker count, in round order; filled with every count up front, so keys stay sorted. */
  readonly ms: Map<number, number[]>;
}

/** One measurement, run once per round. */
interface Step {
  /** Short and stable, for the record of each round's order: `queue@3`, `gilOn@2`, `kernel`. */
  readonly id: string;
  readonly label: string;
  run(round: Round): Promise<void>;
}

function listMs(values: readonly number[]): string {
  return values.map((ms) => ms.toFixed(1)).join(', ');
}

/** The JSON fields of a point: every repeat, and the figures taken from them. */
function pointFields(p: SpeedupPoint) {
  return {
    workers: p.workers,
    ms: p.ms,
    medianMs: p.medianMs,
    minMs: p.minMs,
    spread: p.spread,
    speedup: p.speedup,
    efficiency: p.efficiency,
  };
}

/** The run's settings, from the command line's options and the machine. */
interface SumSettings extends RoundSettings {
  readonly cores: number;
  readonly size: number;
  readonly maxWorkers: number;
  readonly chunksPerWorker: number;
  readonly transport: SumTransport;
  readonly workerCounts: readonly number[];
}

function parseSettings(options: BenchOptions): SumSettings {
  const cores = navigator.hardwareConcurrency || 1;
  const maxWorkers = options.maxWorkers ?? 2 * cores;
  const transport = options.extra['transport'] ?? (self.crossOriginIsolated ? 'shared' : 'message');
  if (transport !== 'message' && transport !== 'shared') {
    throw new RangeError(`--transport: expected message or shared, got ${transport}`);
  }
  return {
    cores,
    size: options.size ?? DEFAULT_SIZE,
    repeats: options.repeats ?? DEFAULT_REPEATS,
    maxWorkers,
    chunksPerWorker: integerOption(options.extra, 'chunks-per-worker', DEFAULT_CHUNKS_PER_WORKER, 1),
    warmUpRounds: integerOption(options.extra, 'warm-up-rounds', DEFAULT_WARM_UP_ROUNDS, 0),
    seed: integerOption(options.extra, 'seed', DEFAULT_SEED, 0),
    transport,
    workerCounts: Array.from({ length: maxWorkers }, (_, i) => i + 1),
  };
}

/** What the rounds record: the timed repeats only, filled in by the steps as they run. */
interface Measured {
  readonly series: readonly Series[];
  readonly gil: { readonly off: number[]; readonly on: number[]; readonly handoffs: number[] };
  readonly kernelMs: Record<KernelLoop, number[]>;
}

/** The worker count of the GIL comparison: 2, or fewer when the sweep stops below. */
function gilWorkersOf(settings: SumSettings): number {
  return Math.min(2, settings.maxWorkers);
}

/** Values per kernel timing: KERNEL_SIZE, or the run's size when that is smaller. */
function kernelSizeOf(settings: SumSettings): number {
  return Math.min(settings.size, KERNEL_SIZE);
}

/** A run's ms, once its total is the exact sum of [0, size): a wrong total ends the bench. */
function checkedMs(label: string, result: PeerRun, expected: bigint): number {
  if (result.total !== expected) throw new Error(`${label}: total ${result.total} differs from ${expected}`);
  return result.ms;
}

/** The worker-count series, in the order of the table: our queue first, then the one-chunk splits. */
function createSeries(settings: SumSettings): Series[] {
  const { size, chunksPerWorker, transport, workerCounts } = settings;
  const ours =
    (perWorker: number): Measure =>
    (workers, signal) =>
      parallelSum(0, size, { workers, chunksPerWorker: perWorker, transport, signal });
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
  return definitions.map((s) => ({ ...s, ms: new Map(workerCounts.map((k) => [k, []])) }));
}

/** One step per series and worker count. */
function seriesSteps(measured: Measured, settings: SumSettings, signal: AbortSignal): Step[] {
  const expected = sumRangeClosedForm(0, settings.size);
  return measured.series.flatMap((s) =>
    settings.workerCounts.map((workers): Step => ({
      id: `${s.key}@${workers}`,
      label: `${s.label}, ${workers} worker(s)`,
      run: async (round) => {
        const ms = checkedMs(s.label, await s.measure(workers, signal), expected);
        if (round.timed) s.ms.get(workers)?.push(ms);
      },
    })),
  );
}

/** The simulated GIL on, then off, both on the queue at gilWorkersOf(settings) workers. */
function gilSteps(measured: Measured, settings: SumSettings, signal: AbortSignal): Step[] {
  const { size, chunksPerWorker, transport } = settings;
  const { gil } = measured;
  const expected = sumRangeClosedForm(0, size);
  const gilWorkers = gilWorkersOf(settings);
  const gilRun = { workers: gilWorkers, chunksPerWorker, transport, signal };
  return [
    {
      id: `gilOn@${gilWorkers}`,
      label: `simulated GIL on (${GIL_SWITCH_MS} ms), ${gilWorkers} worker(s)`,
      run: async (round) => {
        const on = await parallelSum(0, size, { ...gilRun, gil: { switchIntervalMs: GIL_SWITCH_MS } });
        checkedMs('GIL on', on, expected);
        if (!round.timed) return;
        gil.on.push(on.ms);
        gil.handoffs.push(on.handoffs ?? 0);
      },
    },
    {
      id: `gilOff@${gilWorkers}`,
      label: `simulated GIL off, ${gilWorkers} worker(s)`,
      run: async (round) => {
        const ms = checkedMs('GIL off', await parallelSum(0, size, gilRun), expected);
        if (round.timed) gil.off.push(ms);
      },
    },
  ];
}

/**
 * sumRange against the plain float loop, both timed in one long-lived worker (kernel-timing-api.ts says
 * why a worker). Each round times them A B B A, A alternating between rounds, so a drift during the step
 * costs both loops alike.
 */
function kernelStep(measured: Measured, settings: SumSettings, kernel: KernelTiming): Step {
  const kernelSize = kernelSizeOf(settings);
  return {
    id: 'kernel',
    label: `sumRange vs float loop over ${kernelSize} values, in one worker`,
    run: async (round) => {
      const [a, b] =
        Math.abs(round.index) % 2 === 0
          ? (['sumRange', 'floatLoop'] as const)
          : (['floatLoop', 'sumRange'] as const);
      for (const name of [a, b, b, a]) {
        const ms = await kernel.time(name, 0, kernelSize);
        if (round.timed) measured.kernelMs[name].push(ms);
      }
    },
  };
}

/**
 * Runs the warm-up and timed rounds of every step, recording into `measured`; returns the timed rounds'
 * orders. The kernel worker lives for the whole run and ends with it, aborted or not.
 */
async function measureRounds(
  measured: Measured,
  settings: SumSettings,
  context: BenchContext,
): Promise<readonly (readonly Step[])[]> {
  // Steps in this order (series, GIL, kernel): the seeded shuffles permute this list, so it fixes the orders.
  const steps = [
    ...seriesSteps(measured, settings, context.signal),
    ...gilSteps(measured, settings, context.signal),
  ];
  const kernel = startKernelTiming();
  try {
    steps.push(kernelStep(measured, settings, kernel));
    const plan = planRounds(steps, settings);
    await kernel.warmUp();
    await runRounds(
      plan,
      settings,
      context,
      { workload: 'sum', label: (step) => step.label },
      (step, round) => step.run(round),
    );
    return plan.timedOrders;
  } finally {
    kernel.terminate();
  }
}

async function run(options: BenchOptions, context: BenchContext): Promise<BenchReport> {
  const settings = parseSettings(options);
  const measured: Measured = {
    series: createSeries(settings),
    gil: { off: [], on: [], handoffs: [] },
    kernelMs: { sumRange: [], floatLoop: [] },
  };
  const timedOrders = await measureRounds(measured, settings, context);
  return report(settings, measured, timedOrders);
}

/** The speedup points of each series: the queue's are the report's points, the others its peers. */
function seriesPoints(measured: Measured) {
  const [queue, ...peers] = measured.series.map((s) => ({ s, points: speedupPoints(s.ms) }));
  return { main: queue!.points, peers };
}

/**
 * Each series' median over the fastest one-chunk series' median at the same worker count (the queue is
 * not among those it is compared with): the queue's ratio is the figure its budgets are about; a one-chunk
 * series' is 1 where it was the fastest of them.
 */
function ratiosToFastestOneChunk(measured: Measured): Map<string, Map<number, number>> {
  const { main, peers } = seriesPoints(measured);
  const fastest = fastestByWorkers(peers.map(({ s, points }) => ({ id: s.key, points })));
  const ratios = (points: readonly SpeedupPoint[]) =>
    new Map(points.map((p) => [p.workers, ratioToFastest(p, fastest)]));
  return new Map([
    [measured.series[0]!.key, ratios(main)],
    ...peers.map(({ s, points }) => [s.key, ratios(points)] as const),
  ]);
}

/** The queue's ratios by worker count, the worst of them, and the worst past the cores (up to 2 x cores). */
function queueRatios(settings: SumSettings, measured: Measured) {
  const byWorkers = ratiosToFastestOneChunk(measured).get(measured.series[0]!.key)!;
  const within = [...byWorkers].filter(([k]) => k <= 2 * settings.cores);
  const past = within.filter(([k]) => k > settings.cores);
  const worst = (entries: readonly (readonly [number, number])[]) =>
    entries.length > 0 ? Math.max(...entries.map(([, r]) => r)) : undefined;
  return { byWorkers, worst: worst(within), worstPastCores: worst(past) };
}

/** Medians, minima, spreads and ratios, with a budget verdict each, last, so they end the terminal output. */
function summaryOf(settings: SumSettings, measured: Measured): Record<string, number | string | boolean> {
  const { cores, repeats } = settings;
  const { gil, kernelMs } = measured;
  const { main, peers } = seriesPoints(measured);
  const atCores = main.find((p) => p.workers === cores);
  const worstRatio = oversubscribedRatio(main, cores);
  const widest = main.reduce((a, b) => (b.spread > a.spread ? b : a));
  const gilOnMs = median(gil.on);
  const gilOffMs = median(gil.off);
  const sumRangeMs = median(kernelMs.sumRange);
  const floatLoopMs = median(kernelMs.floatLoop);
  const kernelRatio = sumRangeMs / floatLoopMs;
  const queue = queueRatios(settings, measured);

  const summary: Record<string, number | string | boolean> = {
    cores,
    efficiencyAtCores: atCores?.efficiency ?? Number.NaN,
    efficiencyAtCoresFromMin: atCores?.efficiencyFromMin ?? Number.NaN,
    oversubscribedWorstRatio: worstRatio ?? Number.NaN,
    oversubscribedWorstRatioFromMin: oversubscribedRatio(main, cores, 'minMs') ?? Number.NaN,
    maxSpread: widest.spread,
    maxSpreadAtWorkers: widest.workers,
  };
  for (const [workers, ratio] of queue.byWorkers) summary[`queueVsFastestOneChunk@${workers}`] = ratio;
  // The same work (one chunk per worker, the same kernel) in three series: how far apart their medians are
  // at each k is how much of a ratio above this run's noise can say.
  for (const workers of settings.workerCounts) {
    const medians = peers.map(({ points }) => points.find((p) => p.workers === workers)?.medianMs ?? NaN);
    summary[`oneChunkSeriesSpread@${workers}`] = Math.max(...medians) / Math.min(...medians);
  }
  for (const peer of peers) {
    summary[`${peer.s.key}OversubscribedWorstRatio`] = oversubscribedRatio(peer.points, cores) ?? Number.NaN;
    summary[`${peer.s.key}OversubscribedWorstRatioFromMin`] =
      oversubscribedRatio(peer.points, cores, 'minMs') ?? Number.NaN;
    summary[`${peer.s.key}MaxSpread`] = Math.max(...peer.points.map((p) => p.spread));
  }
  return Object.assign(summary, {
    gilWorkers: gilWorkersOf(settings),
    gilOffMedianMs: gilOffMs,
    gilOffMinMs: min(gil.off),
    gilOffSpread: spread(gil.off),
    gilOffRepeatsMs: listMs(gil.off),
    gilOnMedianMs: gilOnMs,
    gilOnMinMs: min(gil.on),
    gilOnSpread: spread(gil.on),
    gilOnRepeatsMs: listMs(gil.on),
    gilSlowdown: gilOnMs / gilOffMs,
    gilOnVsOneWorker: gilOnMs / (main.find((p) => p.workers === 1)?.medianMs ?? Number.NaN),
    gilHandoffsMedian: median(gil.handoffs),
    kernelValues: kernelSizeOf(settings),
    sumRangeMedianMs: sumRangeMs,
    sumRangeMinMs: min(kernelMs.sumRange),
    sumRangeSpread: spread(kernelMs.sumRange),
    sumRangeRepeatsMs: listMs(kernelMs.sumRange),
    floatLoopMedianMs: floatLoopMs,
    floatLoopMinMs: min(kernelMs.floatLoop),
    floatLoopSpread: spread(kernelMs.floatLoop),
    floatLoopRepeatsMs: listMs(kernelMs.floatLoop),
    sumRangeVsFloatLoop: kernelRatio,
    sumRangeVsFloatLoopFromMin: min(kernelMs.sumRange) / min(kernelMs.floatLoop),
    // Medians, as the budgets are worded.
    'budget.efficiencyAtCores': budgetVerdict(atCores?.efficiency, BUDGETS.efficiencyAtCores),
    'budget.oversubscribedRatio': budgetVerdict(worstRatio, BUDGETS.oversubscribedRatio),
    // One repeat has no spread to judge.
    'budget.spread': budgetVerdict(repeats >= 2 ? widest.spread : undefined, BUDGETS.spread),
    'budget.sumRangeVsFloatLoop': budgetVerdict(kernelRatio, BUDGETS.sumRangeVsFloatLoop),
    'budget.queueVsFastestOneChunk': budgetVerdict(queue.worst, BUDGETS.queueVsFastestOneChunk),
    'budget.queueVsFastestOneChunkPastCores': budgetVerdict(
      queue.worstPastCores,
      BUDGETS.queueVsFastestOneChunkPastCores,
    ),
  });
}

/**
 * The terminal's table: a row per series and worker count, with its time over the fastest one-chunk
 * series' at that count, then the GIL pair and the two kernel loops.
 */
function tableRows(settings: SumSettings, measured: Measured): BenchTableRow[] {
  const { gil, kernelMs } = measured;
  const gilWorkers = gilWorkersOf(settings);
  const kernelSize = kernelSizeOf(settings);
  const ratios = ratiosToFastestOneChunk(measured);
  const row = (
    label: string,
    workers: number,
    ms: readonly number[],
    p?: SpeedupPoint,
    ratio?: number,
  ): BenchTableRow => [
    label,
    workers,
    Math.round(median(ms)),
    Math.round(min(ms)),
    p ? p.speedup.toFixed(2) : '',
    p ? p.efficiency.toFixed(2) : '',
    spread(ms).toFixed(3),
    ratio === undefined ? '' : ratio.toFixed(3),
  ];
  return [
    ...measured.series.flatMap((s) =>
      speedupPoints(s.ms).map((p) => row(s.label, p.workers, p.ms, p, ratios.get(s.key)?.get(p.workers))),
    ),
    row('GIL off', gilWorkers, gil.off),
    row(`GIL on (${GIL_SWITCH_MS} ms), ${median(gil.handoffs)} hand-offs`, gilWorkers, gil.on),
    row(`sumRange, ${kernelSize} values`, 1, kernelMs.sumRange),
    row(`float loop, ${kernelSize} values`, 1, kernelMs.floatLoop),
  ];
}

/** The run's parameters as the JSON records them: what was run, what was timed, and in which orders. */
function paramsOf(settings: SumSettings, timedOrders: readonly (readonly Step[])[]) {
  const { cores, size, repeats, maxWorkers, chunksPerWorker, warmUpRounds, seed, transport } = settings;
  return {
    low: 0,
    high: size,
    maxWorkers,
    repeats,
    warmUpRounds,
    seed,
    chunksPerWorker,
    transport,
    gilSwitchIntervalMs: GIL_SWITCH_MS,
    kernelValues: kernelSizeOf(settings),
    amdahlFit: `medians at workers <= ${cores} (cores)`,
    timed: {
      series:
        "fresh workers each repeat; from handing out the first chunk to the last partial's arrival, on " +
        "the page's clock. Not timed, in every series: starting the workers and each worker's warm-up " +
        `(src/lib/sum/kernels/warm-up.ts: ${WARM_UP_VALUES} values in short ranges of every kind of value)`,
      kernel:
        'each loop over [0, kernelValues) in one long-lived worker, timed there around the call alone, ' +
        'after an untimed warm-up of both; each round times them A B B A, A alternating between rounds',
    },
    order:
      `${warmUpRounds} untimed warm-up round(s), then ${repeats} timed rounds, each running every step ` +
      'once in an order shuffled with seed + round; ms[r] of a point is from timed round r, which ran ' +
      'in the order roundOrders[r]',
    roundOrders: timedOrders.map((order) => order.map((step) => step.id).join(' ')),
    statistics:
      'speedup and efficiency from medians; the *FromMin figures in summary from minima (the least ' +
      'disturbed repeat); spread = max / min; vs fastest 1-chunk = median / the lowest median of the ' +
      'one-chunk series at the same worker count; budgets are judged on medians',
  };
}

/** The JSON envelope and the table: points, peers, the Amdahl fit over cores, the summary. */
function report(
  settings: SumSettings,
  measured: Measured,
  timedOrders: readonly (readonly Step[])[],
): BenchReport {
  const { main, peers } = seriesPoints(measured);
  const fitted = main.filter((p) => p.workers <= settings.cores);
  const amdahl =
    fitted.length >= 2 ? fitAmdahl(fitted.map((p) => ({ workers: p.workers, ms: p.medianMs }))) : undefined;
  return {
    workload: { name: 'sum', params: paramsOf(settings, timedOrders) },
    points: main.map(pointFields),
    ...(amdahl ? { amdahl: { serialFraction: amdahl.serialFraction } } : {}),
    peers: Object.fromEntries(peers.map(({ s, points }) => [s.key, { points: points.map(pointFields) }])),
    summary: summaryOf(settings, measured),
    table: {
      columns: [
        'series',
        'workers',
        'median ms',
        'min ms',
        'speedup',
        'efficiency',
        'spread',
        'vs fastest 1-chunk',
      ],
      rows: tableRows(settings, measured),
    },
  };
}

export const workload: BenchWorkload = {
  name: 'sum',
  description:
    'Chunked summation of [0, size) on 1..K workers in interleaved rounds: queue vs one chunk per worker (ours, workerpool, postMessage), GIL on/off, sumRange vs a float loop, Amdahl fit, budget verdicts',
  run,
};
