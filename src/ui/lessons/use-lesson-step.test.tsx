import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { runInTurn, useLessonStep, type StepProgress } from './use-lesson-step.ts';

// React's act() needs this flag outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Hook = ReturnType<typeof useLessonStep<string>>;

let root: Root | undefined;
let latest: Hook | undefined;

function Probe() {
  const step = useLessonStep<string>();
  useEffect(() => {
    latest = step;
  });
  return null;
}

afterEach(() => {
  if (root) act(() => root!.unmount());
  root = undefined;
  latest = undefined;
});

/** Starts a step run whose runs the test ends by hand, with a result or undefined (stopped). */
function startStep(total: number) {
  let end!: (result: string | undefined) => void;
  let progress!: StepProgress;
  let runsCalled = false;
  let done!: Promise<void>;
  act(() => {
    done = latest!.run(total, (report) => {
      runsCalled = true;
      progress = report;
      return new Promise((resolve) => {
        end = resolve;
      });
    });
  });
  return {
    called: () => runsCalled,
    progress: (n: number) => act(() => progress(n)),
    end: async (result: string | undefined) => {
      await act(async () => {
        end(result);
        await done;
      });
    },
    done: () => done,
  };
}

test('"Run this step" is ignored while a step run is under way, and the run then ends as it should', async () => {
  root = createRoot(document.createElement('div'));
  act(() => root!.render(<Probe />));
  const first = startStep(4);
  first.progress(2);
  expect(latest!.state).toEqual({ kind: 'running', n: 2, total: 4 });
  const second = startStep(4);
  expect(second.called()).toBe(false);
  await act(async () => {
    await second.done();
  });
  // The ignored click neither restarted the count nor stopped the step.
  expect(latest!.state).toEqual({ kind: 'running', n: 2, total: 4 });
  await first.end('measured');
  expect(latest!.state).toMatchObject({ kind: 'done', result: 'measured' });
  // Once it ended, the step runs again; a run that stops says so.
  const third = startStep(2);
  expect(third.called()).toBe(true);
  expect(latest!.state).toEqual({ kind: 'running', n: 1, total: 2 });
  await third.end(undefined);
  expect(latest!.state).toEqual({ kind: 'stopped' });
});

test('runInTurn runs the plan in order, announcing each start, and stops at the first run that does not finish', async () => {
  const started: number[] = [];
  const ran: string[] = [];
  const run = (planned: string) => {
    ran.push(planned);
    return Promise.resolve(planned === 'stop' ? undefined : planned.toUpperCase());
  };
  expect(await runInTurn(['a', 'b'], run, (n) => started.push(n))).toEqual(['A', 'B']);
  expect(started).toEqual([1, 2]);
  started.length = 0;
  ran.length = 0;
  expect(await runInTurn(['a', 'stop', 'c'], run, (n) => started.push(n))).toBeUndefined();
  expect(ran).toEqual(['a', 'stop']);
  expect(started).toEqual([1, 2]);
});
