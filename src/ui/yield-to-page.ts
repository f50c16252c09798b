// Lets the page draw and handle input in the middle of a long loop of already-resolved awaits (which run
// as microtasks and would otherwise hold the thread as one long task).

interface SchedulerWithYield {
  yield(): Promise<void>;
}

function schedulerYield(): SchedulerWithYield | undefined {
  const candidate = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  return typeof candidate?.yield === 'function' ? (candidate as SchedulerWithYield) : undefined;
}

/** Yields to the event loop: `scheduler.yield()` where the browser has it, else a MessageChannel task. */
export function yieldToPage(): Promise<void> {
  const scheduler = schedulerYield();
  if (scheduler) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A budget: `due()` is true once `sliceMs` has passed since the last yield; then `yield` and go on. */
export function timeSlicer(sliceMs = 8) {
  let since = performance.now();
  return {
    due: () => performance.now() - since >= sliceMs,
    async yield() {
      await yieldToPage();
      since = performance.now();
    },
  };
}
