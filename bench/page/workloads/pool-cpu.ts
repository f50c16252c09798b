// `npm run bench -- --workload pool-cpu --max-workers K --repeats R [--size TASKS] [--batch N]`: the speedup
// lab's CPU-bound task-pool sweep from the command line (the same measureFor as the lab), for slides.
import type { BenchReport, BenchWorkload } from '../bench-types.ts';
import { runSweep } from '../../../src/lib/math/run-sweep.ts';
import { measureFor } from '../../../src/labs/speedup/engine/sweep-workloads.ts';

export const workload: BenchWorkload = {
  name: 'pool-cpu',
  description:
    'speedup sweep of CPU-bound tasks (count primes below 20,000) through the task pool, 1..K workers',
  async run(options, { signal, progress }): Promise<BenchReport> {
    const cores = navigator.hardwareConcurrency || 1;
    const maxWorkers = options.maxWorkers ?? 2 * cores;
    const repeats = options.repeats ?? 3;
    const size = options.size ?? 400;
    const grain = Number(options.extra['batch'] ?? 0);
    if (!Number.isInteger(grain) || grain < 0)
      throw new RangeError('--batch: expected an integer >= 0 (0 = auto)');
    const sweep = await runSweep({
      id: 'pool-cpu',
      label: 'pool-cpu',
      workerCounts: Array.from({ length: maxWorkers }, (_, i) => i + 1),
      repeats,
      fitMaxWorkers: cores,
      measure: measureFor({ workload: 'pool-cpu', size, grain }),
      signal,
      onProgress: (workers, repeat) => progress(`${workers} workers, repeat ${repeat + 1} of ${repeats}`),
    });
    const points = sweep.points.map((p) => ({
      workers: p.workers,
      ms: p.ms,
      medianMs: p.medianMs,
      speedup: p.speedup,
      efficiency: p.efficiency,
    }));
    return {
      workload: {
        name: 'pool-cpu',
        params: { size, maxWorkers, repeats, batchSize: grain === 0 ? 'auto' : grain },
      },
      points,
      ...(sweep.serialFraction === undefined ? {} : { amdahl: { serialFraction: sweep.serialFraction } }),
      peers: {},
      table: {
        columns: ['workers', 'median ms', 'speedup', 'efficiency', 'spread (max/min)'],
        rows: sweep.points.map((p) => [
          p.workers,
          p.medianMs,
          p.speedup,
          p.efficiency,
          Math.max(...p.ms) / Math.min(...p.ms),
        ]),
      },
    };
  },
};
