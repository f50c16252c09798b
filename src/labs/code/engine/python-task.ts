// The learner's Python program as a pool task. A pool worker compiles JavaScript only, so the task is a
// JavaScript function (pythonTask below, sent as its source text) that starts Pyodide once per worker from
// the site's own origin, runs the program once per worker (its top-level state lives there, as a JavaScript
// program's does), and calls the program's `work` for each item. No React, no DOM: the page builds the
// expression, a worker runs it.
import type { CallShape, CodePosition } from './code-files.ts';

/** The file name the learner's Python program carries in tracebacks and in the errors made from them. */
export const PYTHON_FILE = 'your-code.py';

/** What the expression carries into the worker: JSON, written into the source text. */
export interface PythonTaskConfig {
  /** The learner's program, as they wrote it. */
  readonly source: string;
  /** Where Pyodide's files are: an absolute URL ending in `/` (see pyodideIndexUrl). */
  readonly indexUrl: string;
  readonly file: string;
  readonly shape: CallShape;
}

/**
 * Pyodide's folder on this site (scripts/pyodide-assets.mjs serves and builds it), as an absolute URL: the
 * worker that loads it has a URL of its own, so a relative one would point elsewhere there.
 * `base`: the site's base (Vite's BASE_URL, `./` in a build, `/` in dev); `documentUrl`: the page's.
 */
export function pyodideIndexUrl(base: string, documentUrl: string): string {
  return new URL(`${base.endsWith('/') ? base : `${base}/`}pyodide/`, documentUrl).href;
}

/**
 * Runs in a pool worker, compiled there from its source text: it may use no name from outside itself (no
 * imports, no module constants; types are erased). Returns the task: an async function of one item.
 */
function pythonTask(config: PythonTaskConfig): (arg: unknown) => Promise<unknown> {
  interface PyProxyLike {
    toJs(options: object): unknown;
    destroy(): void;
  }
  interface PyDict extends PyProxyLike {
    get(key: string): unknown;
    set(key: string, value: unknown): void;
  }
  interface Pyodide {
    globals: PyDict;
    toPy(value: unknown): unknown;
    runPython(code: string, options: { globals: PyDict; filename: string }): unknown;
  }
  type PythonFailure = Error & { type?: unknown };
  const scope = self as unknown as { __playgroundPyodide?: Promise<Pyodide> };
  /** A Pyodide proxy of a Python object (a callable one is a function): it must be destroyed when done. */
  const isProxy = (value: unknown): value is PyProxyLike =>
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as Partial<PyProxyLike>).destroy === 'function' &&
    typeof (value as Partial<PyProxyLike>).toJs === 'function';

  /**
   * A Python exception as a JavaScript error: the exception's type as its name, its own message, and as its
   * stack the traceback with one frame line per learner line (`at your-code.py:LINE:1`, the innermost first,
   * as JavaScript stacks go), so the lab finds the line as it does for JavaScript.
   */
  const fromPython = (thrown: unknown): unknown => {
    const failure = thrown as PythonFailure;
    if (!(thrown instanceof Error) || typeof failure.type !== 'string') return thrown;
    const traceback = failure.message;
    const lines = traceback.trimEnd().split('\n');
    const last = lines[lines.length - 1] ?? '';
    const prefix = `${failure.type}: `;
    const message = last.startsWith(prefix) ? last.slice(prefix.length) : last === failure.type ? '' : last;
    const escaped = config.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const frames = [...traceback.matchAll(new RegExp(`File "${escaped}", line (\\d+)`, 'g'))]
      .map((match) => `    at ${config.file}:${match[1]}:1`)
      .reverse();
    const error = new Error(message);
    error.name = failure.type;
    error.stack = [`${failure.type}: ${message}`, ...frames, '', traceback].join('\n');
    return error;
  };

  const start = async () => {
    const index = config.indexUrl;
    scope.__playgroundPyodide ??= import(/* @vite-ignore */ `${index}pyodide.mjs`).then(
      (module: { loadPyodide: (options: object) => Promise<Pyodide> }) =>
        module.loadPyodide({
          indexURL: index,
          // print() goes to console.log when it is called, so the pool's log capture sees it.
          stdout: (text: string) => console.log(text),
          stderr: (text: string) => console.error(text),
        }),
    );
    const pyodide = await scope.__playgroundPyodide;
    // A namespace of the program's own: programs compiled in one worker do not see each other's names.
    const namespace = (pyodide.globals.get('dict') as () => PyDict)();
    namespace.set('__name__', 'your_code');
    try {
      pyodide.runPython(config.source, { globals: namespace, filename: config.file });
    } catch (error) {
      throw fromPython(error);
    }
    const work = namespace.get('work');
    if (typeof work !== 'function') {
      throw new TypeError(
        config.shape === 'shared'
          ? 'your code must define a function work(item, shared)'
          : 'your code must define a function work(item)',
      );
    }
    return { pyodide, work: work as (...args: unknown[]) => unknown };
  };
  let ready: ReturnType<typeof start> | undefined;

  const toJs = (value: unknown): unknown => {
    if (!isProxy(value)) return value;
    try {
      return value.toJs({ dict_converter: Object.fromEntries, create_pyproxies: false });
    } finally {
      value.destroy();
    }
  };

  return async (arg: unknown) => {
    const { pyodide, work } = await (ready ??= start());
    const shaped = config.shape === 'shared' ? (arg as { item: unknown; shared: Int32Array }) : undefined;
    const item = pyodide.toPy(shaped ? shaped.item : arg);
    try {
      let result = shaped ? work(item, shaped.shared) : work(item);
      // `async def work`: a coroutine, which Pyodide lets JavaScript await.
      if (isProxy(result) && typeof (result as Partial<PromiseLike<unknown>>).then === 'function') {
        const awaitable = result as PyProxyLike & PromiseLike<unknown>;
        try {
          result = await awaitable;
        } finally {
          awaitable.destroy();
        }
      }
      return toJs(result);
    } catch (error) {
      throw fromPython(error);
    } finally {
      if (isProxy(item)) item.destroy();
    }
  };
}

/** The expression a pool worker compiles for the learner's Python `source` (taskFromSource takes it). */
export function pythonTaskExpression(source: string, indexUrl: string, shape: CallShape): string {
  const config: PythonTaskConfig = { source, indexUrl, file: PYTHON_FILE, shape };
  return `(${pythonTask.toString()})(${JSON.stringify(config)})`;
}

/** A frame line of such a stack: file, line, column. */
const FRAME = new RegExp(`${PYTHON_FILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+)`);

/**
 * The learner's line of the innermost frame in their program that an error's stack names (made by the
 * task above from a Python traceback); undefined when the error did not come from their lines. Python
 * counts lines as the editor does, so no calibration is needed.
 */
export function pythonErrorPosition(stack: string | undefined): CodePosition | undefined {
  const match = FRAME.exec(stack ?? '');
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}
