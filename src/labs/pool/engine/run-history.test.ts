import { expect, test } from 'vitest';
import { addRun, HISTORY_LENGTH, oneWorkerBaseline, runKind, type PoolRunSummary } from './run-history.ts';
import type { ItemSettings } from './work-items.ts';

const io: ItemSettings = {
  n: 40,
  kind: 'io',
  throwPct: 0,
  hangPct: 0,
  falsyPct: 0,
  ioMinMs: 20,
  ioMaxMs: 60,
  cpuAmount: 20_000,
  seed: 1,
  preset: 'custom',
};
const cpu: ItemSettings = { ...io, kind: 'cpu' };

function run(items: ItemSettings, workers: number, gil: boolean, ms: number) {
  return { items, workers, gil, timeoutMs: 0, batchSize: 0, ordered: true, ms, ended: items.n };
}

test('runs are numbered from 1 and only the newest few are kept', () => {
  let history: PoolRunSummary[] = [];
  for (let k = 0; k < HISTORY_LENGTH + 2; k++) history = addRun(history, run(io, 1, false, 10 + k));
  expect(history).toHaveLength(HISTORY_LENGTH);
  expect(history[0]!.id).toBe(3);
  expect(history.at(-1)!.id).toBe(HISTORY_LENGTH + 2);
});

test('a run is compared with the newest 1-worker run of the same items and GIL setting before it', () => {
  let history: PoolRunSummary[] = [];
  for (const r of [
    run(io, 1, true, 1600), // 1
    run(io, 4, true, 420), // 2
    run(cpu, 1, true, 500), // 3
    run(cpu, 4, true, 530), // 4
    run(cpu, 4, false, 140), // 5: no 1-worker run without the GIL yet
    run(io, 1, true, 1580), // 6
  ]) {
    history = addRun(history, r);
  }
  const byId = (id: number) => history.find((r) => r.id === id)!;
  expect(oneWorkerBaseline(history, byId(2))?.id).toBe(1);
  expect(oneWorkerBaseline(history, byId(4))?.id).toBe(3);
  expect(oneWorkerBaseline(history, byId(3))?.id).toBe(3);
  expect(oneWorkerBaseline(history, byId(5))).toBeUndefined();
  // Not a later one, and not one of other items (another seed draws other waits).
  expect(oneWorkerBaseline(history, byId(2))?.id).not.toBe(6);
  history = addRun(history, run({ ...io, seed: 2 }, 4, true, 400));
  expect(oneWorkerBaseline(history, history.at(-1)!)).toBeUndefined();
});

test('a 1-worker run with another timeout, batch size or ordering is not a baseline', () => {
  let history: PoolRunSummary[] = [];
  for (const r of [
    { ...run(io, 1, false, 1600), timeoutMs: 50 }, // 1
    { ...run(io, 1, false, 1500), batchSize: 8 }, // 2
    { ...run(io, 1, false, 1400), ordered: false }, // 3
    run(io, 4, false, 420), // 4
  ]) {
    history = addRun(history, r);
  }
  expect(oneWorkerBaseline(history, history.at(-1)!)).toBeUndefined();
  history = addRun(history, run(io, 1, false, 1550)); // 5
  history = addRun(history, { ...run(io, 4, false, 400), ordered: false }); // 6
  expect(oneWorkerBaseline(history, history.at(-1)!)?.id).toBe(3);
  history = addRun(history, run(io, 4, false, 410)); // 7
  expect(oneWorkerBaseline(history, history.at(-1)!)?.id).toBe(5);
});

test('the process_url preset is its own kind of run', () => {
  expect(runKind(io)).toBe('io');
  expect(runKind({ ...io, preset: 'process_url' })).toBe('process_url');
});
