// The items worker: runs the learner's items() generator. Started only by items-source.ts.
import { startItemsWorker } from './items-runtime.ts';

startItemsWorker(self);
