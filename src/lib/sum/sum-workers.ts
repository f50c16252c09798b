// Starting and stopping the summation workers: the only place a sum worker is created.
import { wrap, type Remote } from 'comlink';
import type { SumApi } from './sum-api.ts';
import { workerFailureMessage } from '../workers/worker-failure.ts';

export interface SumWorkers {
  /** One Comlink proxy per worker; worker i + 1 is `remotes[i]`. */
  readonly remotes: readonly Remote<SumApi>[];
  /** Rejects when any worker reports an uncaught error (such as a script that failed to load); never resolves. */
  readonly failed: Promise<never>;
  /** Stops every worker at once, mid-loop if need be; their pending calls never settle. */
  terminate(): void;
}

/** Starts `count` module workers running sum.worker.ts. */
export function startSumWorkers(count: number): SumWorkers {
  let fail: (error: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => undefined);
  const workers: Worker[] = [];
  for (let i = 0; i < count; i++) {
    const worker = new Worker(new URL('./sum.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fail(new Error(workerFailureMessage(`Summation worker ${i + 1}`, event)));
    });
    workers.push(worker);
  }
  return {
    remotes: workers.map((worker) => wrap<SumApi>(worker)),
    failed,
    terminate: () => {
      for (const worker of workers) worker.terminate();
    },
  };
}
