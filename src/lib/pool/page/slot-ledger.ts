// Which item runs where: the one record, per worker, of the items sent to it and how far each has got. Fed by
// the worker's reports and, on a cross-origin isolated page, by its shared status words; asked by dispatch,
// cancel, timeout, crash and terminate alike. Pure: no Worker, no timers (tested in slot-ledger.test.ts).
//
// A worker runs its items one at a time in the order it got them, each numbered by a sequence number. So
// every item is in one phase, in this order along the queue:
//   reported  its outcome has reached the page (it has left the ledger);
//   ended     it finished (or was skipped) in the worker, and its report is on its way;
//   running   the worker is on it now;
//   waiting   it has not started.
import { Fifo } from '../fifo.ts';
import type { StatusSnapshot } from '../protocol/worker-status.ts';

export type Phase = 'ended' | 'running' | 'waiting';

/** The running item by sequence number, since when (ms, worker clock). */
export interface Running {
  readonly seq: number;
  readonly since: number;
}

export class SlotLedger<T> {
  /** Items sent and not yet reported, in the order the worker runs them; the first has number headSeq. */
  readonly inFlight = new Fifo<T>();
  #headSeq = 0;
  #nextSeq = 0;
  /** The last sequence number of each message in flight. */
  readonly #batchEnds = new Fifo<number>();
  /** The item the last report said was running (or about to start), if any. */
  #reported: Running | undefined;
  readonly #readStatus: (() => StatusSnapshot) | null;

  /** `readStatus`: the worker's shared status, or null where the page is not cross-origin isolated. */
  constructor(readStatus: (() => StatusSnapshot) | null) {
    this.#readStatus = readStatus;
  }

  /** Whether `running()` and `phase()` come from shared memory, exact at the moment of asking. */
  get exact(): boolean {
    return this.#readStatus !== null;
  }

  get headSeq(): number {
    return this.#headSeq;
  }

  /** The sequence number the next item sent gets. */
  get nextSeq(): number {
    return this.#nextSeq;
  }

  /** Messages sent and not fully reported. */
  get batchesInFlight(): number {
    return this.#batchEnds.length;
  }

  /** One message's items were sent, numbered from nextSeq on. */
  sent(items: readonly T[]): void {
    this.inFlight.pushAll(items);
    this.#nextSeq += items.length;
    this.#batchEnds.push(this.#nextSeq - 1);
  }

  itemAt(seq: number): T | undefined {
    return this.inFlight.at(seq - this.#headSeq);
  }

  seqOf(index: number): number {
    return this.#headSeq + index;
  }

  /** The oldest item left the worker in a report: it is no longer in flight. */
  shiftReported(): T | undefined {
    const item = this.inFlight.shift();
    if (item === undefined) return undefined;
    this.#headSeq++;
    while (this.#batchEnds.length > 0 && this.#batchEnds.at(0)! < this.#headSeq) this.#batchEnds.shift();
    return item;
  }

  /** The oldest `count` items (fewer if fewer are in flight) left the worker in one report, oldest first. */
  shiftReportedMany(count: number): T[] {
    const items = this.inFlight.shiftMany(count);
    this.#headSeq += items.length;
    while (this.#batchEnds.length > 0 && this.#batchEnds.at(0)! < this.#headSeq) this.#batchEnds.shift();
    return items;
  }

  /** A report's word on what runs now (-1: nothing). */
  reportedRunning(seq: number, since: number): void {
    this.#reported = seq >= 0 ? { seq, since } : undefined;
  }

  /** The item the worker is on now, as far as the page can tell; undefined when idle or not known. */
  running(): Running | undefined {
    if (this.#readStatus) {
      const s = this.#readStatus();
      if (s.startedSeq > s.finishedSeq && s.startedSeq >= this.#headSeq) {
        return { seq: s.startedSeq, since: s.startedAt };
      }
      return undefined;
    }
    const reported = this.#reported;
    return reported && reported.seq >= this.#headSeq ? reported : undefined;
  }

  /**
   * The last sequence number known to have ended in the worker (headSeq − 1 when none in flight has).
   * With shared status, exact; otherwise only what reports said, and reports say everything that ended.
   */
  endedThrough(): number {
    const running = this.running();
    if (running) return running.seq - 1;
    if (this.#readStatus) {
      const s = this.#readStatus();
      return Math.max(this.#headSeq - 1, s.finishedSeq, s.startedSeq);
    }
    return this.#headSeq - 1;
  }

  /** The phase of the in-flight item with this sequence number. */
  phase(seq: number): Phase {
    const running = this.running();
    if (running?.seq === seq) return 'running';
    return seq <= this.endedThrough() ? 'ended' : 'waiting';
  }

  /** Whether items have ended in the worker whose report has not arrived yet. */
  awaitingReports(): boolean {
    return this.endedThrough() >= this.#headSeq;
  }

  /** Every in-flight item, oldest first, with its sequence number and phase; the ledger ends empty. */
  drain(): { item: T; seq: number; phase: Phase }[] {
    const out: { item: T; seq: number; phase: Phase }[] = [];
    const endedThrough = this.endedThrough();
    const running = this.running();
    for (let k = 0; k < this.inFlight.length; k++) {
      const seq = this.#headSeq + k;
      const phase: Phase = running?.seq === seq ? 'running' : seq <= endedThrough ? 'ended' : 'waiting';
      out.push({ item: this.inFlight.at(k)!, seq, phase });
    }
    while (this.inFlight.length > 0) this.shiftReported();
    return out;
  }
}
