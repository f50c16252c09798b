// The contract between the bench driver (bench/driver/run.mjs, in Node) and the workloads that run in the page
// (bench/page/workloads/<name>.ts). The driver passes parsed command-line options; a workload measures and
// returns points in one envelope (docs/budgets.md). The page adds `env`.

/** Options from the command line, already parsed. Absent options are `undefined`; each workload owns its defaults. */
export interface BenchOptions {
  /** `--max-workers K` */
  readonly maxWorkers?: number;
  /** `--repeats R` */
  readonly repeats?: number;
  /** `--size N`: the workload's problem size (items, range length, bytes): its meaning is the workload's. */
  readonly size?: number;
  /** Any other `--key value` pairs, as strings, for workload-specific options. */
  readonly extra: Readonly<Record<string, string>>;
}

export interface BenchContext {
  readonly signal: AbortSignal;
  /** One line for the terminal: what runs now. */
  readonly progress: (message: string) => void;
}

/** A row of the table printed to the terminal. */
export type BenchTableRow = readonly (string | number)[];

export interface BenchReport {
  readonly workload: { readonly name: string; readonly params: Readonly<Record<string, unknown>> };
  /** Worker-count workloads: `{ workers, ms, medianMs, speedup, efficiency }`; others: their own fields. */
  readonly points: readonly Readonly<Record<string, unknown>>[];
  readonly amdahl?: { readonly serialFraction: number };
  readonly peers?: Readonly<
    Record<string, { readonly points: readonly Readonly<Record<string, unknown>>[] }>
  >;
  /** Workloads whose axis is not the worker count: the in-page memory copy at the same sizes. */
  readonly reference?: readonly Readonly<Record<string, unknown>>[];
  /** transfer: ping-pong signal latency between two workers. */
  readonly latency?: readonly Readonly<Record<string, unknown>>[];
  /** Extra named results (e.g. ratios against budgets). */
  readonly summary?: Readonly<Record<string, number | string | boolean>>;
  /** What the terminal shows. */
  readonly table: { readonly columns: readonly string[]; readonly rows: readonly BenchTableRow[] };
}

export interface BenchWorkload {
  readonly name: string;
  /** One line for `npm run bench -- --help`. */
  readonly description: string;
  run(options: BenchOptions, context: BenchContext): Promise<BenchReport>;
}

export interface BenchEnv {
  readonly userAgent: string;
  readonly hardwareConcurrency: number;
  readonly crossOriginIsolated: boolean;
}

export type BenchResult = { readonly env: BenchEnv } & BenchReport;
