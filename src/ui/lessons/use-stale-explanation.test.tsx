import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { useStaleExplanation } from './use-stale-explanation.ts';

// React's act() needs this flag outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let stale: boolean | undefined;

function Probe({ labRuns, done }: { labRuns: number; done: boolean }) {
  const value = useStaleExplanation(labRuns, done);
  useEffect(() => {
    stale = value;
  });
  return null;
}

afterEach(() => {
  if (root) act(() => root!.unmount());
  root = undefined;
});

test('an explanation goes stale once the lab starts a run after the step finished, and fresh when it runs again', () => {
  root = createRoot(document.createElement('div'));
  const show = (labRuns: number, done: boolean) =>
    act(() => root!.render(<Probe labRuns={labRuns} done={done} />));
  show(0, false);
  expect(stale).toBe(false);
  // The step's own run is the lab's first; it finishes with an explanation.
  show(1, false);
  show(1, true);
  expect(stale).toBe(false);
  // The lab's own Run.
  show(2, true);
  expect(stale).toBe(true);
  // The step runs again (not done while it runs), and finishes: its new explanation is current.
  show(3, false);
  expect(stale).toBe(false);
  show(3, true);
  expect(stale).toBe(false);
});
