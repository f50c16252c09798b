// The work items of the task pool lab (the task that runs them: run-work-item.ts). Items are made lazily
// from their index and a seed, so a million of them never sit in memory at once and a link reproduces the
// same run. Pure: no DOM.
import type { PoolGil } from './pool-gil.ts';

/** What an item does: count primes (CPU), wait (simulated I/O), or either at random. */
export const WORK_KINDS = ['cpu', 'io', 'mixed'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export type Failure = 'throw' | 'hang' | 'falsy' | null;

export interface WorkItem {
  readonly i: number;
  readonly kind: 'cpu' | 'io';
  /** io: ms to wait; cpu: count primes below this. */
  readonly amount: number;
  readonly fail: Failure;
  /** Log a line from inside the task (a sample of items, so a million-item run logs a bounded amount). */
  readonly log: boolean;
  /** The process_url preset's URL (simulated: nothing is fetched); like the article's process_url, the task returns it. */
  readonly url?: string;
  /** The run's simulated GIL, when it has one: the same shared buffer in every item of the run. */
  readonly gil?: PoolGil;
}

export interface ItemSettings {
  readonly n: number;
  readonly kind: WorkKind;
  readonly throwPct: number;
  readonly hangPct: number;
  readonly falsyPct: number;
  readonly ioMinMs: number;
  readonly ioMaxMs: number;
  readonly cpuAmount: number;
  readonly seed: number;
  readonly preset: 'custom' | 'process_url';
}

/** Lines of log at most per run from inside tasks. */
const LOGGED_ITEMS = 2000;

/** A number in [0, 1) from (index, seed, salt): stable, so the same link gives the same failures. */
export function unitHash(index: number, seed: number, salt: number): number {
  let h = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(seed + salt, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

export function makeItem(i: number, s: ItemSettings): WorkItem {
  const roll = unitHash(i, s.seed, 1) * 100;
  const fail: Failure =
    roll < s.throwPct
      ? 'throw'
      : roll < s.throwPct + s.hangPct
        ? 'hang'
        : roll < s.throwPct + s.hangPct + s.falsyPct
          ? 'falsy'
          : null;
  const io =
    s.preset === 'process_url' || s.kind === 'io' || (s.kind === 'mixed' && unitHash(i, s.seed, 2) < 0.5);
  const amount = io
    ? Math.round(s.ioMinMs + unitHash(i, s.seed, 3) * Math.max(0, s.ioMaxMs - s.ioMinMs))
    : s.cpuAmount;
  const stride = Math.max(1, Math.ceil(s.n / LOGGED_ITEMS));
  return {
    i,
    kind: io ? 'io' : 'cpu',
    amount,
    fail,
    log: i % stride === 0,
    ...(s.preset === 'process_url' ? { url: `https://example.com/articles/${i + 1}` } : {}),
  };
}

/** The items, pulled one at a time by the pool. */
export function* workItems(s: ItemSettings): Generator<WorkItem> {
  for (let i = 0; i < s.n; i++) yield makeItem(i, s);
}

/** The items of a run under the simulated GIL: each carries the run's lock. */
export function* withGil(items: Iterable<WorkItem>, gil: PoolGil): Generator<WorkItem> {
  for (const item of items) yield { ...item, gil };
}
