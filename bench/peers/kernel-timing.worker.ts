// The kernel-timing worker: serves kernelTimingApi over Comlink. Started only by kernel-timing.ts.
import { expose } from 'comlink';
import { kernelTimingApi } from './kernel-timing-api.ts';

expose(kernelTimingApi);
