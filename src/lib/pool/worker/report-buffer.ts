// Worker side: finished items and log lines wait here until the next report, so a run of 100k tiny items
// sends a few hundred messages back, not 100k. Realm-neutral.
import type { LogLevel, LogRecord, ReportMessage } from '../protocol/pool-protocol.ts';

export class ReportBuffer {
  #firstSeq = -1;
  #times: number[] = [];
  #failed: number[] = [];
  #values: unknown[] = [];
  #logs: LogRecord[] = [];

  /** Items waiting to be reported. */
  get count(): number {
    return this.#failed.length;
  }

  get isEmpty(): boolean {
    return this.#failed.length === 0 && this.#logs.length === 0;
  }

  /** Items arrive in sequence order; seq is the first one's number after each take(). */
  add(seq: number, start: number, end: number, value: unknown, failed: boolean): void {
    if (this.#failed.length === 0) this.#firstSeq = seq;
    this.#times.push(start, end);
    this.#failed.push(failed ? 1 : 0);
    this.#values.push(value);
  }

  log(t: number, level: LogLevel, message: string): void {
    this.#logs.push({ t, level, message });
  }

  /** The report of everything buffered, and an empty buffer. */
  take(runningSeq: number, runningSince: number): ReportMessage {
    const report: ReportMessage = {
      type: 'report',
      firstSeq: this.#firstSeq,
      times: Float64Array.from(this.#times),
      failed: Uint8Array.from(this.#failed),
      values: this.#values,
      logs: this.#logs,
      runningSeq,
      runningSince,
    };
    this.#firstSeq = -1;
    this.#times = [];
    this.#failed = [];
    this.#values = [];
    this.#logs = [];
    return report;
  }
}
