// Which stack line is the learner's line 1 in this browser: measured once per page by running a known
// error through a pool worker, compiled exactly as the learner's code is (engine/learner-program.ts).
import { taskFromSource, type Pool } from '../../lib/pool/index.ts';
import { framePosition } from './engine/error-position.ts';
import { CALIBRATION_SOURCE, CODE_FILE, taskExpression } from './engine/code-files.ts';

let measured: Promise<number | undefined> | undefined;

/** The stack line of the learner's line 1, or undefined when this engine names no position. */
export function lineOneOnPool(pool: Pool, signal: AbortSignal): Promise<number | undefined> {
  measured ??= (async () => {
    try {
      // One item through map: its error outcome carries the worker's stack, as a run's errors do.
      for await (const outcome of pool.map(
        [null],
        taskFromSource(taskExpression(CALIBRATION_SOURCE, 'item')),
        {
          signal,
        },
      )) {
        if (outcome.status === 'error') return framePosition(outcome.error.stack, CODE_FILE)?.line;
      }
    } catch {
      // Measured again on the next run.
    }
    measured = undefined;
    return undefined;
  })();
  return measured;
}
