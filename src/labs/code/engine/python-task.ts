// The learner's Python, run in workers. A worker compiles JavaScript only, so what it runs is a JavaScript
// function (pythonRuntime below, sent as its source text) that starts Pyodide once per worker from the site's
// own origin and then plays one of three roles: the pool task (runs the program once per worker, its
// top-level state living there as a JavaScript program's does, and calls its `work` for each item), the
// items generator (calls its `items()` in the items worker), or a warm-up that only starts Python. No React,
// no DOM: the page builds the texts, a worker runs them.
import type { CallShape, CodePosition } from './code-files.ts';
import { fileInPattern } from './error-position.ts';

/** The file names the learner's Python carries in tracebacks and in the errors made from them. */
export const PYTHON_FILE = 'your-code.py';
export const PYTHON_ITEMS_FILE = 'your-items.py';

/** What the text carries into the worker: JSON, written into the source text. */
export type PythonRuntimeConfig =
  | {
      readonly role: 'work';
      /** The learner's program, as they wrote it. */
      readonly source: string;
      /** Where Pyodide's files are: an absolute URL ending in `/` (see pyodideIndexUrl). */
      readonly indexUrl: string;
      readonly file: string;
      readonly shape: CallShape;
    }
  | { readonly role: 'items'; readonly source: string; readonly indexUrl: string; readonly file: string }
  | { readonly role: 'warm'; readonly indexUrl: string };

/**
 * Pyodide's folder on this site (scripts/pyodide-assets.mjs serves and builds it), as an absolute URL: the
 * worker that loads it has a URL of its own, so a relative one would point elsewhere there.
 * `base`: the site's base (Vite's BASE_URL, `./` in a build, `/` in dev); `documentUrl`: the page's.
 */
export function pyodideIndexUrl(base: string, documentUrl: string): string {
  return new URL(`${base.endsWith('/') ? base : `${base}/`}pyodide/`, documentUrl).href;
}

/**
 * Runs in a worker, compiled there from its source text: it may use no name from outside itself (no
 * imports, no module constants; types are erased). Returns, by role: the task (an async function of one
 * item), the items generator function, or the warm-up task.
 */
