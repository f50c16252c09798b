// Which lane of the pool timeline each worker draws in. Pure.
import type { WorkerMark } from './run-events.ts';

export interface Lanes {
  readonly laneOf: ReadonlyMap<number, number>;
  readonly lanes: number;
  /** Changes whenever a worker gets a lane: a drawing made with other lanes must start over. */
  readonly key: string;
}

/**
 * Lanes are pool slots, not worker ids: a worker that replaces a terminated one (after a timeout or a
 * crash) takes over the lane it frees, so a 4-worker pool always draws 4 lanes, with the exit marked.
 * O(marks + workers): the marks are worker starts and exits, a handful per run, never one per item.
 */
export function assignLanes(marks: readonly WorkerMark[], workerIds: Iterable<number>): Lanes {
  const laneOf = new Map<number, number>();
  const free: number[] = [];
  let lanes = 0;
  const take = (workerId: number) => {
    if (laneOf.has(workerId)) return;
    free.sort((a, b) => a - b);
    laneOf.set(workerId, free.shift() ?? lanes++);
  };
  for (const mark of [...marks].sort((a, b) => a.t - b.t)) {
    if (mark.type === 'worker-start') take(mark.workerId);
    else {
      const lane = laneOf.get(mark.workerId);
      if (lane !== undefined) free.push(lane);
    }
  }
  // Workers whose start was not seen still get a lane of their own.
  for (const w of workerIds) if (!laneOf.has(w)) laneOf.set(w, lanes++);
  return { laneOf, lanes, key: [...laneOf].join(';') };
}
