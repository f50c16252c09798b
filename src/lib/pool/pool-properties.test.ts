import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { createPool, type Pool } from './index.ts';
import { collect } from '../../test-support/pool-helpers.ts';

type Op =
  | { kind: 'value'; value: number | string | boolean | null }
  | { kind: 'throw'; message: string }
  | { kind: 'delay'; ms: number; value: number }
  | { kind: 'reject'; ms: number; message: string };

/** Runs one op: returns, throws, resolves after a delay, or rejects after one. */
function perform(op: Op): unknown {
  if (op.kind === 'value') return op.value;
  if (op.kind === 'throw') throw new Error(op.message);
  return new Promise((resolve, reject) =>
    setTimeout(() => (op.kind === 'delay' ? resolve(op.value) : reject(new Error(op.message))), op.ms),
  );
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('value' as const),
    value: fc.oneof(fc.integer(), fc.constantFrom(0, '', false, null), fc.string({ maxLength: 5 })),
  }),
  fc.record({ kind: fc.constant('throw' as const), message: fc.string({ maxLength: 8 }) }),
  fc.record({
    kind: fc.constant('delay' as const),
    ms: fc.integer({ min: 0, max: 15 }),
    value: fc.integer(),
  }),
  fc.record({
    kind: fc.constant('reject' as const),
    ms: fc.integer({ min: 0, max: 15 }),
    message: fc.string({ maxLength: 8 }),
  }),
);

const pools: Pool[] = [1, 2, 3].map((size) => createPool({ size }));
afterAll(async () => {
  for (const pool of pools) await pool.terminate();
});

test('any mix of values, throws and delays: exactly one outcome per item, the right one, in order when asked', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(opArb, { maxLength: 60 }),
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom<number | 'auto'>('auto', 1, 4),
      fc.boolean(),
      async (ops, poolIndex, batchSize, ordered) => {
        const outcomes = await collect(pools[poolIndex]!.map(ops, perform, { batchSize, ordered }));
        expect(outcomes).toHaveLength(ops.length);
        const indexes = outcomes.map((o) => o.index);
        expect([...indexes].sort((a, b) => a - b)).toEqual(ops.map((_, i) => i));
        if (ordered) expect(indexes).toEqual(ops.map((_, i) => i));
        for (const outcome of outcomes) {
          const op = ops[outcome.index]!;
          expect(outcome.item).toEqual(op);
          if (op.kind === 'value' || op.kind === 'delay')
            expect(outcome).toMatchObject({ status: 'ok', value: op.value });
          else
            expect(outcome).toMatchObject({ status: 'error', error: { name: 'Error', message: op.message } });
        }
      },
    ),
    { numRuns: 20 },
  );
}, 60_000);

test('cancelling at any moment: still exactly one outcome per pulled item, and every array element', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: 80 }),
      fc.integer({ min: 0, max: 40 }),
      fc.boolean(),
      fc.integer({ min: 0, max: 2 }),
      async (length, abortAfter, asArray, poolIndex) => {
        const controller = new AbortController();
        let pulled = 0;
        const values = Array.from({ length }, (_, i) => i % 7);
        function* generate() {
          for (const v of values) {
            pulled++;
            yield v;
          }
        }
        const wait = (ms: number) => new Promise((resolve) => setTimeout(() => resolve(ms), ms));
        const outcomes = [];
        for await (const outcome of pools[poolIndex]!.map(asArray ? values : generate(), wait, {
          signal: controller.signal,
          maxInFlight: 16,
          ordered: false,
        })) {
          outcomes.push(outcome);
          if (outcomes.length === abortAfter) controller.abort();
        }
        const expected = asArray ? length : pulled;
        expect(outcomes).toHaveLength(expected);
        expect(new Set(outcomes.map((o) => o.index)).size).toBe(expected);
        expect(outcomes.every((o) => o.status === 'ok' || o.status === 'cancelled')).toBe(true);
        if (abortAfter >= length) expect(outcomes.every((o) => o.status === 'ok')).toBe(true);
      },
    ),
    { numRuns: 20 },
  );
}, 60_000);
