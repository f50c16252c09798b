import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { roundOrders, roundSeed, seededShuffle } from './round-order.ts';

describe('seededShuffle', () => {
  test('is a permutation of its input and leaves the input as it was', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const order = seededShuffle(items, seed);
        expect(items).toEqual(copy);
        expect([...order].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  test('the same seed gives the same order, another seed another one', () => {
    const items = Array.from({ length: 19 }, (_, i) => i);
    expect(seededShuffle(items, 42)).toEqual(seededShuffle(items, 42));
    expect(seededShuffle(items, 42)).not.toEqual(seededShuffle(items, 43));
  });

  test('puts every item first about equally often over many seeds', () => {
    const items = ['a', 'b', 'c', 'd'];
    const firsts = new Map<string, number>();
    for (let seed = 0; seed < 4000; seed++) {
      const first = seededShuffle(items, seed)[0]!;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const item of items) {
      expect(firsts.get(item)).toBeGreaterThan(850);
      expect(firsts.get(item)).toBeLessThan(1150);
    }
  });
});

describe('roundOrders', () => {
  const items = Array.from({ length: 12 }, (_, i) => `point ${i}`);

  test('each round holds every item exactly once, and the rounds differ', () => {
    const rounds = roundOrders(items, 5, 7);
    expect(rounds).toHaveLength(5);
    for (const round of rounds) expect([...round].sort()).toEqual([...items].sort());
    expect(new Set(rounds.map((round) => round.join('|'))).size).toBe(5);
  });

  test('round r is the shuffle with that round’s seed, so a run can be replayed from its seed', () => {
    const rounds = roundOrders(items, 3, 1000, -1);
    expect(rounds[0]).toEqual(seededShuffle(items, roundSeed(1000, -1)));
    expect(rounds[2]).toEqual(seededShuffle(items, roundSeed(1000, 1)));
    expect(roundOrders(items, 3, 1000, -1)).toEqual(rounds);
  });

  test('refuses a negative or fractional round count', () => {
    expect(roundOrders(items, 0, 1)).toEqual([]);
    expect(() => roundOrders(items, -1, 1)).toThrow(RangeError);
    expect(() => roundOrders(items, 1.5, 1)).toThrow(RangeError);
  });
});
