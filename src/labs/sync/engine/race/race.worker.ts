// One racer: runs its increments when the page says go, then reports its time.
import { runRaceJob } from './run-race-job.ts';
import type { RaceJob } from './race-protocol.ts';

self.onmessage = (event: MessageEvent<RaceJob>) => {
  const report = runRaceJob(event.data);
  // The trace's buffers are transferred, not copied: they can hold 100k spans each.
  self.postMessage(report, report.trace ? [report.trace.holds.buffer, report.trace.waits.buffer] : []);
};
