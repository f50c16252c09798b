// Worker side: ended items and log lines wait here until the next report: before the next item starts, or,
// for buffered batches of tiny items, a few ms later, so a run of 100k tiny items sends a few hundred
// messages back, not 100k. Realm-neutral.
import type { LogLevel, LogRecord, ReportMessage } from '../protocol/pool-protocol.ts';

/** Reports of at least this many items, all of them numbers, carry their values as a Float64Array. */
const NUMERIC_REPORT_MIN = 8;

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
  /** Every value so far is a number: the report carries them as a Float64Array (ReportMessage.values). */
  #numeric = true;
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
    if (typeof value !== 'number') this.#numeric = false;
  }

  log(t: number, level: LogLevel, message: string): void {
    this.#logs.push({ t, level, message });
  }

  /** The report of everything buffered, and an empty buffer. Its typed arrays are the report's own: transfer them. */
  take(runningSeq: number, runningSince: number): ReportMessage {
    const values = this.#values;
    const report: ReportMessage = {
      type: 'report',
      firstSeq: this.#firstSeq,
      times: Float64Array.from(this.#times),
      endings: Uint8Array.from(this.#endings),
      values:
        this.#numeric && values.length >= NUMERIC_REPORT_MIN ? Float64Array.from(values as number[]) : values,
      logs: this.#logs,
      runningSeq,
      runningSince,
    };
    this.#firstSeq = -1;
    this.#times = [];
    this.#endings = [];
    this.#values = [];
    this.#numeric = true;
    this.#logs = [];
    return report;
  }
}
