// Which stack line is the learner's line 1 in this browser: measured once per page by running a known
// error through a pool worker, compiled exactly as the learner's code is (engine/learner-program.ts).
import { taskFromSource, type Pool } from '../../lib/pool/index.ts';
import { framePosition } from './engine/error-position.ts';
import { CALIBRATION_SOURCE, CODE_FILE, taskExpression } from './engine/code-files.ts';

let measured: Promise<number | undefined> | undefined;

/** The stack line of the learner's line 1, or undefined when this engine names no position. */
export function lineOneOnPool(pool: Pool, signal: AbortSignal): Promise<number | undefined> {
  measured ??= pool
    .run(taskFromSource<null, string>(taskExpression(CALIBRATION_SOURCE, 'item')), null, { signal })
    .then((stack) => framePosition(stack, CODE_FILE)?.line)
    .catch(() => {
      measured = undefined;
      return undefined;
    });
  return measured;
}
