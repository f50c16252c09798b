// Worker side: ended items and log lines wait here until the next report: before the next item starts, or,
// for buffered batches of tiny items, a few ms later, so a run of 100k tiny items sends a few hundred
// messages back, not 100k. Realm-neutral.
//
// Kept in typed arrays that live as long as the worker: a tiny item costs a few stores here, not four array
// pushes, and a report copies out only what it carries (one memcpy per column), which it then transfers.
import { PACKED_MIN } from '../protocol/packed-numbers.ts';
import type { LogLevel, LogRecord, ReportMessage } from '../protocol/pool-protocol.ts';

/** The buffers a report's message should transfer rather than copy. */
export function reportTransfer(report: ReportMessage): ArrayBuffer[] {
  const transfer = [report.times.buffer as ArrayBuffer, report.endings.buffer as ArrayBuffer];
  if (report.values instanceof Float64Array) transfer.push(report.values.buffer as ArrayBuffer);
  return transfer;
}

/** Items the columns hold at first; they double as needed (the runtime reports every FLUSH_ITEMS items at most). */
const FIRST_CAPACITY = 256;

export class ReportBuffer {
  #firstSeq = -1;
  #count = 0;
  /** start, end per item (ms, worker clock). */
  #times = new Float64Array(2 * FIRST_CAPACITY);
  /** ENDED_* per item. */
  #endings = new Uint8Array(FIRST_CAPACITY);
  /** The values while every one since the last take() is a number (the packed-numbers.ts rule's case). */
  #numbers = new Float64Array(FIRST_CAPACITY);
  /** The values once one is not a number; null until then. */
  #values: unknown[] | null = null;
  #logs: LogRecord[] = [];

  /** Items waiting to be reported. */
  get count(): number {
    return this.#count;
  }

  get isEmpty(): boolean {
    return this.#count === 0 && this.#logs.length === 0;
  }

  /** Items arrive in sequence order; seq is the first one's number after each take(). `ending`: ENDED_*. */
  add(seq: number, start: number, end: number, value: unknown, ending: number): void {
    const k = this.#count;
    if (k === 0) this.#firstSeq = seq;
    if (k === this.#endings.length) this.#grow();
    this.#times[2 * k] = start;
    this.#times[2 * k + 1] = end;
    this.#endings[k] = ending;
    const values = this.#values;
    if (values !== null) values.push(value);
    else if (typeof value === 'number') this.#numbers[k] = value;
    else this.#values = [...this.#numbers.subarray(0, k), value];
    this.#count = k + 1;
  }

  /** Times of items `first` .. `first + count - 1` since the last take(): equal slots of `stepMs` from `startMs`. */
  retime(first: number, count: number, startMs: number, stepMs: number): void {
    const times = this.#times;
    for (let j = 0; j < count; j++) {
      times[2 * (first + j)] = startMs + j * stepMs;
      times[2 * (first + j) + 1] = startMs + (j + 1) * stepMs;
    }
  }

  log(t: number, level: LogLevel, message: string): void {
    this.#logs.push({ t, level, message });
  }

  /**
   * The report of everything buffered, and an empty buffer. Its typed arrays are copies of their own, made
   * for the message: transfer them (reportTransfer). Values are a Float64Array by packed-numbers.ts's rule.
   */
  take(runningSeq: number, runningSince: number): ReportMessage {
    const n = this.#count;
    const numbers = this.#numbers.subarray(0, n);
    const report: ReportMessage = {
      type: 'report',
      firstSeq: this.#firstSeq,
      times: this.#times.slice(0, 2 * n),
      endings: this.#endings.slice(0, n),
      values: this.#values ?? (n >= PACKED_MIN ? numbers.slice() : Array.from(numbers)),
      logs: this.#logs,
      runningSeq,
      runningSince,
    };
    this.#firstSeq = -1;
    this.#count = 0;
    this.#values = null;
    this.#logs = [];
    return report;
  }

  #grow(): void {
    const capacity = 2 * this.#endings.length;
    const times = new Float64Array(2 * capacity);
    times.set(this.#times);
    this.#times = times;
    const endings = new Uint8Array(capacity);
    endings.set(this.#endings);
    this.#endings = endings;
    const numbers = new Float64Array(capacity);
    numbers.set(this.#numbers);
    this.#numbers = numbers;
  }
}
