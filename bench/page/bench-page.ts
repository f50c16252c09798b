// Entry of bench.html. Exposes `window.concurrencyPlaygroundBench` for the Node driver (bench/driver/run.mjs),
// which calls `run(name, options)` through Playwright and receives progress through an exposed function.
// Workloads are discovered by file name, so adding one is adding a file.
import { pointsToCsv } from './points-csv.ts';
import { resultSvg } from './result-svg.ts';
import type { BenchOptions, BenchResult, BenchWorkload } from './bench-types.ts';

const modules = import.meta.glob<{ workload: BenchWorkload }>('./workloads/*.ts');

function workloadName(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.ts$/, '');
}

export interface BenchPageApi {
  /** The workloads' names, without loading them. */
  names(): string[];
  list(): Promise<{ name: string; description: string }[]>;
  run(name: string, options: BenchOptions): Promise<BenchResult>;
  cancel(): void;
  csv(points: BenchResult['points']): string;
  svg(result: BenchResult): string;
}

declare global {
  interface Window {
    concurrencyPlaygroundBench: BenchPageApi;
    /** Set by the driver with Playwright's exposeFunction. */
    benchProgress?: (message: string) => Promise<void>;
  }
}

let controller = new AbortController();

async function load(name: string): Promise<BenchWorkload> {
  const entry = Object.entries(modules).find(([path]) => workloadName(path) === name);
  if (!entry) {
    const known = Object.keys(modules).map(workloadName).join(', ');
    throw new RangeError(`--workload: unknown workload "${name}"; known: ${known}`);
  }
  return (await entry[1]()).workload;
}

window.concurrencyPlaygroundBench = {
  names() {
    return Object.keys(modules).map(workloadName);
  },
  async list() {
    const names = Object.keys(modules).map(workloadName);
    return Promise.all(names.map(async (name) => ({ name, description: (await load(name)).description })));
  },
  async run(name, options) {
    controller = new AbortController();
    const workload = await load(name);
    const report = await workload.run(options, {
      signal: controller.signal,
      progress: (message) => void window.benchProgress?.(message),
    });
    return {
      env: {
        userAgent: navigator.userAgent,
        hardwareConcurrency: navigator.hardwareConcurrency,
        crossOriginIsolated: self.crossOriginIsolated,
      },
      ...report,
    };
  },
  cancel() {
    controller.abort();
  },
  csv: pointsToCsv,
  svg: resultSvg,
};
