// Heavy parts of a page (the code lab's editor, a chunk of 140 KB gzip) start loading only once the rest of
// the page is on screen: rendered from the first render, a lazy component's import races the page's first
// commit, and the buttons the learner needs wait behind it on a slow machine.
import { useEffect, useState } from 'react';

/**
 * False until a task after the component's first commit (so after the browser could paint it), then true;
 * true from the start when `already` (the heavy part is loaded: nothing to wait for).
 */
export function useAfterFirstCommit(already = false): boolean {
  const [committed, setCommitted] = useState(already);
  useEffect(() => {
    if (committed) return;
    const timer = setTimeout(() => setCommitted(true), 0);
    return () => clearTimeout(timer);
  }, [committed]);
  return committed;
}
