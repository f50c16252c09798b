import { expect, test } from 'vitest';
import { waitUntilCount } from './wait-until-count.ts';

const never = new Promise<never>(() => {});

test('resolves once the word reaches the count, as workers check in', async () => {
  const cells = new Int32Array(new SharedArrayBuffer(8));
  setTimeout(() => Atomics.add(cells, 1, 1), 10);
  setTimeout(() => {
    Atomics.add(cells, 1, 1);
    Atomics.notify(cells, 1);
  }, 30);
  await waitUntilCount(cells, 1, 2, { signal: new AbortController().signal, failure: never });
  expect(Atomics.load(cells, 1)).toBe(2);
});

test('rejects with the failure at once when a worker fails before checking in (it used to wait forever)', async () => {
  const cells = new Int32Array(new SharedArrayBuffer(4));
  const failure = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('racer 1 failed')), 20),
  );
  const started = performance.now();
  await expect(
    waitUntilCount(cells, 0, 2, { signal: new AbortController().signal, failure }),
  ).rejects.toThrow('racer 1 failed');
  // Within one poll of the failure, not after some long timeout.
  expect(performance.now() - started).toBeLessThan(1_000);
});

test('rejects with an AbortError when the signal aborts', async () => {
  const cells = new Int32Array(new SharedArrayBuffer(4));
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 20);
  await expect(
    waitUntilCount(cells, 0, 1, { signal: controller.signal, failure: never }),
  ).rejects.toMatchObject({
    name: 'AbortError',
  });
});
