// One worker of a lock demo: runs its job when the page says go, then reports its spans.
import { runDemoJob } from './demo-jobs.ts';
import type { DemoJob } from './demo-protocol.ts';

self.onmessage = (event: MessageEvent<DemoJob>) => {
  self.postMessage(runDemoJob(event.data));
};
