// Test support for the summation tests: counts the workers a run starts and leaves alive. Not part of the app.
import { vi } from 'vitest';

/**
 * Replaces the page's Worker with a subclass that counts the workers started and those alive (started,
 * not terminated). Undo with `vi.unstubAllGlobals()`.
 */
export function countWorkers() {
  const counts = { started: 0, live: 0 };
  class CountingWorker extends Worker {
    #terminated = false;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      counts.started++;
      counts.live++;
    }
    override terminate(): void {
      if (!this.#terminated) counts.live--;
      this.#terminated = true;
      super.terminate();
    }
  }
  vi.stubGlobal('Worker', CountingWorker);
  return counts;
}
