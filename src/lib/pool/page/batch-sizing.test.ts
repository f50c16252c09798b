import { describe, expect, test } from 'vitest';
import { MAX_AUTO_BATCH, MAX_DEPTH, planDispatch, RunTimeEstimate, TARGET_BATCH_MS } from './batch-sizing.ts';
import { Fifo } from '../fifo.ts';

describe('planDispatch', () => {
  test('an unknown task goes one item at a time with nothing queued, to measure it', () => {
    expect(planDispatch('auto', undefined)).toEqual({ batch: 1, depth: 1 });
    expect(planDispatch(8, undefined)).toEqual({ batch: 8, depth: 1 });
  });

  test('auto: tiny items travel in large batches with a few queued; long items alone', () => {
    expect(planDispatch('auto', 0.0004)).toEqual({
      batch: MAX_AUTO_BATCH,
      depth: expect.any(Number) as number,
    });
    expect(planDispatch('auto', 0.0004).depth).toBeGreaterThanOrEqual(2);
    expect(planDispatch('auto', 0.1).batch).toBe(TARGET_BATCH_MS / 0.1);
    expect(planDispatch('auto', 50)).toEqual({ batch: 1, depth: 1 });
  });

  test('a fixed batch size is kept; tiny one-item messages are pipelined', () => {
    expect(planDispatch(1, 0.001)).toEqual({ batch: 1, depth: MAX_DEPTH });
    expect(planDispatch(1, 100)).toEqual({ batch: 1, depth: 1 });
    expect(planDispatch(10, 1).batch).toBe(10);
  });
});

test('RunTimeEstimate smooths per-item times and floors zeros from coarse clocks', () => {
  const estimate = new RunTimeEstimate();
  expect(estimate.msPerItem).toBeUndefined();
  estimate.add(10, 10);
  expect(estimate.msPerItem).toBe(1);
  estimate.add(30, 10);
  expect(estimate.msPerItem).toBeCloseTo(1.6);
  const zero = new RunTimeEstimate();
  zero.add(0, 100);
  expect(zero.msPerItem).toBeGreaterThan(0);
});

test('Fifo keeps order across growth, unshift and drain', () => {
  const fifo = new Fifo<number>();
  for (let i = 0; i < 40; i++) fifo.push(i);
  for (let i = 0; i < 30; i++) expect(fifo.shift()).toBe(i);
  for (let i = 40; i < 70; i++) fifo.push(i);
  fifo.unshift(29);
  expect(fifo.at(0)).toBe(29);
  expect(fifo.length).toBe(41);
  expect(fifo.drain()).toEqual(Array.from({ length: 41 }, (_, i) => i + 29));
  expect(fifo.shift()).toBeUndefined();
});
