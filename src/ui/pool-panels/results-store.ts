// Outcomes of up to a million items in typed arrays (a few tens of MB, not a million objects), with the
// counters and the completion order the panels read (the pool lab's replay of the article's library too).
// Recording an outcome is O(1) with no spikes (no structure that rebuilds itself as it grows). Pure: no
// DOM, no React.
import { ChunkedSlots } from './chunked-slots.ts';

export const STATUSES = ['pending', 'ok', 'error', 'timeout', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];
const CODE: Record<Status, number> = { pending: 0, ok: 1, error: 2, timeout: 3, cancelled: 4 };

export interface StoredOutcome {
  readonly status: Status;
  readonly index: number;
  readonly workerId: number | null;
  /** ms since the run started, or NaN when the item never started. */
  readonly startMs: number;
  readonly durationMs: number;
  readonly value?: unknown;
  readonly error?: string;
}

export class ResultsStore {
  readonly size: number;
  readonly #status: Uint8Array;
  readonly #worker: Int16Array;
  readonly #start: Float64Array;
  readonly #duration: Float32Array;
  /** Values of ok items, for the table. */
  readonly #values = new ChunkedSlots<unknown>();
  readonly #errors = new ChunkedSlots<string>();
  /** Item indices in the order their outcomes arrived (the article's result queue order). */
  readonly completion: Int32Array;
  #completed = 0;
  readonly counts: Record<Status, number> = { pending: 0, ok: 0, error: 0, timeout: 0, cancelled: 0 };
  /** Falsy ok values: the ones `if result:` drops. */
  falsyValues = 0;
  /** Worker ids seen in outcomes. */
  readonly workerIds = new Set<number>();
  /** Per status, the completion positions' items with it: made on first request, then kept up to date. */
  readonly #byStatus = new Map<Status, { items: Int32Array; length: number }>();

  constructor(size: number) {
    this.size = size;
    this.#status = new Uint8Array(size);
    this.#worker = new Int16Array(size).fill(-1);
    this.#start = new Float64Array(size).fill(Number.NaN);
    this.#duration = new Float32Array(size).fill(Number.NaN);
    this.completion = new Int32Array(size);
    this.counts.pending = size;
  }

  get completed(): number {
    return this.#completed;
  }

  /** Records one outcome; a second outcome for the same item is a bug in the pool and throws. */
  record(outcome: StoredOutcome): void {
    const i = outcome.index;
    if (this.#status[i] !== 0) throw new Error(`item ${i} got a second outcome`);
    this.#status[i] = CODE[outcome.status];
    this.#worker[i] = outcome.workerId ?? -1;
    this.#start[i] = outcome.startMs;
    this.#duration[i] = outcome.durationMs;
    if (outcome.status === 'ok') {
      this.#values.set(i, outcome.value);
      if (!outcome.value) this.falsyValues++;
    }
    if (outcome.error !== undefined) this.#errors.set(i, outcome.error);
    this.completion[this.#completed++] = i;
    this.counts.pending--;
    this.counts[outcome.status]++;
    if (outcome.workerId !== null) this.workerIds.add(outcome.workerId);
    const list = this.#byStatus.get(outcome.status);
    if (list) ResultsStore.#append(list, i);
  }

  /**
   * The k-th item (in completion order) whose status is `status`, k < counts[status]. The first request for
   * a status scans what came so far once; after that each outcome costs O(1), so a table filtered by status
   * never rebuilds a list of a million rows.
   */
  itemWithStatus(status: Status, k: number): number {
    let list = this.#byStatus.get(status);
    if (!list) {
      list = { items: new Int32Array(Math.max(16, this.counts[status])), length: 0 };
      for (let c = 0; c < this.#completed; c++) {
        const i = this.completion[c]!;
        if (this.#status[i] === CODE[status]) ResultsStore.#append(list, i);
      }
      this.#byStatus.set(status, list);
    }
    return list.items[k]!;
  }

  static #append(list: { items: Int32Array; length: number }, i: number): void {
    if (list.length === list.items.length) {
      const grown = new Int32Array(list.items.length * 2);
      grown.set(list.items);
      list.items = grown;
    }
    list.items[list.length++] = i;
  }

  get(i: number): StoredOutcome {
    const status = STATUSES[this.#status[i]!]!;
    const worker = this.#worker[i]!;
    return {
      status,
      index: i,
      workerId: worker < 0 ? null : worker,
      startMs: this.#start[i]!,
      durationMs: this.#duration[i]!,
      ...(status === 'ok' ? { value: this.#values.get(i) } : {}),
      ...(this.#errors.get(i) !== undefined ? { error: this.#errors.get(i) } : {}),
    };
  }

  statusOf(i: number): Status {
    return STATUSES[this.#status[i]!]!;
  }

  workerOf(i: number): number {
    return this.#worker[i]!;
  }

  startOf(i: number): number {
    return this.#start[i]!;
  }

  durationOf(i: number): number {
    return this.#duration[i]!;
  }

  valueOf(i: number): unknown {
    return this.#values.get(i);
  }
}
