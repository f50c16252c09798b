// Numbers travel as Float64Arrays in both directions when a whole batch (or report) is numbers: the values
// must come out exactly as they went in, and batches that mix types must go as they always did.
import { afterEach, expect, test, vi } from 'vitest';
import { createPool, type Pool } from './index.ts';
import type { BatchMessage } from './protocol/pool-protocol.ts';

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.terminate();
  pool = undefined;
  vi.unstubAllGlobals();
});

/** How each batch message the page posted to a pool worker carried its arguments (read before transfer). */
function recordBatches(): { numeric: boolean; length: number }[] {
  const batches: { numeric: boolean; length: number }[] = [];
  class RecordingWorker extends Worker {
    override postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
      if ((message as { type?: unknown }).type === 'batch') {
        const { args } = message as BatchMessage;
        batches.push({ numeric: args instanceof Float64Array, length: args.length });
      }
      if (Array.isArray(transfer)) super.postMessage(message, transfer);
      else super.postMessage(message, transfer);
    }
  }
  vi.stubGlobal('Worker', RecordingWorker);
  return batches;
}

const EDGE_NUMBERS = [
  -0,
  0,
  NaN,
  Infinity,
  -Infinity,
  2 ** 53 + 2,
  -(2 ** 60),
  5e-324,
  1.7976931348623157e308,
  0.1,
];

test('numbers come back exactly, -0 and NaN included, in numeric batches and reports', async () => {
  const batches = recordBatches();
  pool = createPool({ size: 2 });
  const items = Array.from(
    { length: 20_000 },
    (_, i) => EDGE_NUMBERS[i % EDGE_NUMBERS.length]! * (i % 3 === 0 ? 1 : -1),
  );
  const outcomes = [];
  for await (const outcome of pool.map(items, (x: number) => x)) outcomes.push(outcome);
  expect(outcomes).toHaveLength(items.length);
  outcomes.forEach((outcome, i) => {
    expect(outcome.status).toBe('ok');
    expect(Object.is(outcome.item, items[i])).toBe(true);
    if (outcome.status === 'ok') expect(Object.is(outcome.value, items[i])).toBe(true);
  });
  // The tiny items went in batches, and the large ones as Float64Arrays.
  expect(batches.some((b) => b.numeric && b.length > 100)).toBe(true);
});

test('a batch that mixes numbers with anything else goes as an array, and its values come back as they were', async () => {
  const batches = recordBatches();
  pool = createPool({ size: 1 });
  const items: unknown[] = Array.from({ length: 5_000 }, (_, i) => (i % 100 === 7 ? `text ${i}` : i));
  const outcomes = [];
  for await (const outcome of pool.map(items, (x: unknown) => (typeof x === 'number' ? x * 2 : x))) {
    outcomes.push(outcome);
  }
  outcomes.forEach((outcome, i) => {
    const item = items[i];
    expect(outcome).toMatchObject({ status: 'ok', value: typeof item === 'number' ? item * 2 : item });
  });
  const large = batches.filter((b) => b.length > 100);
  expect(large.length).toBeGreaterThan(0);
  expect(large.every((b) => !b.numeric)).toBe(true);
});

test('a task that returns numbers for some items and objects for others reports each as it was', async () => {
  pool = createPool({ size: 2 });
  const items = Array.from({ length: 10_000 }, (_, i) => i);
  const task = (x: number) => (x % 1000 === 999 ? { x } : x % 1000 === 500 ? undefined : -x);
  for await (const outcome of pool.map(items, task)) {
    const x = outcome.item;
    if (outcome.status !== 'ok') throw new Error(`item ${x}: ${outcome.status}`);
    expect(outcome.value).toEqual(x % 1000 === 999 ? { x } : x % 1000 === 500 ? undefined : -x);
  }
});
