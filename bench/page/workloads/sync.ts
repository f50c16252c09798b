// `npm run bench -- --workload sync`: the price of a correct increment. k workers each add 1 to one shared
// counter m times: plain read-then-write (loses updates), Atomics.add, or under src/lib/atomics's Mutex; ns per
// increment at 1, 2 and 4 workers, the updates lost, and how often the mutex changed hands per second.
// Repeats run in interleaved rounds (each round runs every point once, in a seeded order) so a slow spell
// of the machine hits every point alike.
import { median, min, spread } from '../../../src/lib/math/stats.ts';
import { RACE_MODES, type RaceMode } from '../../../src/labs/sync/engine/race/race-protocol.ts';
import { runRace, type RaceResult } from '../../../src/labs/sync/engine/race/run-race.ts';
import type { BenchContext, BenchOptions, BenchReport, BenchWorkload } from '../bench-types.ts';
import { integerOption, planRounds, roundName, runRounds } from '../rounds.ts';

/** Increments per worker: the 4-worker mutex point takes a few seconds here. */
const DEFAULT_SIZE = 500_000;
const DEFAULT_REPEATS = 5;
const DEFAULT_WORKERS = [1, 2, 4] as const;
const DEFAULT_SEED = 7;

interface Step {
  readonly mode: RaceMode;
  readonly workers: number;
}

async function run(options: BenchOptions, context: BenchContext): Promise<BenchReport> {
  const iterations = options.size ?? DEFAULT_SIZE;
  const repeats = options.repeats ?? DEFAULT_REPEATS;
  const window = integerOption(options.extra, 'window', 0, 0);
  const seed = integerOption(options.extra, 'seed', DEFAULT_SEED, 0);
  const workerCounts = options.maxWorkers
    ? [1, 2, 4, 8, 16].filter((k) => k <= options.maxWorkers!)
    : [...DEFAULT_WORKERS];
  const steps: Step[] = RACE_MODES.flatMap((mode) => workerCounts.map((workers) => ({ mode, workers })));
  const results = new Map<string, RaceResult[]>();
  const key = (step: Step) => `${step.mode}@${step.workers}`;
  // One untimed warm-up round, then the timed ones.
  const settings = { warmUpRounds: 1, repeats, seed };
  await runRounds(
    planRounds(steps, settings),
    settings,
    context,
    {
      workload: 'sync',
      label: (step) => `${step.mode}, ${step.workers} worker(s)`,
      // One warm-up round only, so its lines name it without a count.
      roundName: (round) => (round.timed ? roundName(round, settings) : 'warm-up round (untimed)'),
    },
    async (step, round) => {
      const result = await runRace({ ...step, iterations, window, signal: context.signal });
      if (round.timed) results.set(key(step), [...(results.get(key(step)) ?? []), result]);
    },
  );
  const points = steps.map((step) => {
    const runs = results.get(key(step)) ?? [];
    const ns = runs.map((r) => r.nsPerOp);
    const handoffsPerSecond = runs.map((r) => ((r.handoffs ?? 0) * 1000) / r.ms);
    return {
      mode: step.mode,
      workers: step.workers,
      nsPerOp: median(ns),
      nsPerOpAll: ns,
      minNsPerOp: min(ns),
      spread: spread(ns),
      lost: median(runs.map((r) => r.lost)),
      lostAll: runs.map((r) => r.lost),
      ...(step.mode === 'mutex'
        ? {
            handoffs: median(runs.map((r) => r.handoffs ?? 0)),
            handoffsPerSecond: median(handoffsPerSecond),
          }
        : {}),
    };
  });
  const at = (mode: RaceMode, workers: number) =>
    points.find((p) => p.mode === mode && p.workers === workers);
  const summary: Record<string, number | string | boolean> = {};
  for (const workers of workerCounts) {
    const plain = at('plain', workers);
    const atomic = at('atomic', workers);
    const mutex = at('mutex', workers);
    if (plain && atomic) summary[`atomicVsPlainAt${workers}`] = atomic.nsPerOp / plain.nsPerOp;
    if (plain && mutex) summary[`mutexVsPlainAt${workers}`] = mutex.nsPerOp / plain.nsPerOp;
    if (plain && workers > 1) summary[`plainLostShareAt${workers}`] = plain.lost / (workers * iterations);
  }
  summary.correctModesLostNothing = points
    .filter((p) => p.mode !== 'plain')
    .every((p) => p.lostAll.every((lost) => lost === 0));
  return {
    workload: {
      name: 'sync',
      params: {
        iterationsPerWorker: iterations,
        window,
        repeats,
        warmUpRounds: 1,
        seed,
        workers: workerCounts,
        timed:
          'from go (all workers released at once) to the last worker’s end; ns per increment = that time over all k × m increments',
        statistics: 'nsPerOp, lost, handoffs and handoffsPerSecond are medians over the repeats',
      },
    },
    points,
    summary,
    table: {
      columns: ['mode', 'workers', 'median ns/op', 'min ns/op', 'spread', 'lost (median)', 'hand-offs/s'],
      rows: points.map((p) => [
        p.mode,
        p.workers,
        p.nsPerOp.toFixed(1),
        p.minNsPerOp.toFixed(1),
        p.spread.toFixed(2),
        p.lost,
        'handoffsPerSecond' in p ? Math.round(p.handoffsPerSecond as number) : '',
      ]),
    },
  };
}

export const workload: BenchWorkload = {
  name: 'sync',
  description:
    'ns per increment of a shared counter: plain, Atomics.add, mutex at 1, 2, 4 workers; lost updates; mutex hand-offs/s (--size m, --window, --seed)',
  run,
};
