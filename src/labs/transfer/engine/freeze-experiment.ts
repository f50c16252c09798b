// "What the page feels": runs one workload while counting animation frames and long tasks, so the freeze
// shows as numbers. Runs on the page (it needs requestAnimationFrame and PerformanceObserver); no React.
import { EchoChannel } from './echo-channel.ts';

export const FREEZE_WORKLOADS = ['main-loop', 'worker-loop', 'large-clone'] as const;
export type FreezeWorkload = (typeof FREEZE_WORKLOADS)[number];

export interface FreezeResult {
  readonly workload: FreezeWorkload;
  /** Wall time of the workload, ms. */
  readonly durationMs: number;
  readonly frames: number;
  /** Frames that should have been drawn at 60 Hz but were not. */
  readonly droppedFrames: number;
  readonly longestGapMs: number;
  /** Long tasks (> 50 ms on the page's thread) the browser reported during the run. */
  readonly longTasks: number;
  readonly longestTaskMs: number;
  /** large-clone: ms the page spent deserialising the message. */
  readonly pageReadMs?: number;
}

/** One frame at 60 Hz, ms. */
const FRAME_MS = 1000 / 60;

function spinOnPage(ms: number): void {
  const end = performance.now() + ms;
  let x = 0;
  while (performance.now() < end) x = (x + 1) | 0;
}

function frames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

export async function runFreezeExperiment(
  workload: FreezeWorkload,
  options: { loopMs: number; cloneBytes: number; signal: AbortSignal },
): Promise<FreezeResult> {
  options.signal.throwIfAborted();
  const stamps: number[] = [];
  let recording = true;
  // performance.now(), not the callback's argument: that is the frame's scheduled time, which a frame queued
  // during a block keeps, so a freeze would look shorter than it was.
  const record = () => {
    stamps.push(performance.now());
    if (recording) requestAnimationFrame(record);
  };
  const longTasks: number[] = [];
  const observer =
    typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('longtask')
      ? new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longTasks.push(entry.duration);
        })
      : undefined;
  observer?.observe({ type: 'longtask' });
  const channel = workload === 'main-loop' ? undefined : EchoChannel.open();
  try {
    // Start-up (and the worker's first message) happens before the window we measure.
    if (channel) await channel.spin(0, options.signal);
    requestAnimationFrame(record);
    await frames(3);
    longTasks.length = 0;
    const start = performance.now();
    let pageReadMs: number | undefined;
    if (workload === 'main-loop') spinOnPage(options.loopMs);
    else if (workload === 'worker-loop') await channel!.spin(options.loopMs, options.signal);
    else pageReadMs = (await channel!.makeClone(options.cloneBytes, options.signal)).pageReadMs;
    const end = performance.now();
    await frames(3);
    // Long-task entries are delivered asynchronously after the task ends.
    await new Promise((resolve) => setTimeout(resolve, 60));
    recording = false;
    const inside = stamps.filter((t) => t >= start - FRAME_MS && t <= end + 2 * FRAME_MS);
    let dropped = 0;
    let longest = 0;
    for (let i = 1; i < inside.length; i++) {
      const gap = inside[i]! - inside[i - 1]!;
      longest = Math.max(longest, gap);
      if (gap > 1.5 * FRAME_MS) dropped += Math.round(gap / FRAME_MS) - 1;
    }
    return {
      workload,
      durationMs: end - start,
      frames: inside.length,
      droppedFrames: dropped,
      longestGapMs: longest,
      longTasks: longTasks.length,
      longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
      ...(pageReadMs === undefined ? {} : { pageReadMs }),
    };
  } finally {
    recording = false;
    observer?.disconnect();
    channel?.close();
  }
}
