// One racer: runs its increments when the page says go, then reports its time.
import { runRaceJob } from './run-race-job.ts';
import type { RaceJob } from './race-protocol.ts';

self.onmessage = (event: MessageEvent<RaceJob>) => {
  self.postMessage(runRaceJob(event.data));
};
