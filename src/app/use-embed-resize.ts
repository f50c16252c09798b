import { useEffect } from 'react';

/** The message an embedded lab posts to its parent whenever its content height changes (px). */
export interface ResizeMessage {
  readonly type: 'concurrency-playground:resize';
  readonly height: number;
}

/**
 * In embed mode, tells the parent page how tall the content is, so a course page can size the iframe.
 * The height is not secret, so any parent may read it (`targetOrigin` '*').
 */
export function useEmbedResize(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: ResizeMessage = { type: 'concurrency-playground:resize', height };
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, [enabled]);
}
