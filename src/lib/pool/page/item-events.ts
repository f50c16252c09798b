// PoolEvents for items, workers and logs, in time order within each report. With no onEvent listener
// every method returns at once, so a 100k-item run without a listener pays nothing for events. Page realm.
import type { LogRecord } from '../protocol/pool-protocol.ts';
import type { OutcomeStatus, PoolEvent } from '../pool-types.ts';
import type { WorkItem } from './work-item.ts';

export class ItemEvents {
  readonly #listener: ((e: PoolEvent) => void) | undefined;
  #logs: readonly LogRecord[] = [];
  #logAt = 0;
  #offset = 0;
  /** The report's arrival (page clock): no line of it is later. */
  #latest = Infinity;
  #workerId = 0;

  constructor(listener: ((e: PoolEvent) => void) | undefined) {
    this.#listener = listener;
  }

  get listening(): boolean {
    return this.#listener !== undefined;
  }

  workerStart(workerId: number): void {
    this.#emit({ t: performance.now(), type: 'worker-start', workerId });
  }

  workerExit(workerId: number, reason: string): void {
    this.#emit({ t: performance.now(), type: 'worker-exit', workerId, reason });
  }

  /** Log lines of a report from `workerId`; they go out between the item events they happened between. */
  beginReport(logs: readonly LogRecord[], offsetMs: number, workerId: number, arrivedMs: number): void {
    this.#logs = logs;
    this.#logAt = 0;
    this.#offset = offsetMs;
    this.#latest = arrivedMs;
    this.#workerId = workerId;
  }

  endReport(): void {
    this.#logsUntil(Infinity);
    this.#logs = [];
  }

  taskStart(item: WorkItem, t: number): void {
    item.startEmitted = true;
    if (!this.#listener || item.workerId === null) return;
    this.#logsUntil(t);
    this.#emit({ t, type: 'task-start', workerId: item.workerId, index: item.index });
  }

  taskEnd(item: WorkItem, workerId: number, status: OutcomeStatus, t: number): void {
    if (!this.#listener) return;
    this.#logsUntil(t);
    this.#emit({ t, type: 'task-end', workerId, index: item.index, status });
  }

  #logsUntil(t: number): void {
    if (!this.#listener) return;
    while (this.#logAt < this.#logs.length) {
      const line = this.#logs[this.#logAt]!;
      const at = Math.min(line.t + this.#offset, this.#latest);
      if (at > t) return;
      this.#logAt++;
      this.#emit({ t: at, type: 'log', workerId: this.#workerId, level: line.level, message: line.message });
    }
  }

  #emit(event: PoolEvent): void {
    if (!this.#listener) return;
    try {
      this.#listener(event);
    } catch (error) {
      // A throwing listener must not break the pool; the error still reaches the console.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
