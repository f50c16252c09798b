// The items worker's runtime, given its global scope: compiles the learner's `items()` source, then hands out
// its items in batches as the page pulls them. Realm-neutral: code-items.worker.ts passes `self`; tests pass
// a fake scope. The learner's code runs here, never on the page.
import { framePosition } from './error-position.ts';
import { ITEMS_FILE, type CodePosition } from './code-files.ts';
import type { FromItemsWorker, ItemsError, ToItemsWorker } from './items-protocol.ts';
import { PYTHON_ITEMS_FILE, pythonErrorPosition } from './python-task.ts';

export interface ItemsWorkerScope {
  postMessage(message: FromItemsWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToItemsWorker>) => void): void;
}

/** A pull answers with the items made so far once this long has passed (ms), if it has any. */
const PARTIAL_AFTER_MS = 100;

type ItemsIterator = Iterator<unknown> | AsyncIterator<unknown>;

/** The function body the worker compiles: the learner's lines start on a line of their own. */
export function itemsBody(source: string): string {
  return [
    '"use strict";',
    source,
    `;if (typeof items !== 'function') throw new TypeError('your items code must declare function* items()');`,
    'return items;',
    `//# sourceURL=${ITEMS_FILE}`,
    '',
  ].join('\n');
}

function compileBody(body: string): () => unknown {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the learner's code, in a worker only
  return new Function(body) as () => unknown;
}

/** JavaScriptCore (WebKit) leaves compiled code out of its stacks but puts the throw's place on the error. */
interface PlacedError extends Error {
  readonly line?: unknown;
  readonly column?: unknown;
}

/** Where an error was thrown in the compiled items code, as this engine numbers it, if it says. */
function thrownAt(error: Error): CodePosition | undefined {
  const frame = framePosition(error.stack, ITEMS_FILE);
  if (frame) return frame;
  const { line, column } = error as PlacedError;
  return typeof line === 'number' && typeof column === 'number' ? { line, column } : undefined;
}

/** The line of the learner's line 1 in this engine: a known error there, compiled the same way. */
function measureLineOne(): number {
  try {
    (compileBody(itemsBody('function items() { throw new Error("calibration"); }'))() as () => unknown)();
  } catch (error) {
    if (error instanceof Error) return thrownAt(error)?.line ?? -1;
  }
  return -1;
}

export function startItemsWorker(scope: ItemsWorkerScope): void {
  const post = scope.postMessage.bind(scope);
  let lineOne = -1;
  let lineCount = 0;
  let iterator: ItemsIterator | undefined;
  let done = false;

  const describe = (thrown: unknown): ItemsError => {
    if (!(thrown instanceof Error)) return { name: 'Error', message: `items() threw ${String(thrown)}` };
    // A Python exception names the learner's line itself (python-task.ts): no calibration applies.
    const python = pythonErrorPosition(thrown.stack, PYTHON_ITEMS_FILE);
    if (python) return { name: thrown.name, message: thrown.message, at: python };
    const place = lineOne > 0 ? thrownAt(thrown) : undefined;
    const line = place ? place.line - lineOne + 1 : 0;
    const at = place && line >= 1 && line <= lineCount ? { line, column: place.column } : undefined;
    return at
      ? { name: thrown.name, message: thrown.message, at }
      : { name: thrown.name, message: thrown.message };
  };
  const fail = (thrown: unknown) => {
    done = true;
    post({ type: 'error', error: describe(thrown) });
  };

  const start = (source: string) => {
    lineOne = measureLineOne();
    lineCount = source.split('\n').length;
    try {
      const items = compileBody(itemsBody(source))() as () => unknown;
      const made = items();
      const asyncMethod = (made as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator];
      const syncMethod = (made as Iterable<unknown> | null)?.[Symbol.iterator];
      if (typeof asyncMethod === 'function')
        iterator = asyncMethod.call<unknown, [], AsyncIterator<unknown>>(made);
      else if (typeof syncMethod === 'function')
        iterator = syncMethod.call<unknown, [], Iterator<unknown>>(made);
      else
        throw new TypeError('items() must return something iterable: make it a generator, function* items()');
    } catch (error) {
      fail(error);
    }
  };

  const pull = async (max: number) => {
    if (done || !iterator) {
      post({ type: 'items', items: [], done: true });
      return;
    }
    const batch: unknown[] = [];
    const started = performance.now();
    try {
      while (batch.length < max) {
        const step = await iterator.next();
        if (step.done) {
          done = true;
          break;
        }
        batch.push(step.value);
        // A slow generator (an await per item) sends what it has now and then, not only full batches.
        if (performance.now() - started >= PARTIAL_AFTER_MS) break;
      }
    } catch (error) {
      // The items made before the throw still go out, then the error.
      if (batch.length > 0) post({ type: 'items', items: batch, done: false });
      fail(error);
      return;
    }
    try {
      post({ type: 'items', items: batch, done });
    } catch (error) {
      // An item structured clone cannot copy (a function, a DOM-less class instance with methods is fine).
      const index = batch.findIndex((item) => {
        try {
          structuredClone(item);
          return false;
        } catch {
          return true;
        }
      });
      fail(
        new TypeError(
          `an item cannot be sent to a worker (batch item ${index}): ${(error as Error).message}`,
        ),
      );
    }
  };

  // Pulls are answered in order: a pull waits for the one before it.
  let queue = Promise.resolve();
  scope.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'start') start(message.source);
    else queue = queue.then(() => pull(message.max));
  });
}
