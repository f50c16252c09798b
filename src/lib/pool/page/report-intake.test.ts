import { expect, test } from 'vitest';
import { ENDED_OK, type ReportMessage } from '../protocol/pool-protocol.ts';
import type { Outcome } from '../pool-types.ts';
import { RunTimeEstimate } from './batch-sizing.ts';
import { Fifo } from '../fifo.ts';
import { OutcomeRecorder } from './outcome-recorder.ts';
import { causalOffset, takeReport } from './report-intake.ts';
import { SlotLedger } from './slot-ledger.ts';
import { WorkItem, type Call } from './work-item.ts';
import type { WorkerSlot } from './worker-slot.ts';

test('an offset that would put a report after its own arrival is lowered to put it at most then', () => {
  expect(causalOffset(5, 100, 103)).toBe(3);
  expect(causalOffset(2, 100, 103)).toBe(2);
  expect(causalOffset(-10, 100, 103)).toBe(-10);
});

test("a worker whose time origin reads a few ms late: its items' outcomes still end before the page got them", () => {
  const outcomes: Outcome<unknown, unknown>[] = [];
  const call: Call = {
    id: 1,
    kind: 'map',
    task: { id: 1, source: '(x) => x', estimate: new RunTimeEstimate() },
    timeoutMs: undefined,
    retries: 0,
    batchSize: 'auto',
    pending: new Fifo<WorkItem>(),
    closed: false,
    settle: (_item, outcome) => outcomes.push(outcome),
    fail: () => {},
    terminate: () => {},
  };
  const ledger = new SlotLedger<WorkItem>(null);
  const items = [new WorkItem(call, 0, 'a'), new WorkItem(call, 1, 'b')];
  for (const item of items) item.workerId = 1;
  ledger.sent(items);
  // The worker's clock reads the page's clock exactly; its time origin said it was 4 ms ahead.
  const slot = { id: 1, ledger, offsetMs: 4 } as unknown as WorkerSlot;
  const now = performance.now();
  const report: ReportMessage = {
    type: 'report',
    firstSeq: 0,
    times: new Float64Array([now - 2, now - 1.5, now - 1.5, now - 1]),
    endings: new Uint8Array([ENDED_OK, ENDED_OK]),
    values: ['A', 'B'],
    logs: [],
    runningSeq: -1,
    runningSince: 0,
  };
  takeReport(slot, report, new OutcomeRecorder(0, undefined));
  const after = performance.now();
  expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok']);
  for (const o of outcomes) {
    if (o.status !== 'ok') continue;
    expect(o.endMs).toBeLessThanOrEqual(after);
    expect(o.endMs).toBeGreaterThanOrEqual(o.startMs!);
  }
  // The items keep their spacing: only the offset moved.
  const [first, second] = outcomes as { startMs: number; endMs: number }[];
  expect(second!.endMs - first!.startMs).toBeCloseTo(1, 6);
  expect(slot.offsetMs).toBeLessThan(4);
});
