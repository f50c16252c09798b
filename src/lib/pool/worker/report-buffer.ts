// Worker side: ended items and log lines wait here until the next report: before the next item starts, or,
// for buffered batches of tiny items, a few ms later, so a run of 100k tiny items sends a few hundred
// messages back, not 100k. Realm-neutral.
import { packNumbers } from '../protocol/packed-numbers.ts';
import type { LogLevel, LogRecord, ReportMessage } from '../protocol/pool-protocol.ts';

/** The buffers a report's message should transfer rather than copy. */
export function reportTransfer(report: ReportMessage): ArrayBuffer[] {
  const transfer = [report.times.buffer as ArrayBuffer];
  if (report.values instanceof Float64Array) transfer.push(report.values.buffer as ArrayBuffer);
  return transfer;
}

export class ReportBuffer {
  #firstSeq = -1;
  #times: number[] = [];
  #endings: number[] = [];
  #values: unknown[] = [];
  #logs: LogRecord[] = [];

  /** Items waiting to be reported. */
  get count(): number {
    return this.#endings.length;
  }

  get isEmpty(): boolean {
    return this.#endings.length === 0 && this.#logs.length === 0;
  }

  /** Items arrive in sequence order; seq is the first one's number after each take(). `ending`: ENDED_*. */
  add(seq: number, start: number, end: number, value: unknown, ending: number): void {
    if (this.#endings.length === 0) this.#firstSeq = seq;
    this.#times.push(start, end);
    this.#endings.push(ending);
    this.#values.push(value);
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

  /** The report of everything buffered, and an empty buffer. Its typed arrays are the report's own: transfer them. */
  take(runningSeq: number, runningSince: number): ReportMessage {
    const report: ReportMessage = {
      type: 'report',
      firstSeq: this.#firstSeq,
      times: Float64Array.from(this.#times),
      endings: Uint8Array.from(this.#endings),
      values: packNumbers(this.#values),
      logs: this.#logs,
      runningSeq,
      runningSince,
    };
    this.#firstSeq = -1;
    this.#times = [];
    this.#endings = [];
    this.#values = [];
    this.#logs = [];
    return report;
  }
}
