import { expect, test } from 'vitest';
import { cancelPending, recordOutcome } from './record-outcome.ts';
import { ResultsStore } from './results-store.ts';

const noSlices = { due: () => false, yield: () => Promise.resolve() };

test('an outcome is recorded with its times since the run began, and an error as its text', async () => {
  const store = new ResultsStore(4);
  recordOutcome(
    store,
    { index: 2, item: 'a', workerId: 1, status: 'ok', value: 0, startMs: 105, endMs: 112 },
    100,
  );
  recordOutcome(
    store,
    { index: 0, item: 'b', workerId: 2, status: 'error', error: { name: 'RangeError', message: 'no' } },
    100,
  );
  recordOutcome(
    store,
    { index: 1, item: 'c', workerId: 2, status: 'error', error: { name: 'Error', message: 'x' } },
    100,
    'Error: x (your-code.js:3:5)',
  );
  expect(store.get(2)).toMatchObject({ status: 'ok', value: 0, workerId: 1, startMs: 5, durationMs: 7 });
  expect(store.get(0)).toMatchObject({ status: 'error', error: 'RangeError: no' });
  expect(store.get(0).startMs).toBeNaN();
  expect(store.get(1).error).toBe('Error: x (your-code.js:3:5)');
  await cancelPending(store, noSlices);
  expect(store.get(3)).toMatchObject({ status: 'cancelled', workerId: null });
  expect(store.counts).toMatchObject({ ok: 1, error: 2, cancelled: 1, pending: 0 });
});
