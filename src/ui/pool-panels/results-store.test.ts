import { expect, test } from 'vitest';
import { ResultsStore } from './results-store.ts';

function record(store: ResultsStore, index: number, status: 'ok' | 'error', workerId = 1) {
  store.record({ index, status, workerId, startMs: index, durationMs: 1, value: index });
}

test('the store lists items by status in completion order, and the workers it saw', () => {
  const store = new ResultsStore(6);
  for (const [index, status, worker] of [
    [2, 'ok', 1],
    [0, 'error', 2],
    [5, 'ok', 2],
    [1, 'ok', 1],
  ] as const)
    record(store, index, status, worker);
  expect([0, 1, 2].map((k) => store.itemWithStatus('ok', k))).toEqual([2, 5, 1]);
  expect(store.itemWithStatus('error', 0)).toBe(0);
  expect([...store.workerIds].sort()).toEqual([1, 2]);
  expect(store.counts).toEqual({ pending: 2, ok: 3, error: 1, timeout: 0, cancelled: 0 });
});

test('a status list made before later outcomes keeps up with them', () => {
  const store = new ResultsStore(40);
  for (let i = 0; i < 20; i++) record(store, i, i % 3 === 0 ? 'error' : 'ok');
  expect(store.itemWithStatus('error', 0)).toBe(0);
  for (let i = 20; i < 40; i++) record(store, i, i % 3 === 0 ? 'error' : 'ok');
  const errors = Array.from({ length: store.counts.error }, (_, k) => store.itemWithStatus('error', k));
  expect(errors).toEqual(Array.from({ length: 40 }, (_, i) => i).filter((i) => i % 3 === 0));
});
