import { describe, expect, test } from 'vitest';
import { Fifo } from './fifo.ts';

/** A queue whose ring has wrapped: its head is past the start of its storage. */
function wrapped(): Fifo<number> {
  const fifo = new Fifo<number>();
  for (let i = 0; i < 12; i++) fifo.push(i);
  for (let i = 0; i < 10; i++) fifo.shift();
  for (let i = 12; i < 22; i++) fifo.push(i);
  return fifo; // 10..21, across the end of a 16-slot ring
}

describe('Fifo bulk operations', () => {
  test('pushAll appends in order across the ring end and past its capacity', () => {
    const fifo = wrapped();
    fifo.pushAll(Array.from({ length: 40 }, (_, i) => 22 + i));
    expect(fifo.length).toBe(52);
    expect(fifo.drain()).toEqual(Array.from({ length: 52 }, (_, i) => 10 + i));
  });

  test('shiftMany takes the front in order, across the ring end, and no more than it holds', () => {
    const fifo = wrapped();
    expect(fifo.shiftMany(5)).toEqual([10, 11, 12, 13, 14]);
    expect(fifo.length).toBe(7);
    expect(fifo.at(0)).toBe(15);
    expect(fifo.shiftMany(100)).toEqual([15, 16, 17, 18, 19, 20, 21]);
    expect(fifo.length).toBe(0);
    expect(fifo.shift()).toBeUndefined();
    // Still a working queue afterwards.
    fifo.pushAll([1, 2]);
    fifo.unshift(0);
    expect(fifo.drain()).toEqual([0, 1, 2]);
  });
});
