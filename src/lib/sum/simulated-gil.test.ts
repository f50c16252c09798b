// The simulated GIL between real workers: a holder that drops it while another worker waits does not win it
// straight back (CPython's forced switch), so the GIL changes hands where a chunk ends.
import { afterEach, expect, test } from 'vitest';
import { startFixtureWorkers, stopFixtureWorkers } from '../../test-support/sync-fixture.ts';
import { createGil, gilHandoffs } from './simulated-gil.ts';

afterEach(() => stopFixtureWorkers());

test('a holder that drops the GIL while another worker waits gets it back only after that worker', async () => {
  const rounds = 20;
  const workers = startFixtureWorkers(2);
  const gil = createGil(5);
  const log = new Int32Array(new SharedArrayBuffer((1 + 2 * rounds) * Int32Array.BYTES_PER_ELEMENT));
  const finished = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  await Promise.all(workers.map((worker, i) => worker.gilTurns(gil, i + 1, rounds, log, finished)));
  const turns = Array.from(log.subarray(1, 1 + Atomics.load(log, 0)));
  expect(turns).toHaveLength(2 * rounds);
  // Every drop had a waiter: the turns alternate. Without the forced switch the holder, already running,
  // would often take the GIL again before the woken waiter ran: two turns of one worker in a row.
  const repeats = turns.filter((id, i) => i > 0 && id === turns[i - 1]).length;
  expect(repeats, turns.join(',')).toBe(0);
  expect(gilHandoffs(gil)).toBe(2 * rounds - 1);
});
