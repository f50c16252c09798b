// One pool.map call: pulls items lazily (never more than maxInFlight unconsumed), hands them to the
// dispatcher, and gives the consumer their outcomes in input or completion order. Page realm.
// One file because pulling input, holding outcomes for input order and the consumer's iteration share one
// bounded buffer and its wake-ups.
import type { Dispatcher } from './dispatcher.ts';
import { Fifo } from '../fifo.ts';
import { ReorderRing } from './reorder-ring.ts';
import type { Outcome } from '../pool-types.ts';
import type { ResolvedCallOptions } from './validate-options.ts';
import { WorkItem, type Call, type TaskRef } from './work-item.ts';

type Source<A> =
  | { readonly kind: 'array'; readonly array: readonly A[] }
  | { readonly kind: 'sync'; readonly iterator: Iterator<A> }
  | { readonly kind: 'async'; readonly iterator: AsyncIterator<A> };

function sourceOf<A>(items: Iterable<A> | AsyncIterable<A>): Source<A> {
  if (Array.isArray(items)) return { kind: 'array', array: items as readonly A[] };
  if (typeof (items as Partial<AsyncIterable<A>>)[Symbol.asyncIterator] === 'function') {
    return { kind: 'async', iterator: (items as AsyncIterable<A>)[Symbol.asyncIterator]() };
  }
  return { kind: 'sync', iterator: (items as Iterable<A>)[Symbol.iterator]() };
}

export class MapCall<A, R> implements Call, AsyncIterableIterator<Outcome<A, R>> {
  readonly kind = 'map';
  readonly id: number;
  readonly task: TaskRef;
  readonly timeoutMs: number | undefined;
  readonly retries: number;
  readonly batchSize: number | 'auto';
  readonly pending = new Fifo<WorkItem>();
  closed = false;

  readonly #dispatcher: Dispatcher;
  readonly #items: Iterable<A> | AsyncIterable<A>;
  readonly #ordered: boolean;
  readonly #maxInFlight: number;
  /** Pull again once this many items have been consumed, so items arrive in batches, not one by one. */
  readonly #refillChunk: number;
  readonly #signal: AbortSignal | undefined;
  #source: Source<A> | undefined;
  #pulled = 0;
  #settled = 0;
  /** Outcomes given to the consumer, and of those, the ones it is done with (it asked for the next). */
  #handedOut = 0;
  #consumed = 0;
  #sourceDone = false;
  #pulling = false;
  readonly #ready = new Fifo<Outcome<A, R>>();
  /** Ordered output: outcomes that arrived ahead of the next index (`next`), held until their turn. */
  readonly #reorder = new ReorderRing<Outcome<A, R>>();
  #waiter: { resolve: (r: IteratorResult<Outcome<A, R>>) => void; reject: (e: unknown) => void } | undefined;
  /**
   * The input threw, or workers could not start: once every pulled item's outcome has been given, the
   * iteration throws this, as it is.
   */
  #endError: { error: unknown } | undefined;
  /** Array elements never pulled before an abort: they get `cancelled` outcomes as they are consumed. */
  #tailAt = 0;
  #tailEnd = 0;
  #started = false;
  #finished = false;
  /** The consumer stopped early: outcomes are dropped. */
  #returned = false;
  /** Aborted, terminated or returned: every unfinished item was cancelled. */
  #cancelled = false;
  readonly #onAbort = () => this.#abort();

