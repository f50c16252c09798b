import { useEffect, useRef, useState } from 'react';

export interface FrameStats {
  /** Frames drawn in the last second. */
  readonly fps: number;
  /** Frames drawn since the meter started. */
  readonly frames: number;
  /** Longest gap between two frames since the last reset, ms. */
  readonly longestGapMs: number;
  /** Frames late by more than one frame budget (gap > 2 x the median frame time, at least 34 ms). */
  readonly dropped: number;
}

const EMPTY: FrameStats = { fps: 0, frames: 0, longestGapMs: 0, dropped: 0 };

/**
 * Counts animation frames while `active`: a main thread that computes stops drawing, and the count stops
 * with it. State is published at most every 250 ms so the meter itself does not cost frames.
 * `resetKey`: change it to start a new measurement (e.g. one per run).
 */
export function useFrameMeter(active: boolean, resetKey: unknown): FrameStats {
  const [stats, setStats] = useState(EMPTY);
  const live = useRef({ frames: 0, longest: 0, dropped: 0, recent: [] as number[] });
  const resetPending = useRef(false);
  useEffect(() => {
    // The frame loop applies it, so a reset and the next frame never race.
    resetPending.current = true;
  }, [resetKey]);
  useEffect(() => {
    if (!active) return;
    let handle = 0;
    let last = performance.now();
    let lastPublish = last;
    // performance.now(), not the callback's argument (the frame's scheduled time, which a frame queued
    // during a block keeps): the gap must be the real one.
    const tick = () => {
      const now = performance.now();
      const gap = now - last;
      last = now;
      if (resetPending.current) {
        resetPending.current = false;
        live.current = { frames: 0, longest: 0, dropped: 0, recent: [] };
        lastPublish = 0;
        handle = requestAnimationFrame(tick);
        return;
      }
      const m = live.current;
      m.frames += 1;
      m.longest = Math.max(m.longest, gap);
      if (gap > 34) m.dropped += Math.max(1, Math.round(gap / 16.7) - 1);
      m.recent.push(now);
      while (m.recent.length > 0 && m.recent[0]! < now - 1000) m.recent.shift();
      if (now - lastPublish >= 250) {
        lastPublish = now;
        setStats({ fps: m.recent.length, frames: m.frames, longestGapMs: m.longest, dropped: m.dropped });
      }
      handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(handle);
  }, [active]);
  return stats;
}
