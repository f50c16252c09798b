// What a speedup chart draws: one or more sweeps over the worker count. Pure data, realm-neutral.

export interface SweepPoint {
  readonly workers: number;
  /** Every repeat's wall time, ms. */
  readonly ms: readonly number[];
  readonly medianMs: number;
  /** Baseline median (1 worker) / this median. */
  readonly speedup: number;
  /** speedup / workers. */
  readonly efficiency: number;
  /** Speedups of the slowest and the fastest repeat: the bar drawn over repeats. */
  readonly minSpeedup: number;
  readonly maxSpeedup: number;
}

export interface Sweep {
  /** Stable key (overlay legend, removal). */
  readonly id: string;
  /** What the legend says: workload and its settings. */
  readonly label: string;
  readonly points: readonly SweepPoint[];
  /** Amdahl fit on the medians, when there are at least two points. */
  readonly serialFraction?: number | undefined;
  /**
   * The work measured (workload and size, say): sweeps with the same problem did the same work, so their
   * times compare point by point, whatever their other settings.
   */
  readonly problem?: string | undefined;
}
