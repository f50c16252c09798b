// Test support for src/lib/atomics's browser tests: fixture workers, polling, and a flag a worker sleeps on.
import { wrap, type Remote } from 'comlink';
import type { SyncFixtureApi } from './sync-fixture-api.ts';

const started: Worker[] = [];

/** Starts `count` fixture workers; `stopFixtureWorkers` (in afterEach) terminates them. */
export function startFixtureWorkers(count: number): Remote<SyncFixtureApi>[] {
  return Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./sync-fixture.worker.ts', import.meta.url), { type: 'module' });
    started.push(worker);
    return wrap<SyncFixtureApi>(worker);
  });
}

export function stopFixtureWorkers(): void {
  for (const worker of started.splice(0)) worker.terminate();
}

/** Resolves once `check` holds, polling every 2 ms; rejects after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Resolves after `ms`. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A shared flag workers sleep on (`Atomics.wait(flag, 0, 0)`) until `raise` sets it. */
export function sharedFlag() {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  return {
    flag,
    raise: () => {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    },
  };
}