function pythonRuntime(config: PythonRuntimeConfig): unknown {
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
  /** One Pyodide per worker, whatever programs it runs. */
  const scope = self as unknown as { __playgroundPyodide?: Promise<Pyodide> };
  const file = config.role === 'warm' ? '' : config.file;

  /** A Pyodide proxy of a Python object (a callable one is a function): it must be destroyed when done. */
  const isProxy = (value: unknown): value is PyProxyLike =>
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as Partial<PyProxyLike>).destroy === 'function' &&
    typeof (value as Partial<PyProxyLike>).toJs === 'function';

  /**
   * A Python exception as a JavaScript error: the exception's type as its name, its own message, and as its
   * stack one frame line per line of the learner's file in the traceback (`at your-code.py:LINE`, the
   * innermost first, as JavaScript stacks go), then the traceback itself.
   */
  const fromPython = (thrown: unknown): unknown => {
    const failure = thrown as PythonFailure;
    if (!(thrown instanceof Error) || typeof failure.type !== 'string') return thrown;
    const traceback = failure.message;
    const lines = traceback.trimEnd().split('\n');
    const last = lines[lines.length - 1] ?? '';
    const prefix = `${failure.type}: `;
    const message = last.startsWith(prefix) ? last.slice(prefix.length) : last === failure.type ? '' : last;
    // fileInPattern's escape, written out: this function may call nothing from outside itself.
    const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const frames = [...traceback.matchAll(new RegExp(`File "${escaped}", line (\\d+)`, 'g'))]
      .map((match) => `    at ${file}:${match[1]}`)
      .reverse();
    const error = new Error(message);
    error.name = failure.type;
    error.stack = [`${failure.type}: ${message}`, ...frames, '', traceback].join('\n');
    return error;
  };

  const startPyodide = (): Promise<Pyodide> => {
    const index = config.indexUrl;
    // import() written out here would be rewritten by the page's bundler (its preload helper reads
    // import.meta, which a compiled task cannot): the worker makes its own, from text.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs in a worker, whose policy allows it
    const importModule = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;
    scope.__playgroundPyodide ??= importModule(`${index}pyodide.mjs`).then((loaded) =>
      (loaded as { loadPyodide: (options: object) => Promise<Pyodide> }).loadPyodide({
        indexURL: index,
        // print() goes to console.log when it is called, so the pool's log capture sees it.
        stdout: (text: string) => console.log(text),
        stderr: (text: string) => console.error(text),
      }),
    );
    return scope.__playgroundPyodide;
  };

  /**
   * Runs the program in a namespace of its own and returns the function it defines as `name` (a proxy kept
   * for the worker's life; the namespace goes with it).
   */
  const define = async (source: string, name: string, missing: string) => {
    const pyodide = await startPyodide();
    // Programs compiled in one worker do not see each other's names.
    const dictType = pyodide.globals.get('dict') as (() => PyDict) & PyProxyLike;
    const namespace = dictType();
    dictType.destroy();
    namespace.set('__name__', 'your_code');
    try {
      // A program ending in an expression has that value: not wanted, and a proxy to let go of.
      const value = pyodide.runPython(source, { globals: namespace, filename: file });
      if (isProxy(value)) value.destroy();
    } catch (error) {
      namespace.destroy();
      throw fromPython(error);
    }
    const defined = namespace.get(name);
    namespace.destroy();
    if (typeof defined !== 'function') {
      if (isProxy(defined)) defined.destroy();
      throw new TypeError(missing);
    }
    return { pyodide, defined: defined as ((...args: unknown[]) => unknown) & PyProxyLike };
  };

  /** A Python value as plain JavaScript (dicts as objects), its proxy destroyed. */
  const toJs = (value: unknown): unknown => {
    if (!isProxy(value)) return value;
    try {
      return value.toJs({ dict_converter: Object.fromEntries, create_pyproxies: false });
    } finally {
      value.destroy();
    }
  };

  if (config.role === 'warm') {
    return async (holdMs: number | undefined) => {
      await startPyodide();
      // Held a little, so a round of warm-up items reaches every worker rather than one fast one.
      if (holdMs) await new Promise((resolve) => setTimeout(resolve, holdMs));
    };
  }

  if (config.role === 'items') {
    const { source } = config;
    return async function* items() {
      const { defined } = await define(
        source,
        'items',
        'your items code must define a generator: def items()',
      );
      let made: unknown;
      try {
        made = defined();
      } catch (error) {
        throw fromPython(error);
      } finally {
        defined.destroy();
      }
      // A generator (def with yield, or async def with yield), or anything Python can iterate (a list, say).
      const iterable = made as (PyProxyLike & Partial<AsyncIterable<unknown> & Iterable<unknown>>) | null;
      const asyncMethod = isProxy(iterable) ? iterable[Symbol.asyncIterator] : undefined;
      const syncMethod = isProxy(iterable) ? iterable[Symbol.iterator] : undefined;
      const iterator: AsyncIterator<unknown> | Iterator<unknown> | undefined = asyncMethod
        ? asyncMethod.call(iterable)
        : syncMethod
          ? syncMethod.call(iterable)
          : undefined;
      if (!iterator) {
        if (isProxy(iterable)) iterable.destroy();
        throw new TypeError(
          'items() must return something iterable: make it a generator, with yield (or return a list)',
        );
      }
      try {
        for (;;) {
          let value: unknown;
          try {
            const step = await iterator.next();
            if (step.done) return;
            value = toJs(step.value);
          } catch (error) {
            throw fromPython(error);
          }
          yield value;
        }
      } finally {
        iterable!.destroy();
      }
    };
  }

  const { source, shape } = config;
  let ready: ReturnType<typeof define> | undefined;
  return async (arg: unknown) => {
    const { pyodide, defined: work } = await (ready ??= define(
      source,
      'work',
      shape === 'shared'
        ? 'your code must define a function work(item, shared)'
        : 'your code must define a function work(item)',
    ));
    const shaped = shape === 'shared' ? (arg as { item: unknown; shared: Int32Array }) : undefined;
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

function runtimeExpression(config: PythonRuntimeConfig): string {
  return `(${pythonRuntime.toString()})(${JSON.stringify(config)})`;
}

/** The expression a pool worker compiles for the learner's Python `source` (taskFromSource takes it). */
export function pythonTaskExpression(source: string, indexUrl: string, shape: CallShape): string {
  return runtimeExpression({ role: 'work', source, indexUrl, file: PYTHON_FILE, shape });
}

/**
 * A task that starts Python in its worker and then holds it for its item (ms; none: not at all): the code
 * lab's pool runs it as prepareWorker, so each worker starts its interpreter (seconds) before it takes an
 * item, a replacement too, and no item's time or timeout counts it.
 */
export function pythonWarmExpression(indexUrl: string): string {
  return runtimeExpression({ role: 'warm', indexUrl });
}

/**
 * The learner's Python items generator as the JavaScript the items worker compiles: it declares `items`, an
 * async generator function whose values are the Python generator's, made plain.
 */
export function pythonItemsSource(source: string, indexUrl: string): string {
  return `const items = ${runtimeExpression({ role: 'items', source, indexUrl, file: PYTHON_ITEMS_FILE })};`;
}

/**
 * The learner's line of the innermost frame in their `file` that an error's stack names (made by the runtime
 * above from a Python traceback); undefined when the error did not come from their lines. Python counts
 * lines as the editor does, so no calibration is needed; its tracebacks name lines only (column 0).
 */
export function pythonErrorPosition(stack: string | undefined, file: string): CodePosition | undefined {
  const match = new RegExp(`at ${fileInPattern(file)}:(\\d+)$`, 'm').exec(stack ?? '');
  return match ? { line: Number(match[1]), column: 0 } : undefined;
}