  constructor(
    dispatcher: Dispatcher,
    id: number,
    items: Iterable<A> | AsyncIterable<A>,
    task: TaskRef,
    options: ResolvedCallOptions,
  ) {
    this.#dispatcher = dispatcher;
    this.id = id;
    this.#items = items;
    this.task = task;
    this.timeoutMs = options.timeoutMs;
    this.retries = options.retries;
    this.batchSize = options.batchSize;
    this.#ordered = options.ordered;
    this.#maxInFlight = options.maxInFlight;
    this.#refillChunk = Math.max(1, Math.floor(options.maxInFlight / 4));
    this.#signal = options.signal;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<Outcome<A, R>>> {
    if (!this.#started) this.#start();
    // The consumer is back for more: it is done with every outcome it had, so their items leave the count.
    this.#consumed = this.#handedOut;
    this.#refill();
    const outcome = this.#ready.shift();
    if (outcome) {
      this.#handedOut++;
      return Promise.resolve({ value: outcome, done: false });
    }
    // In input order the tail follows every pulled item, some of which may still be on their way from a
    // worker (they had ended there when the call was aborted).
    if (this.#tailAt < this.#tailEnd && (!this.#ordered || this.#settled === this.#pulled)) {
      const index = this.#tailAt++;
      const array = (this.#source as { array: readonly A[] }).array;
      this.#dispatcher.counters.cancelled++;
      return Promise.resolve({
        value: { index, item: array[index]!, workerId: null, status: 'cancelled' },
        done: false,
      });
    }
    if (this.#finished || this.#complete()) {
      this.#finish();
      const end = this.#endError;
      if (end) {
        this.#endError = undefined;
        // The input's own error, as it threw it (an iterable may throw a non-Error): the caller's to inspect.
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
        return Promise.reject(end.error);
      }
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }

  /** The consumer stopped (break, return, throw in a for-await body): cancel the rest and close the input. */
  return(): Promise<IteratorResult<Outcome<A, R>>> {
    this.#returned = true;
    if (this.#started && !this.#finished) this.#abort();
    this.#ready.drain();
    this.#tailAt = this.#tailEnd;
    this.#finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  settle(item: WorkItem, outcome: Outcome<unknown, unknown>): void {
    this.#settled++;
    if (this.#returned) return;
    const typed = outcome as Outcome<A, R>;
    if (!this.#ordered) {
      this.#ready.push(typed);
    } else if (item.index !== this.#reorder.next) {
      this.#reorder.hold(item.index, typed);
    } else {
      this.#ready.push(typed);
      // The outcomes held for the indexes that follow, up to the first still missing.
      for (let next = this.#reorder.advance(); next !== undefined; next = this.#reorder.advance()) {
        this.#ready.push(next);
      }
    }
    this.#wake();
  }

  /**
   * Workers cannot start: nothing more is pulled, and once every pulled item has its outcome (the dispatcher
   * gives the waiting ones this error) the iteration throws it. Items already running go on.
   */
  fail(error: Error): void {
    if (this.#finished || this.closed) return;
    this.#endError ??= { error };
    this.closed = true;
    this.#closeSource();
    this.#wake();
  }

  /** The input threw: what was pulled still runs, then the iteration throws `error`. */
  #inputFailed(error: unknown): void {
    this.#sourceDone = true;
    this.#endError ??= { error };
  }

  terminate(): void {
    this.#abort();
  }

  #start(): void {
    this.#started = true;
    this.#source = sourceOf(this.#items);
    this.#dispatcher.register(this);
    if (this.#signal?.aborted) {
      this.#abort();
      return;
    }
    this.#signal?.addEventListener('abort', this.#onAbort, { once: true });
    this.#refill();
  }

  #complete(): boolean {
    return (
      (this.closed || (this.#sourceDone && !this.#pulling)) &&
      this.#settled === this.#pulled &&
      this.#ready.length === 0 &&
      this.#tailAt === this.#tailEnd
    );
  }

  #finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.closed = true;
    this.#signal?.removeEventListener('abort', this.#onAbort);
    this.#dispatcher.unregister(this);
  }

  #wake(): void {
    const waiter = this.#waiter;
    if (!waiter) return;
    this.#waiter = undefined;
    this.next().then(waiter.resolve, waiter.reject);
  }

  #enqueue(arg: A, queuedMs: number): void {
    this.#dispatcher.enqueue(new WorkItem(this, this.#pulled++, arg), queuedMs);
  }

  #refill(): void {
    const source = this.#source;
    if (!source || this.#sourceDone || this.closed || this.#pulling) return;
    const room = this.#maxInFlight - (this.#pulled - this.#consumed);
    if (room < this.#refillChunk) return;
    const now = performance.now();
    if (source.kind === 'array') {
      const end = Math.min(source.array.length, this.#pulled + room);
      while (this.#pulled < end) this.#enqueue(source.array[this.#pulled]!, now);
      if (this.#pulled === source.array.length) this.#sourceDone = true;
    } else if (source.kind === 'sync') {
      try {
        for (let k = 0; k < room; k++) {
          const result = source.iterator.next();
          if (result.done) {
            this.#sourceDone = true;
            break;
          }
          this.#enqueue(result.value, now);
        }
      } catch (error) {
        this.#inputFailed(error);
      }
    } else {
      void this.#pullAsync(source.iterator);
    }
    this.#wake();
  }

  async #pullAsync(iterator: AsyncIterator<A>): Promise<void> {
    this.#pulling = true;
    try {
      while (!this.closed && this.#pulled - this.#consumed < this.#maxInFlight) {
        const result = await iterator.next();
        // Aborted while waiting: the item arrived too late to count as pulled.
        if (this.closed) return;
        if (result.done) {
          this.#sourceDone = true;
          break;
        }
        this.#enqueue(result.value, performance.now());
      }
    } catch (error) {
      this.#inputFailed(error);
    } finally {
      this.#pulling = false;
      this.#wake();
    }
  }

  /** Abort, terminate, failure or early return: nothing more is pulled; every pulled item gets its outcome. */
  #abort(): void {
    if (this.#cancelled) return;
    this.#cancelled = true;
    this.closed = true;
    this.#closeSource();
    this.#dispatcher.cancelCall(this);
    const source = this.#source;
    if (source?.kind === 'array' && !this.#returned) {
      this.#tailAt = this.#pulled;
      this.#tailEnd = source.array.length;
    }
    this.#wake();
  }

  #closeSource(): void {
    const source = this.#source;
    if (!source || source.kind === 'array' || this.#sourceDone) return;
    try {
      const closing = source.iterator.return?.();
      if (closing instanceof Promise) closing.catch(() => undefined);
    } catch {
      // A source whose return() throws is closed as far as the pool is concerned.
    }
  }
}
