import { afterEach, expect, test, vi } from 'vitest';
import { sumRange } from '../../kernels/sum-range.ts';
import { postMessageSum } from './post-message-sum.ts';
import { workerpoolSum } from './workerpool-sum.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

function countLiveWorkers() {
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

const signal = new AbortController().signal;

test.each([
  ['postMessage', postMessageSum],
  ['workerpool', workerpoolSum],
] as const)('the %s comparator sums exactly, one chunk per worker, and stops its workers', async (_, sum) => {
  const counts = countLiveWorkers();
  for (const workers of [1, 3]) {
    const run = await sum(-5, 3_000_001, workers, signal);
    expect(run.total).toBe(sumRange(-5, 3_000_001));
    expect(run.ms).toBeGreaterThan(0);
  }
  await vi.waitFor(() => expect(counts).toEqual({ started: 4, live: 0 }), { timeout: 5_000 });
});
