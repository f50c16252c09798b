// The names the learner's code carries in stack traces, and its wrapping for the pool: what a worker (the
// items worker) and the page both need, without the parser (acorn stays out of the workers' bundles).

/** The file name the learner's code carries in stack traces, so its frames can be told from the pool's. */
export const CODE_FILE = 'your-code.js';
/** The same for the items generator, which runs in a worker of its own. */
export const ITEMS_FILE = 'your-items.js';

/**
 * The text with every line break JavaScript knows (CR LF, CR, U+2028, U+2029) as LF: the editor, the parser
 * and the engines then count the same lines.
 */
export function withLineFeeds(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n');
}

/** A place in the learner's text: line and column, both counted from 1 (column 0: only the line is known). */
export interface CodePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * How the task receives its item: `item` calls `work(item)`; `shared` receives `{ item, shared }` from the
 * page and calls `work(item, shared)` with the run's shared Int32Array.
 */
export type CallShape = 'item' | 'shared';

/**
 * Runs in the worker, after the learner's code: JavaScriptCore (WebKit) leaves compiled code out of its stack
 * traces but puts the throw's place on the error (`line`, `column`); this adds it to the stack as a frame in
 * the learner's file, as the other engines write it. Where errors carry no `line`, the task is `work` itself.
 */
const WHERE_FOR_JSC = `
  const __playgroundFrameOf = (e) => {
    if (e instanceof Error && typeof e.line === 'number' && !String(e.stack).includes('${CODE_FILE}:')) {
      try { e.stack = String(e.stack) + '\\nwork@${CODE_FILE}:' + e.line + ':' + e.column; } catch {}
    }
    return e;
  };
  return (arg) => {
    let result;
    try { result = __playgroundTask(arg); } catch (e) { throw __playgroundFrameOf(e); }
    return result !== null && typeof result === 'object' && typeof result.then === 'function'
      ? Promise.resolve(result).catch((e) => { throw __playgroundFrameOf(e); })
      : result;
  };`;

/**
 * The expression a pool worker compiles (once per worker): the learner's lines, unchanged and starting a line
 * of their own, inside a function whose value is the task. Top-level state in the code lives once per
 * worker. The sourceURL comment names the code in stack traces (Chromium and Firefox read it; for WebKit
 * see WHERE_FOR_JSC).
 */
export function taskExpression(source: string, shape: CallShape): string {
  const task = shape === 'shared' ? '(arg) => work(arg.item, arg.shared)' : 'work';
  return [
    '(function () {',
    source,
    `;if (typeof work !== 'function') throw new TypeError('your code must declare a function work(item)');`,
    `const __playgroundTask = ${task};`,
    `if (typeof new Error().line !== 'number') return __playgroundTask;`,
    WHERE_FOR_JSC,
    '})()',
    `//# sourceURL=${CODE_FILE}`,
    '',
  ].join('\n');
}

/**
 * A program whose `work` throws on the learner's line 1: its error, read back through the same compile path
 * and the same pool outcome, says which stack line that is in this browser (see error-position.ts).
 */
export const CALIBRATION_SOURCE = 'function work() { throw new Error("calibration"); }';
