import { act, useEffect, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { IDLE, isBusy, useRunState, type RunHandle, type RunPhase } from './use-run-state.ts';

// React's act() needs this flag outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Busy = { readonly kind: 'running'; readonly step: number };

/** The hook, plus a result the runs write through their handle, as a lab's hook does. */
type Probed = ReturnType<typeof useRunState<Busy>> & {
  readonly result: string | undefined;
  readonly setResult: (value: string) => void;
};

let root: Root | undefined;
let latest: Probed | undefined;

/** Hands each render's hook value to the test, after the render (effects run inside act). */
function Probe() {
  const state = useRunState<Busy>();
  const [result, setResult] = useState<string | undefined>();
  const value = { ...state, result, setResult };
  useEffect(() => {
    latest = value;
  });
  return null;
}

function mount() {
  root = createRoot(document.createElement('div'));
  act(() => root!.render(<Probe />));
}

const hook = () => latest!;

afterEach(() => {
  if (root) act(() => root!.unmount());
  root = undefined;
  latest = undefined;
});

/**
 * A run the test ends by hand: once the test resolves it with a value, the task writes that value as its
 * result through the handle and ends with `end`; a rejection is thrown from the task.
 */
function startRun(first: Busy, end: RunPhase<Busy> = IDLE) {
  let resolve!: (value: string) => void;
  let reject!: (error: Error) => void;
  const outcome = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  let handle: RunHandle<Busy> | undefined;
  let done!: Promise<void>;
  const { start, setResult } = hook();
  act(() => {
    done = start(first, async (run) => {
      handle = run;
      const value = await outcome;
      run.write(() => setResult(value));
      return end;
    });
  });
  return {
    handle: () => handle!,
    /** Resolves the run's work with `value` and waits until the task has ended. */
    finish: (value: string) =>
      act(async () => {
        resolve(value);
        await done;
      }),
    fail: (error: Error) =>
      act(async () => {
        reject(error);
        await done;
      }),
  };
}

test("a run shows its first phase and its progress, then its result lands and it ends with the task's phase", async () => {
  mount();
  const run = startRun({ kind: 'running', step: 0 });
  expect(hook().phase).toEqual({ kind: 'running', step: 0 });
  expect(run.handle().live()).toBe(true);
  act(() => run.handle().progress({ kind: 'running', step: 3 }));
  expect(hook().phase).toEqual({ kind: 'running', step: 3 });
  await run.finish('sum = 42');
  expect(hook().result).toBe('sum = 42');
  expect(hook().phase).toEqual(IDLE);
});

test('cancel: the phase is cancelled at once, the signal aborts, and a result resolved afterwards never lands', async () => {
  mount();
  const run = startRun({ kind: 'running', step: 0 });
  act(() => hook().cancel());
  expect(hook().phase).toEqual({ kind: 'cancelled' });
  expect(run.handle().signal.aborted).toBe(true);
  expect(run.handle().live()).toBe(false);
  act(() => run.handle().progress({ kind: 'running', step: 9 }));
  expect(hook().phase).toEqual({ kind: 'cancelled' });
  // The task ends normally after the abort: neither its result nor its end phase (idle) may show.
  await run.finish('late sum');
  expect(hook().result).toBeUndefined();
  expect(hook().phase).toEqual({ kind: 'cancelled' });
});

test('cancel: an error the run throws after the abort does not become the failed phase', async () => {
  mount();
  const run = startRun({ kind: 'running', step: 0 });
  act(() => hook().cancel());
  await run.fail(new Error('aborted late'));
  expect(hook().phase).toEqual({ kind: 'cancelled' });
});

test("a second run aborts the first, whose late progress, result and end never land over the second's", async () => {
  mount();
  const first = startRun({ kind: 'running', step: 1 }, { kind: 'failed', message: 'stale end' });
  const second = startRun({ kind: 'running', step: 2 });
  expect(first.handle().signal.aborted).toBe(true);
  expect(second.handle().signal.aborted).toBe(false);
  expect(hook().phase).toEqual({ kind: 'running', step: 2 });
  act(() => first.handle().progress({ kind: 'running', step: 100 }));
  act(() => first.handle().settle({ kind: 'failed', message: 'stale settle' }));
  expect(hook().phase).toEqual({ kind: 'running', step: 2 });
  await first.finish('first, late');
  expect(hook().result).toBeUndefined();
  expect(hook().phase).toEqual({ kind: 'running', step: 2 });
  await second.finish('second');
  expect(hook().result).toBe('second');
  expect(hook().phase).toEqual(IDLE);
});

test('an error of a live run becomes the failed phase with its message', async () => {
  mount();
  const run = startRun({ kind: 'running', step: 0 });
  await run.fail(new Error('worker did not start'));
  expect(hook().phase).toEqual({ kind: 'failed', message: 'worker did not start' });
});

test('abort leaves the phase to the run, which may still settle it; one that throws instead ends cancelled', async () => {
  mount();
  const settles = startRun({ kind: 'running', step: 0 });
  act(() => hook().abort());
  expect(settles.handle().signal.aborted).toBe(true);
  expect(settles.handle().newest()).toBe(true);
  expect(hook().phase).toEqual({ kind: 'running', step: 0 });
  act(() => settles.handle().settle({ kind: 'failed', message: 'shown by the run' }));
  expect(hook().phase).toEqual({ kind: 'failed', message: 'shown by the run' });

  const throws = startRun({ kind: 'running', step: 1 });
  act(() => hook().abort());
  await throws.fail(new Error('aborted'));
  expect(hook().phase).toEqual({ kind: 'cancelled' });
});

test('unmounting aborts the running task, which may then no longer write', () => {
  mount();
  const run = startRun({ kind: 'running', step: 0 });
  act(() => root!.unmount());
  root = undefined;
  expect(run.handle().signal.aborted).toBe(true);
  let wrote = false;
  expect(
    run.handle().write(() => {
      wrote = true;
    }),
  ).toBe(false);
  expect(wrote).toBe(false);
});

test('isBusy: every busy phase of a lab is busy, whatever its name; idle, cancelled and failed are not', () => {
  for (const kind of ['running', 'warming', 'preparing', 'starting-python'])
    expect(isBusy({ kind })).toBe(true);
  for (const kind of ['idle', 'cancelled', 'failed']) expect(isBusy({ kind })).toBe(false);
});
