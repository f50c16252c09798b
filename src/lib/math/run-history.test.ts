import { expect, test } from 'vitest';
import { appendRun, newestMatching } from './run-history.ts';

test('runs are numbered after the newest and only the newest `keep` stay', () => {
  let history = appendRun([], { ms: 10 }, 3);
  expect(history).toEqual([{ ms: 10, id: 1 }]);
  for (const ms of [20, 30, 40]) history = appendRun(history, { ms }, 3);
  expect(history.map((r) => r.id)).toEqual([2, 3, 4]);
  expect(history.map((r) => r.ms)).toEqual([20, 30, 40]);
});

test('the newest match at or before a run, itself included, never a later one', () => {
  const history = [
    { id: 1, workers: 1 },
    { id: 2, workers: 2 },
    { id: 3, workers: 1 },
    { id: 4, workers: 2 },
  ];
  const one = (r: { workers: number }) => r.workers === 1;
  expect(newestMatching(history, history[3]!, one)?.id).toBe(3);
  expect(newestMatching(history, history[1]!, one)?.id).toBe(1);
  expect(newestMatching(history, history[2]!, one)?.id).toBe(3);
  expect(newestMatching(history, history[0]!, (r) => r.workers === 2)).toBeUndefined();
});
