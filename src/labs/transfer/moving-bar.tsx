import { useEffect, useRef } from 'react';

/**
 * A bar moved by JavaScript on every animation frame (not a CSS animation, which the compositor keeps
 * running even while the page's thread is blocked): when the thread freezes, the bar visibly stops.
 */
export function MovingBar({ paused }: { paused: boolean }) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Paused while the cost sweep runs, so per-frame work does not add noise to its round trips.
    if (paused) return;
    let handle = 0;
    const tick = (now: number) => {
      const phase = (now % 2000) / 2000;
      const x = phase < 0.5 ? phase * 2 : 2 - phase * 2;
      if (bar.current) bar.current.style.left = `calc(${(x * 100).toFixed(2)}% - ${(x * 3).toFixed(3)}rem)`;
      handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(handle);
  }, [paused]);
  return (
    <div className="moving-track" aria-hidden="true">
      <div ref={bar} className="moving-bar" />
    </div>
  );
}
