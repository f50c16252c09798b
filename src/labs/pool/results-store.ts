// Outcomes of up to a million items in typed arrays (a few tens of MB, not a million objects), with the
// counters and the completion order the replay of the article's library needs. Pure: no DOM, no React.

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
  /** Values are kept for the items a table shows and for the replay's truthiness test. */
  readonly #values = new Map<number, unknown>();
  readonly #errors = new Map<number, string>();
  /** Item indices in the order their outcomes arrived (the article's result queue order). */
  readonly completion: Int32Array;
  #completed = 0;
  readonly counts: Record<Status, number> = { pending: 0, ok: 0, error: 0, timeout: 0, cancelled: 0 };
  /** Falsy ok values: the ones `if result:` drops. */
  falsyValues = 0;

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
      ...(this.#values.has(i) ? { value: this.#values.get(i) } : {}),
      ...(this.#errors.has(i) ? { error: this.#errors.get(i) } : {}),
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
