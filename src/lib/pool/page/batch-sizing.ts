// How many items go in one message to a worker, and how many messages a worker may have queued, from the
// measured time per item. Pure.
//
// A message costs tens of microseconds at each end; a no-op item costs well under one. So tiny items travel
// in batches of thousands and a worker keeps a few batches queued, while items of many milliseconds go one
// at a time with none queued behind them, so an idle worker can always take the next one.

/** 'auto' aims at this much work per message (ms). */
export const TARGET_BATCH_MS = 4;
/** The most items 'auto' puts in one message. */
export const MAX_AUTO_BATCH = 8192;
/** Work a worker keeps queued beyond its current message, so it never waits for a round trip (ms). */
const PIPELINE_MS = 8;
/** Messages of at least this much work (ms) are sent one at a time per worker. */
const LONG_MESSAGE_MS = 20;
/** The most messages queued at one worker. */
export const MAX_DEPTH = 256;
/** Timers are coarse (5 µs isolated, 100 µs otherwise): a measured 0 counts as this (ms). */
const MIN_ITEM_MS = 0.0005;

/** Time per item of one task, smoothed over reports (ms). Undefined until the first report. */
export class RunTimeEstimate {
  #msPerItem: number | undefined;

  get msPerItem(): number | undefined {
    return this.#msPerItem;
  }

  /** `count` items took `totalMs` of worker time together. */
  add(totalMs: number, count: number): void {
    if (count <= 0) return;
    const sample = Math.max(MIN_ITEM_MS, totalMs / count);
    this.#msPerItem = this.#msPerItem === undefined ? sample : 0.7 * this.#msPerItem + 0.3 * sample;
  }
}

/** Items measured under this (ms) may share reports within a batch (see BatchMessage.buffered). */
export const BUFFER_BELOW_MS = 0.1;

/**
 * Whether a batch is sent `buffered`: only measured tiny items of a call with no timeout. A timed call's
 * items always report before the next starts, so a hang holds back no result.
 */
export function isBuffered(msPerItem: number | undefined, timeoutMs: number | undefined): boolean {
  return timeoutMs === undefined && msPerItem !== undefined && msPerItem < BUFFER_BELOW_MS;
}

export interface DispatchPlan {
  /** Items per message. */
  readonly batch: number;
  /** Messages a worker may have in flight. */
  readonly depth: number;
}

/** The plan for a task with this batch size option and time estimate. Unknown time: one item, no queue. */
export function planDispatch(batchSize: number | 'auto', msPerItem: number | undefined): DispatchPlan {
  if (msPerItem === undefined) return { batch: batchSize === 'auto' ? 1 : batchSize, depth: 1 };
  const batch =
    batchSize === 'auto'
      ? Math.max(1, Math.min(MAX_AUTO_BATCH, Math.floor(TARGET_BATCH_MS / msPerItem)))
      : batchSize;
  const messageMs = batch * msPerItem;
  const depth =
    messageMs >= LONG_MESSAGE_MS ? 1 : Math.max(2, Math.min(MAX_DEPTH, Math.ceil(PIPELINE_MS / messageMs)));
  return { batch, depth };
}
