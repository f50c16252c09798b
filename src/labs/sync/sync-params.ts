// The shared memory & locks lab's inputs and their URL names (README "URL parameters" lists the same).
import { enumParam, intParam, patternParam } from '../../url-state/index.ts';
import { PROGRAMS } from '../../sim/programs.ts';
import { RACE_MODES } from '../../race/race-protocol.ts';

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
};
