// What a pool run's events leave for its panels: the workers' log lines (the newest few, with a count of
// the ones dropped), the workers' starts and exits for the timeline, and the most workers alive at once.
// Pure: no DOM, no React; the caller passes `onEvent` to createPool and reads the state as it fills.
import type { PoolEvent } from '../../lib/pool/index.ts';

export interface LogLine {
  /** Lines received before this one in the run: a stable key. */
  readonly seq: number;
  readonly workerId: number;
  readonly level: string;
  readonly message: string;
}

export interface WorkerMark {
  readonly workerId: number;
  /** ms since the run started. */
  readonly t: number;
  readonly type: 'worker-start' | 'worker-exit';
  readonly reason?: string | undefined;
}

/** Lines the log panel keeps by default (the oldest go first). */
export const LOG_CAP = 1000;

/** The state a collector fills as events arrive: read it, never write it. */
export interface RunEvents {
  /** The last `logCap` lines, oldest first. */
  readonly logs: readonly LogLine[];
  /** Lines received in all. */
  readonly logCount: number;
  /** Lines dropped beyond the cap. */
  readonly droppedLogs: number;
  /** Lines kept at most. */
  readonly logCap: number;
  /** Worker starts and exits, in the order they came. */
  readonly marks: readonly WorkerMark[];
  /** The most workers seen alive at once, from the worker-start and worker-exit events. */
  readonly maxLiveWorkers: number;
  /** Workers started and not exited. */
  readonly live: ReadonlySet<number>;
  /** By worker id, the item the worker began last (its latest task-start). */
  readonly runningOn: ReadonlyMap<number, number>;
}

export interface RunEventOptions {
  /** Lines kept; default LOG_CAP. */
  readonly logCap?: number;
  /**
   * Called as a worker exits, with the item it began last (undefined when it began none): a worker stopped
   * in the middle of an item leaves what that item held (the pool lab's simulated GIL) to the page.
   */
  readonly onWorkerExit?: (workerId: number, lastItem: number | undefined) => void;
}

export interface RunEventCollector {
  /** The handler to give createPool as its `onEvent`. */
  readonly onEvent: (event: PoolEvent) => void;
  /** What the events so far left; the same object throughout the run, filled in place. */
  readonly events: RunEvents;
}

/** A collector for one run that started at `t0` (performance.now()): marks are in ms since then. */
export function collectRunEvents(t0: number, options: RunEventOptions = {}): RunEventCollector {
  const { logCap = LOG_CAP, onWorkerExit } = options;
  const logs: LogLine[] = [];
  const marks: WorkerMark[] = [];
  const live = new Set<number>();
  const runningOn = new Map<number, number>();
  const events = {
    logs,
    logCount: 0,
    droppedLogs: 0,
    logCap,
    marks,
    maxLiveWorkers: 0,
    live,
    runningOn,
  } satisfies RunEvents;
  const onEvent = (event: PoolEvent) => {
    if (event.type === 'task-start') {
      runningOn.set(event.workerId, event.index);
    } else if (event.type === 'log') {
      logs.push({
        seq: events.logCount++,
        workerId: event.workerId,
        level: event.level,
        message: event.message,
      });
      const over = logs.length - logCap;
      if (over > 0) {
        logs.splice(0, over);
        events.droppedLogs += over;
      }
    } else if (event.type === 'worker-start' || event.type === 'worker-exit') {
      if (event.type === 'worker-start') live.add(event.workerId);
      else {
        live.delete(event.workerId);
        onWorkerExit?.(event.workerId, runningOn.get(event.workerId));
      }
      events.maxLiveWorkers = Math.max(events.maxLiveWorkers, live.size);
      marks.push({ workerId: event.workerId, t: event.t - t0, type: event.type, reason: event.reason });
    }
  };
  return { onEvent, events };
}
