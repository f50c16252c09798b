// A summation worker: serves sumApi over Comlink. Started only by sum-workers.ts.
import { expose } from 'comlink';
import { sumApi } from './sum-api.ts';

expose(sumApi);
