// Where a run's items come from: a range split into parts, a JSON array, or the learner's items()
// generator, which runs in a worker of its own (the page never evaluates learner code) and is pulled lazily,
// so the pool's bound on items in flight holds for an endless generator too. Page realm.
import type { CodePosition } from './code-files.ts';
import { jsonErrorOffset } from './json-error-offset.ts';
import type { FromItemsWorker, ToItemsWorker } from './items-protocol.ts';

/** One part of a range: the integers low, low+1, …, high-1. */
export interface RangePart {
  readonly low: number;
  readonly high: number;
}

/** `[low, high)` in `parts` contiguous parts whose sizes differ by at most one (empty parts when parts > size). */
export function* rangeParts(low: number, high: number, parts: number): Generator<RangePart> {
  const size = Math.max(0, high - low);
  const base = Math.floor(size / parts);
  const extra = size - base * parts;
  let start = low;
  for (let i = 0; i < parts; i++) {
    const end = start + base + (i < extra ? 1 : 0);
    yield { low: start, high: end };
    start = end;
  }
}

/** The most items a JSON list or a generator may give: a run keeps one outcome per item on the page. */
export const MAX_ITEMS = 1_000_000;

export type JsonItems =
  | { readonly ok: true; readonly items: readonly unknown[] }
  | { readonly ok: false; readonly message: string; readonly at?: CodePosition };

/** Line and column (from 1) of an offset in `text`. */
function positionOf(text: string, offset: number): CodePosition {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** The items of a JSON array; anything else is refused with what was expected. */
export function parseJsonItems(text: string): JsonItems {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(text);
    return offset >= 0 ? { ok: false, message, at: positionOf(text, offset) } : { ok: false, message };
  }
  if (!Array.isArray(value)) return { ok: false, message: 'expected a JSON array, such as [1, 2, 3]' };
  if (value.length > MAX_ITEMS) return { ok: false, message: `more than ${MAX_ITEMS} items` };
  return { ok: true, items: value };
}

/** Why the generator's items ended early. */
export type GeneratorFailure = 'threw' | 'timeout' | 'limit' | 'crashed';

/**
 * The generator failed: why, the detail a message needs (the thrown `Name: message`, the pull limit in ms, the
 * item limit, or the worker's own words), and where in the learner's items code when the stack said.
 */
export class ItemsGeneratorError extends Error {
  override readonly name = 'ItemsGeneratorError';
  constructor(
    message: string,
    readonly at: CodePosition | undefined,
    readonly reason: GeneratorFailure,
    readonly detail: string,
  ) {
    super(message);
  }
}

export interface GeneratorOptions {
  readonly signal: AbortSignal;
  /** No answer to a pull within this many ms ends the run: an endless loop before the next yield, say. */
  readonly pullTimeoutMs?: number;
  /** Items pulled per message. */
  readonly batch?: number;
  readonly maxItems?: number;
  /** Called once with the worker, after it starts: the lab counts it among the workers alive. */
  readonly onWorker?: (alive: boolean) => void;
}

/**
 * A place is a whole positive line and a whole column from 0 (0: the line only, as Python names it); anything
 * else from the worker is not one.
 */
function isPlace(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null) return false;
  const { line, column } = value as { line?: unknown; column?: unknown };
  return (
    typeof line === 'number' &&
    typeof column === 'number' &&
    Number.isInteger(line) &&
    Number.isInteger(column) &&
    line > 0 &&
    column >= 0
  );
}

function isAnswer(data: unknown): data is FromItemsWorker {
  const message = data as { type?: unknown; items?: unknown; done?: unknown; error?: unknown } | null;
  if (typeof message !== 'object' || message === null) return false;
  if (message.type === 'items') return Array.isArray(message.items) && typeof message.done === 'boolean';
  if (message.type !== 'error') return false;
  const error = message.error as { name?: unknown; message?: unknown; at?: unknown } | null;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof error.name === 'string' &&
    typeof error.message === 'string' &&
    isPlace(error.at)
  );
}

/** Starts the items worker (one place: Vite bundles it from here). */
function startItemsWorker(): Worker {
  return new Worker(new URL('./code-items.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The items of the learner's `items()` generator, pulled from a worker in batches as the consumer asks.
 * The worker ends when the items end, the generator throws, the consumer stops, or `signal` aborts. A
 * failure throws an ItemsGeneratorError after the items made before it.
 */
export async function* generatorItems(source: string, options: GeneratorOptions): AsyncGenerator<unknown> {
  const { signal, pullTimeoutMs = 10_000, batch = 256, maxItems = MAX_ITEMS, onWorker } = options;
  if (signal.aborted) return;
  const worker = startItemsWorker();
  onWorker?.(true);
  let pending: { resolve: (m: FromItemsWorker) => void; reject: (e: Error) => void } | undefined;
  const settle = (outcome: FromItemsWorker | Error) => {
    const waiting = pending;
    pending = undefined;
    if (!waiting) return;
    if (outcome instanceof Error) waiting.reject(outcome);
    else waiting.resolve(outcome);
  };
  // The worker runs learner code, which could post anything: only well-formed answers count.
  worker.onmessage = (event: MessageEvent<unknown>) => {
    if (isAnswer(event.data)) settle(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    settle(
      new ItemsGeneratorError(
        `the items worker failed: ${event.message || 'no reason given'}`,
        undefined,
        'crashed',
        event.message || '',
      ),
    );
  };
  const onAbort = () => settle(new DOMException('aborted', 'AbortError'));
  signal.addEventListener('abort', onAbort);
  const send = (message: ToItemsWorker) => worker.postMessage(message);
  const ask = (max: number) =>
    new Promise<FromItemsWorker>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          settle(
            new ItemsGeneratorError(
              `items() gave no item within ${pullTimeoutMs} ms: does it loop without reaching its next yield?`,
              undefined,
              'timeout',
              String(pullTimeoutMs),
            ),
          ),
        pullTimeoutMs,
      );
      const clear = () => clearTimeout(timer);
      pending = {
        resolve: (m) => {
          clear();
          resolve(m);
        },
        reject: (e) => {
          clear();
          reject(e);
        },
      };
      send({ type: 'pull', max });
    });
  let given = 0;
  try {
    send({ type: 'start', source });
    for (;;) {
      let answer: FromItemsWorker;
      try {
        answer = await ask(batch);
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
        throw error;
      }
      if (answer.type === 'error') {
        const { name, message, at } = answer.error;
        throw new ItemsGeneratorError(
          `items() threw ${name}: ${message}`,
          at,
          'threw',
          `${name}: ${message}`,
        );
      }
      for (const item of answer.items) {
        if (given >= maxItems) {
          throw new ItemsGeneratorError(
            `items() gave more than ${maxItems} items`,
            undefined,
            'limit',
            String(maxItems),
          );
        }
        given++;
        yield item;
        if (signal.aborted) return;
      }
      if (answer.done) return;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    worker.terminate();
    onWorker?.(false);
  }
}
