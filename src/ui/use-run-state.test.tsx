import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { IDLE, useRunState, type RunHandle, type RunPhase } from './use-run-state.ts';

// React's act() needs this flag outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Busy = { readonly kind: 'running'; readonly step: number };
type Hook = ReturnType<typeof useRunState<Busy>>;

/** A task the test ends by hand, with the handle it was given. */
function deferredTask() {
  let resolve!: (end: RunPhase<Busy> | undefined) => void;
  let reject!: (error: Error) => void;
  let handle: RunHandle<Busy> | undefined;
  const task = (run: RunHandle<Busy>) => {
    handle = run;
    return new Promise<RunPhase<Busy> | undefined>((res, rej) => {
      resolve = res;
      reject = rej;
    });
  };
  return {
    task,
    resolve: (end?: RunPhase<Busy>) => resolve(end),
    reject: (e: Error) => reject(e),
    handle: () => handle!,
  };
}

let root: Root | undefined;
let latest: Hook | undefined;

/** Hands each render's hook value to the test, after the render (effects run inside act). */
function Probe({ onHook }: { onHook: (value: Hook) => void }) {
  const value = useRunState<Busy>();
  useEffect(() => {
    onHook(value);
  });
  return null;
}

function mount(): Hook {
  root = createRoot(document.createElement('div'));
  act(() =>
    root!.render(
      <Probe
        onHook={(value) => {
          latest = value;
        }}
      />,
    ),
  );
  return latest!;
}

const hook = () => latest!;

afterEach(() => {
  if (root) act(() => root!.unmount());
  root = undefined;
});

test('a run shows its first phase, its progress, then the phase it ends with', async () => {
  mount();
  const run = deferredTask();
  let done!: Promise<void>;
  act(() => {
    done = hook().start({ kind: 'running', step: 0 }, run.task);
  });
  expect(hook().phase).toEqual({ kind: 'running', step: 0 });
  act(() => run.handle().progress({ kind: 'running', step: 3 }));
  expect(hook().phase).toEqual({ kind: 'running', step: 3 });
  expect(run.handle().live()).toBe(true);
  await act(async () => {
    run.resolve(IDLE);
    await done;
  });
  expect(hook().phase).toEqual(IDLE);
});

test('cancel: the phase is cancelled at once, the signal aborts, and nothing the run does later lands', async () => {
  mount();
  const run = deferredTask();
  let done!: Promise<void>;
  act(() => {
    done = hook().start({ kind: 'running', step: 0 }, run.task);
  });
  act(() => hook().cancel());
  expect(hook().phase).toEqual({ kind: 'cancelled' });
  expect(run.handle().signal.aborted).toBe(true);
  expect(run.handle().live()).toBe(false);
  act(() => run.handle().progress({ kind: 'running', step: 9 }));
  expect(hook().phase).toEqual({ kind: 'cancelled' });
  await act(async () => {
    run.reject(new Error('aborted late'));
    await done;
  });
  expect(hook().phase).toEqual({ kind: 'cancelled' });
});

test('a second run aborts the first, whose late progress, end and error never land', async () => {
  mount();
  const first = deferredTask();
  const second = deferredTask();
  let firstDone!: Promise<void>;
  act(() => {
    firstDone = hook().start({ kind: 'running', step: 1 }, first.task);
  });
  act(() => {
    void hook().start({ kind: 'running', step: 2 }, second.task);
  });
  expect(first.handle().signal.aborted).toBe(true);
  expect(second.handle().signal.aborted).toBe(false);
  act(() => first.handle().progress({ kind: 'running', step: 100 }));
  act(() => first.handle().settle({ kind: 'failed', message: 'stale' }));
  expect(hook().phase).toEqual({ kind: 'running', step: 2 });
  await act(async () => {
    first.resolve({ kind: 'failed', message: 'stale end' });
    await firstDone;
  });
  expect(hook().phase).toEqual({ kind: 'running', step: 2 });
});

test('an error of a live run becomes the failed phase with its message', async () => {
  mount();
  const run = deferredTask();
  let done!: Promise<void>;
  act(() => {
    done = hook().start({ kind: 'running', step: 0 }, run.task);
  });
  await act(async () => {
    run.reject(new Error('worker did not start'));
    await done;
  });
  expect(hook().phase).toEqual({ kind: 'failed', message: 'worker did not start' });
});

test('abort leaves the phase to the run, which settles it itself', async () => {
  mount();
  const run = deferredTask();
  let done!: Promise<void>;
  act(() => {
    done = hook().start({ kind: 'running', step: 0 }, run.task);
  });
  act(() => hook().abort());
  expect(run.handle().signal.aborted).toBe(true);
  expect(hook().phase).toEqual({ kind: 'running', step: 0 });
  act(() => run.handle().settle({ kind: 'cancelled' }));
  expect(hook().phase).toEqual({ kind: 'cancelled' });
  await act(async () => {
    run.resolve(undefined);
    await done;
  });
  expect(hook().phase).toEqual({ kind: 'cancelled' });
});

test('unmounting aborts the running task', () => {
  mount();
  const run = deferredTask();
  act(() => {
    void hook().start({ kind: 'running', step: 0 }, run.task);
  });
  act(() => root!.unmount());
  root = undefined;
  expect(run.handle().signal.aborted).toBe(true);
});
