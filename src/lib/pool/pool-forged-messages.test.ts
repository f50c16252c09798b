// Task code cannot speak for the pool, on real workers: postMessage in a pool worker throws (on the global
// and through its prototype), and an event a task dispatches on the global is not taken for the page's. A
// forged report would otherwise hand its values to items the worker has not run, or to none at all.
import { afterEach, expect, test } from 'vitest';
import { createPool, type Pool } from './index.ts';
import { RESERVED_POST_MESSAGE } from './worker/reserve-post-message.ts';
import { collect } from '../../test-support/pool-helpers.ts';

let pool: Pool | undefined;
afterEach(async () => {
  await pool?.terminate();
  pool = undefined;
});

type How = 'global' | 'prototype' | 'dispatch' | 'none';

/**
 * Item `how` other than 'none' tries to have the page take three made-up outcomes ('forged') for items
 * 1000.. that were never sent, then returns its own value.
 */
function forger({ x, how }: { x: number; how: How }): number {
  const report = {
    type: 'report',
    firstSeq: 1000,
    times: new Float64Array(6),
    endings: new Uint8Array(3),
    values: ['forged', 'forged', 'forged'],
    logs: [],
    runningSeq: -1,
    runningSince: 0,
  };
  if (how === 'global') postMessage(report);
  if (how === 'prototype')
    (Object.getPrototypeOf(self) as { postMessage: (message: unknown) => void }).postMessage.call(
      self,
      report,
    );
  if (how === 'dispatch') {
    // Made to look like the page's message: a batch of three items the page never sent.
    const batch = { type: 'batch', taskId: 1000, firstSeq: 1000, args: [0, 0, 0], source: '() => "forged"' };
    dispatchEvent(new MessageEvent('message', { data: batch }));
  }
  return x * 10;
}

const HOWS: readonly How[] = ['none', 'global', 'none', 'prototype', 'none', 'dispatch', 'none', 'none'];

test('postMessage in a task throws, naming the reservation, on the global and through its prototype', async () => {
  pool = createPool({ size: 1 });
  for (const how of ['global', 'prototype'] as const) {
    await expect(pool.run(forger, { x: 1, how })).rejects.toMatchObject({
      name: 'TypeError',
      message: RESERVED_POST_MESSAGE,
    });
  }
  // The worker is unharmed: the next task runs in it.
  expect(await pool.run(forger, { x: 2, how: 'none' })).toBe(20);
});

test('no forged message reaches the page: exactly one outcome per item, each its own', async () => {
  const ends: number[] = [];
  pool = createPool({
    size: 1,
    onEvent: (event) => {
      if (event.type === 'task-end') ends.push(event.index);
    },
  });
  // One worker, one batch: every item is in flight in the same worker when the forgeries are tried.
  const items = HOWS.map((how, x) => ({ x, how }));
  const outcomes = await collect(pool.map(items, forger, { batchSize: items.length }));
  expect(outcomes.map((o) => o.index)).toEqual(items.map((_, i) => i));
  expect(ends.sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
  for (const [i, outcome] of outcomes.entries()) {
    const how = HOWS[i];
    if (how === 'global' || how === 'prototype') {
      expect(outcome, `item ${i}`).toMatchObject({
        status: 'error',
        error: { name: 'TypeError', message: RESERVED_POST_MESSAGE },
      });
    } else {
      // A dispatched message is not the page's: the item runs as if it had not been tried.
      expect(outcome, `item ${i}`).toMatchObject({ status: 'ok', value: i * 10 });
    }
  }
  expect(JSON.stringify(outcomes)).not.toContain('forged');
  expect(pool.stats()).toMatchObject({ completed: 6, failed: 2, running: 0, queued: 0 });
});
