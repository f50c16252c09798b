// The task pool lab's inputs and their URL names (README "URL parameters" lists the same).
import { enumParam, flagParam, intParam } from '../../lib/url-state/index.ts';

import { WORK_KINDS } from './engine/work-items.ts';

export { WORK_KINDS, type WorkKind } from './engine/work-items.ts';
export const PRESETS = ['custom', 'process_url'] as const;

export const poolParams = {
  preset: enumParam(PRESETS, 'custom'),
  n: intParam(1, 1_000_000, 200),
  kind: enumParam(WORK_KINDS, 'mixed'),
  /** % of items that throw. */
  throw: intParam(0, 100, 10),
  /** % of items that hang past the timeout. */
  hang: intParam(0, 100, 5),
  /** % of items that return a falsy value (0, '', null, false). */
  falsy: intParam(0, 100, 10),
  workers: intParam(1, 16, 4),
  /** Per-task timeout, ms; 0 = none (then a hanging item is stopped only by Cancel). */
  timeout: intParam(0, 600_000, 300),
  ordered: flagParam(true),
  /** Items per message; 0 = auto. */
  batch: intParam(0, 10_000, 0),
  /** Simulated I/O wait range, ms. */
  iomin: intParam(0, 10_000, 5),
  iomax: intParam(0, 10_000, 40),
  /** Work of a CPU item: count primes below this. */
  cpu: intParam(100, 10_000_000, 20_000),
  seed: intParam(0, 2_147_483_647, 1),
  /** Run under a simulated GIL (one lock every worker holds to compute; released around I/O waits). */
  gil: flagParam(false),
};
