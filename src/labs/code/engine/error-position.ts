// Maps an error's stack, as a worker's engine wrote it, back to a line and column of the learner's text.
// Engines number lines of compiled code differently (the wrapper the Function constructor adds, the lines
// before the learner's), so the offset is measured once per page: a known error on the learner's line 1,
// compiled the same way, says which stack line that is (see CALIBRATION_SOURCE).
import type { CodePosition } from './code-files.ts';

/** A file name as it reads in a regular expression: its dots and other special characters escaped. */
export function fileInPattern(file: string): string {
  return file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the first frame in `file` points, as the engine numbered it; undefined when no frame is there. */
export function framePosition(stack: string | undefined, file: string): CodePosition | undefined {
  if (!stack) return undefined;
  const match = new RegExp(`${fileInPattern(file)}:(\\d+):(\\d+)`).exec(stack);
  if (!match) return undefined;
  return { line: Number(match[1]), column: Number(match[2]) };
}

/**
 * The learner's position of the first frame in `file`, given where the engine put the learner's line 1
 * (`lineOne`, from the calibration). Undefined when the stack has no such frame or it lies outside the
 * learner's `lineCount` lines (the wrapper's own lines).
 */
export function learnerPosition(
  stack: string | undefined,
  file: string,
  lineOne: number,
  lineCount: number,
): CodePosition | undefined {
  const at = framePosition(stack, file);
  if (!at) return undefined;
  const line = at.line - lineOne + 1;
  if (line < 1 || line > lineCount) return undefined;
  return { line, column: at.column };
}
