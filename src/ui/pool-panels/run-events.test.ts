import { expect, test } from 'vitest';
import type { PoolEvent } from '../../lib/pool/index.ts';
import { collectRunEvents, LOG_CAP } from './run-events.ts';

const log = (workerId: number, message: string, t = 0): PoolEvent => ({
  type: 'log',
  t,
  workerId,
  level: 'log',
  message,
});

test('the log keeps the newest lines up to its cap and counts the ones it dropped', () => {
  const { onEvent, events } = collectRunEvents(0, { logCap: 3 });
  for (let k = 0; k < 5; k++) onEvent(log(1 + (k % 2), `line ${k}`));
  expect(events.logs.map((line) => line.message)).toEqual(['line 2', 'line 3', 'line 4']);
  expect(events.logs.map((line) => line.seq)).toEqual([2, 3, 4]);
  expect(events.logs[0]).toEqual({ seq: 2, workerId: 1, level: 'log', message: 'line 2' });
  expect(events.logCount).toBe(5);
  expect(events.droppedLogs).toBe(2);
  expect(events.logCap).toBe(3);
});

test('by default the log keeps LOG_CAP (1,000) lines', () => {
  const { onEvent, events } = collectRunEvents(0);
  expect(LOG_CAP).toBe(1000);
  for (let k = 0; k < LOG_CAP + 7; k++) onEvent(log(1, `line ${k}`));
  expect(events.logs).toHaveLength(LOG_CAP);
  expect(events.logs[0]!.seq).toBe(7);
  expect(events.logs.at(-1)!.message).toBe(`line ${LOG_CAP + 6}`);
  expect(events.droppedLogs).toBe(7);
  expect(events.logCount).toBe(LOG_CAP + 7);
});

test('worker starts and exits become marks in ms since t0, and the most workers alive at once is kept', () => {
  const t0 = 1000;
  const { onEvent, events } = collectRunEvents(t0);
  onEvent({ type: 'worker-start', t: 1001, workerId: 1 });
  onEvent({ type: 'worker-start', t: 1002, workerId: 2 });
  onEvent({ type: 'worker-exit', t: 1050.5, workerId: 1, reason: 'timeout' });
  onEvent({ type: 'worker-start', t: 1051, workerId: 3 });
  onEvent({ type: 'task-end', t: 1060, workerId: 3, index: 4, status: 'ok' });
  expect(events.marks).toEqual([
    { workerId: 1, t: 1, type: 'worker-start', reason: undefined },
    { workerId: 2, t: 2, type: 'worker-start', reason: undefined },
    { workerId: 1, t: 50.5, type: 'worker-exit', reason: 'timeout' },
    { workerId: 3, t: 51, type: 'worker-start', reason: undefined },
  ]);
  expect(events.maxLiveWorkers).toBe(2);
  expect([...events.live].sort()).toEqual([2, 3]);
  onEvent({ type: 'worker-start', t: 1070, workerId: 4 });
  expect(events.maxLiveWorkers).toBe(3);
});

test('a worker that exits is reported with the item it began last', () => {
  const exits: [number, number | undefined][] = [];
  const { onEvent, events } = collectRunEvents(0, {
    onWorkerExit: (workerId, lastItem) => exits.push([workerId, lastItem]),
  });
  onEvent({ type: 'worker-start', t: 1, workerId: 1 });
  onEvent({ type: 'worker-start', t: 1, workerId: 2 });
  onEvent({ type: 'task-start', t: 2, workerId: 1, index: 0 });
  onEvent({ type: 'task-start', t: 3, workerId: 1, index: 5 });
  expect(events.runningOn.get(1)).toBe(5);
  onEvent({ type: 'worker-exit', t: 4, workerId: 1 });
  onEvent({ type: 'worker-exit', t: 5, workerId: 2 });
  expect(exits).toEqual([
    [1, 5],
    [2, undefined],
  ]);
  expect(events.live.size).toBe(0);
});
