import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, test } from 'vitest';
import { useAfterFirstCommit } from './use-after-first-commit.ts';

// React's act() needs this flag outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  if (root) act(() => root!.unmount());
  root = undefined;
});

/** Writes what the hook said in each render, in order. */
function Probe({ seen, already = false }: { readonly seen: boolean[]; readonly already?: boolean }) {
  const after = useAfterFirstCommit(already);
  seen.push(after);
  return <p>{after ? 'heavy part' : 'placeholder'}</p>;
}

test('the first commit shows the placeholder; the heavy part renders in a later task', async () => {
  const host = document.createElement('div');
  const seen: boolean[] = [];
  root = createRoot(host);
  act(() => root!.render(<Probe seen={seen} />));
  expect(host.textContent).toBe('placeholder');
  expect(seen.every((value) => !value)).toBe(true);
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  expect(host.textContent).toBe('heavy part');
  expect(seen.at(-1)).toBe(true);
});

test('with nothing to wait for, the heavy part is in the first commit', () => {
  const host = document.createElement('div');
  const seen: boolean[] = [];
  root = createRoot(host);
  act(() => root!.render(<Probe seen={seen} already />));
  expect(host.textContent).toBe('heavy part');
  expect(seen).toEqual([true]);
});
