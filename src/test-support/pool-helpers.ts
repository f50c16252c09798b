// Shared by the pool's tests (not part of the library): a census of Worker objects, and small task helpers.
import { vi } from 'vitest';
import type { Outcome } from '../lib/pool/pool-types.ts';

export interface WorkerCensus {
  /** Workers constructed and not yet terminated. */
  readonly live: number;
  readonly created: number;
  /**
   * Stops the nth worker created without the pool knowing: to the pool it dies without a word, as a worker
   * that runs out of memory does. It still counts as live until the pool terminates it.
   */
  killSilently(n: number): void;
}

/**
 * Replaces the global Worker with a subclass that counts constructions and terminations. `scriptFor` may
 * swap the script (to get a worker that fails to start). Undo with vi.unstubAllGlobals().
 */
export function censusWorkers(scriptFor?: (url: string | URL) => string | URL): WorkerCensus {
  const Original = globalThis.Worker;
  const workers: Worker[] = [];
  const census = {
    live: 0,
    created: 0,
    killSilently: (n: number) => Original.prototype.terminate.call(workers[n]),
  };
  class CountingWorker extends Original {
    #terminated = false;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(scriptFor ? scriptFor(url) : url, options);
      census.created++;
      census.live++;
      workers.push(this);
    }
    override terminate(): void {
      if (!this.#terminated) census.live--;
      this.#terminated = true;
      super.terminate();
    }
  }
  vi.stubGlobal('Worker', CountingWorker);
  return census;
}

export async function collect<A, R>(outcomes: AsyncIterable<Outcome<A, R>>): Promise<Outcome<A, R>[]> {
  const all: Outcome<A, R>[] = [];
  for await (const outcome of outcomes) all.push(outcome);
  return all;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `check` holds or `ms` pass; returns whether it held. */
export async function eventually(check: () => boolean, ms = 5000): Promise<boolean> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) return false;
    await sleep(10);
  }
  return true;
}
