// Two map calls on one pool at once, over thousands of tiny items with few in flight (so their items share
// batches, reports and workers for the whole run), one of them cancelled midway: each item of each call must
// still get its own one outcome, in its call's order, with its own item object, value and trace row.
import { afterEach, expect, test } from 'vitest';
import { createPool, type Outcome, type Pool } from './index.ts';

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.terminate();
  pool = undefined;
});

interface Tagged {
  readonly call: string;
  readonly n: number;
}

async function drain<A, R>(outcomes: AsyncIterable<Outcome<A, R>>): Promise<Outcome<A, R>[]> {
  const out: Outcome<A, R>[] = [];
  for await (const outcome of outcomes) out.push(outcome);
  return out;
}

test('two calls at once, 64 items in flight each: every item once, with its own item object, value and times', async () => {
  pool = createPool({ size: 2 });
  const a: Tagged[] = Array.from({ length: 6000 }, (_, n) => ({ call: 'a', n }));
  const b: Tagged[] = Array.from({ length: 6000 }, (_, n) => ({ call: 'b', n }));
  const [outA, outB] = await Promise.all([
    drain(pool.map(a, (item: Tagged) => `${item.call}${item.n * 2}`, { maxInFlight: 64 })),
    drain(pool.map(b, (item: Tagged) => `${item.call}${item.n * 3}`, { maxInFlight: 64, ordered: false })),
  ]);
  expect(outA.map((o) => o.index)).toEqual(a.map((_, i) => i));
  for (const o of outA) {
    expect(o.item).toBe(a[o.index]);
    expect(o).toMatchObject({ status: 'ok', value: `a${o.index * 2}` });
    expect(o.endMs!).toBeGreaterThanOrEqual(o.startMs!);
  }
  expect(new Set(outB.map((o) => o.index)).size).toBe(b.length);
  for (const o of outB) {
    expect(o.item).toBe(b[o.index]);
    expect(o).toMatchObject({ status: 'ok', value: `b${o.index * 3}` });
  }
  // The trace keeps one row per item of each call (the last 10,000 of 12,000 by default).
  const rows = pool.trace();
  const keys = new Set(rows.map((r) => `${r.call}/${r.index}`));
  expect(keys.size).toBe(rows.length);
  expect(rows.every((r) => r.status === 'ok')).toBe(true);
});

test('a call cancelled while another runs on the same workers: the other ends with every value, the cancelled one with one outcome per item', async () => {
  const shared = createPool({ size: 2 });
  pool = shared;
  const controller = new AbortController();
  const items = Array.from({ length: 20_000 }, (_, i) => i);
  let seen = 0;
  const cancelled = (async () => {
    const out: Outcome<number, number>[] = [];
    for await (const outcome of shared.map(items, (x: number) => x + 1, {
      maxInFlight: 128,
      signal: controller.signal,
    })) {
      out.push(outcome);
      if (++seen === 3000) controller.abort();
    }
    return out;
  })();
  const other = drain(shared.map(items, (x: number) => -x, { maxInFlight: 128 }));
  const [outCancelled, outOther] = await Promise.all([cancelled, other]);
  expect(outCancelled.map((o) => o.index)).toEqual(items);
  for (const o of outCancelled) {
    expect(o.item).toBe(o.index);
    if (o.status === 'ok') expect(o.value).toBe(o.index + 1);
    else expect(o.status).toBe('cancelled');
  }
  expect(outCancelled.some((o) => o.status === 'cancelled')).toBe(true);
  for (const o of outOther) expect(o).toMatchObject({ status: 'ok', item: o.index, value: -o.index });
  expect(outOther.map((o) => o.index)).toEqual(items);
});
