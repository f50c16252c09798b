import { describe, expect, it } from 'vitest';
import { findWaitCycle } from './wait-for.ts';

describe('findWaitCycle', () => {
  it('finds two threads each waiting for the lock the other holds', () => {
    const edges = [
      { waiter: 1, lock: 1, holder: 2 },
      { waiter: 2, lock: 0, holder: 1 },
    ];
    expect(findWaitCycle(edges)).toEqual(edges);
  });

  it('finds the cycle of a chain that runs into it, without the chain', () => {
    const cycle = findWaitCycle([
      { waiter: 4, lock: 0, holder: 1 },
      { waiter: 1, lock: 1, holder: 2 },
      { waiter: 2, lock: 2, holder: 3 },
      { waiter: 3, lock: 0, holder: 1 },
    ]);
    expect(cycle?.map((e) => e.waiter)).toEqual([1, 2, 3]);
  });

  it('finds none in a chain that ends at a running thread', () => {
    expect(
      findWaitCycle([
        { waiter: 1, lock: 1, holder: 2 },
        { waiter: 2, lock: 2, holder: 3 },
      ]),
    ).toBeUndefined();
    expect(findWaitCycle([])).toBeUndefined();
  });
});
