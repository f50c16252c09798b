// The shared memory & locks lab's inputs and their URL names (README "URL parameters" lists the same).
import { MAX_DEADLOCK_WORKERS } from './engine/lock-demos/run-deadlock.ts';
import { enumParam, flagParam, intParam, patternParam } from '../../lib/url-state/index.ts';
import { PROGRAMS } from './engine/sim/programs.ts';
import { RACE_MODES } from './engine/race/race-protocol.ts';

/** opposite: the deadlock; same: every worker takes the lower-numbered lock first (the fix). */
export const LOCK_ORDERS = ['opposite', 'same'] as const;

export const syncParams = {
  mode: enumParam(RACE_MODES, 'plain'),
  workers: intParam(1, 16, 2),
  /** Increments per worker. */
  m: intParam(1, 10_000_000, 100_000),
  /** Busy-work iterations between read and write. */
  window: intParam(0, 100_000, 100),
  /** Repeats for the histogram of final counts. */
  repeats: intParam(1, 200, 20),
  /** Simulator: program, threads, and a schedule (thread digits, e.g. 010101) or a seed. */
  program: enumParam(PROGRAMS, 'increment'),
  threads: intParam(2, 3, 2),
  /** Thread indices, one digit a step: a teacher's link replays exactly this interleaving. */
  schedule: patternParam(/^[0-2]{0,64}$/, '010101', ''),
  seed: intParam(0, 2_147_483_647, 0),
  /** Mutex runs: record who waited for and held the lock, for its timeline. */
  trace: flagParam(true),
  /** Deadlock: workers (= locks), lock order, ms worked holding the first lock, ms a lock call waits. */
  dlk: intParam(2, MAX_DEADLOCK_WORKERS, 2),
  order: enumParam(LOCK_ORDERS, 'opposite'),
  hold: intParam(0, 2_000, 200),
  locktimeout: intParam(50, 10_000, 1_000),
  /** Semaphore: workers, permits n, connections per worker, ms each connection stays open. */
  semk: intParam(1, 16, 6),
  permits: intParam(1, 16, 2),
  conns: intParam(1, 20, 3),
  connms: intParam(1, 1_000, 60),
  /** Barrier: workers, phases, mean ms of work per phase. */
  bark: intParam(2, 16, 4),
  phases: intParam(1, 10, 4),
  workms: intParam(1, 1_000, 80),
};

/** The numeric fields of the lock demos, by section. */
export const DEMO_FIELDS = {
  deadlock: ['dlk', 'hold', 'locktimeout'],
  semaphore: ['semk', 'permits', 'conns', 'connms'],
  barrier: ['bark', 'phases', 'workms'],
} as const;
export type DemoField = (typeof DEMO_FIELDS)[keyof typeof DEMO_FIELDS][number];
