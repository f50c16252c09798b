import { afterEach, expect, test, vi } from 'vitest';
import {
  hasSharedMemory,
  sharedMemoryFacts,
  sharedMemoryMissing,
  sharedMemorySupport,
} from './shared-memory.ts';

afterEach(() => vi.unstubAllGlobals());

test('reads the facts of the realm: this test page is isolated and has both features', () => {
  expect(sharedMemoryFacts()).toEqual({
    crossOriginIsolated: true,
    hasSharedArrayBuffer: true,
    hasWaitAsync: true,
  });
  expect(hasSharedMemory()).toBe(true);
});

test('an isolated realm without SharedArrayBuffer has no shared memory (WebKitGTK as shipped)', () => {
  vi.stubGlobal('SharedArrayBuffer', undefined);
  expect(sharedMemorySupport()).toEqual({ available: false, gap: 'no-shared-array-buffer' });
  expect(hasSharedMemory()).toBe(false);
});

test('without Atomics.waitAsync, or without isolation, neither', () => {
  vi.stubGlobal('Atomics', {
    ...Object.fromEntries(
      Object.getOwnPropertyNames(Atomics).map((k) => [k, (Atomics as unknown as Record<string, unknown>)[k]]),
    ),
    waitAsync: undefined,
  });
  expect(sharedMemorySupport()).toEqual({ available: false, gap: 'no-wait-async' });
  vi.unstubAllGlobals();
  vi.stubGlobal('crossOriginIsolated', false);
  expect(sharedMemorySupport()).toEqual({ available: false, gap: 'not-isolated' });
});

test('the message names what asked for shared memory and what is missing', () => {
  expect(sharedMemoryMissing('The race', 'no-shared-array-buffer')).toMatch(
    /^The race needs SharedArrayBuffer, which this browser does not provide even though the page is cross-origin isolated\.$/,
  );
  expect(sharedMemoryMissing('X', 'not-isolated')).toContain('not cross-origin isolated');
  expect(sharedMemoryMissing('X', 'no-wait-async')).toContain('Atomics.waitAsync');
});
