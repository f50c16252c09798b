// The per-item trace behind pool.trace(): a ring of the most recent finished items, kept as columns of
// numbers so recording one costs no allocation. Page realm, no DOM.
import type { ItemTrace, OutcomeStatus } from '../pool-types.ts';

const STATUSES: readonly OutcomeStatus[] = ['ok', 'error', 'timeout', 'cancelled'];
/** The code of 'ok' in the ring (its place in STATUSES): the common case passes it without a lookup. */
export const OK_CODE = 0;
/** Each status's code in the ring: its place in STATUSES. */
const STATUS_CODES = Object.fromEntries(STATUSES.map((status, code) => [status, code])) as Readonly<
  Record<OutcomeStatus, number>
>;
const COLUMNS = 8;

/** Rows allocated at first; the ring doubles up to its capacity, so a pool that runs little holds little. */
const FIRST_ROWS = 256;

export class TraceRing {
  readonly #capacity: number;
  #data = new Float64Array(0);
  #count = 0;
  /** Where the next row goes (in numbers, not rows): the ring's write position, kept to spare a division. */
  #at = 0;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  /**
   * One finished item, field by field (no entry object: this runs once per item). Times in ms,
   * performance.now(); dispatchedMs and startedMs are NaN when it never got that far.
   */
  add(
    call: number,
    index: number,
    workerId: number | null,
    status: OutcomeStatus,
    queuedMs: number,
    dispatchedMs: number,
    startedMs: number,
    finishedMs: number,
  ): void {
    this.addCoded(
      call,
      index,
      workerId ?? Number.NaN,
      STATUS_CODES[status],
      queuedMs,
      dispatchedMs,
      startedMs,
      finishedMs,
    );
  }

  /** add() with the status as its code (OK_CODE for 'ok') and a missing worker as NaN. */
  addCoded(
    call: number,
    index: number,
    workerId: number,
    statusCode: number,
    queuedMs: number,
    dispatchedMs: number,
    startedMs: number,
    finishedMs: number,
  ): void {
    if (this.#capacity === 0) return;
    let d = this.#data;
    let at = this.#at;
    if (at === d.length) {
      const rows = d.length / COLUMNS;
      if (rows < this.#capacity) {
        const grown = new Float64Array(Math.min(this.#capacity, Math.max(FIRST_ROWS, rows * 2)) * COLUMNS);
        grown.set(d);
        this.#data = d = grown;
      } else {
        at = 0;
      }
    }
    d[at] = call;
    d[at + 1] = index;
    d[at + 2] = workerId;
    d[at + 3] = statusCode;
    d[at + 4] = queuedMs;
    d[at + 5] = dispatchedMs;
    d[at + 6] = startedMs;
    d[at + 7] = finishedMs;
    this.#at = at + COLUMNS;
    this.#count++;
  }

  /** Oldest first. */
  entries(): ItemTrace[] {
    const n = Math.min(this.#count, this.#capacity);
    const first = this.#count - n;
    const nullable = (v: number) => (Number.isNaN(v) ? null : v);
    const out: ItemTrace[] = [];
    for (let k = 0; k < n; k++) {
      const at = ((first + k) % this.#capacity) * COLUMNS;
      const d = this.#data;
      out.push({
        call: d[at]!,
        index: d[at + 1]!,
        workerId: nullable(d[at + 2]!),
        status: STATUSES[d[at + 3]!]!,
        queuedMs: d[at + 4]!,
        dispatchedMs: nullable(d[at + 5]!),
        startedMs: nullable(d[at + 6]!),
        finishedMs: d[at + 7]!,
      });
    }
    return out;
  }
}

/** A trace as CSV with a header row; times in ms with three decimals, empty where null. */
export function traceToCsv(trace: readonly ItemTrace[]): string {
  const header = 'call,index,workerId,status,queuedMs,dispatchedMs,startedMs,finishedMs';
  const ms = (v: number | null) => (v === null ? '' : v.toFixed(3));
  const rows = trace.map((t) =>
    [
      t.call,
      t.index,
      t.workerId ?? '',
      t.status,
      ms(t.queuedMs),
      ms(t.dispatchedMs),
      ms(t.startedMs),
      ms(t.finishedMs),
    ].join(','),
  );
  return [header, ...rows].join('\n') + '\n';
}
