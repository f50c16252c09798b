// A pool worker. Started only by worker-slot.ts; everything it does is in pool-worker-runtime.ts.
import { startPoolWorker } from './pool-worker-runtime.ts';

startPoolWorker(self);
