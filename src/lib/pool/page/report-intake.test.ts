import { expect, test } from 'vitest';
import { ENDED_OK, type ReportMessage } from '../protocol/pool-protocol.ts';
import type { Outcome } from '../pool-types.ts';
import { RunTimeEstimate } from './batch-sizing.ts';
import { Fifo } from '../fifo.ts';
import { OutcomeRecorder } from './outcome-recorder.ts';
import { takeReport } from './report-intake.ts';
import { SlotLedger } from './slot-ledger.ts';
import { WorkItem, type Call } from './work-item.ts';
import type { WorkerSlot } from './worker-slot.ts';

function stubCall(outcomes: Outcome<unknown, unknown>[]): Call {
  return {
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
}

/** A report of items ending as `times` say (start, end per item, worker clock), each with a value. */
function okReport(times: Float64Array): ReportMessage {
  const n = times.length / 2;
  return {
    type: 'report',
    firstSeq: 0,
    times,
    endings: new Uint8Array(n).fill(ENDED_OK),
    values: Array.from({ length: n }, (_, k) => String.fromCharCode(65 + k)),
    logs: [],
    runningSeq: -1,
    runningSince: 0,
  };
}

test("a worker whose time origin reads a few ms late: its items' outcomes still end before the page got them", () => {
  const outcomes: Outcome<unknown, unknown>[] = [];
  const call = stubCall(outcomes);
  const ledger = new SlotLedger<WorkItem>(null);
  const items = [new WorkItem(call, 0, 'a'), new WorkItem(call, 1, 'b')];
  for (const item of items) item.workerId = 1;
  ledger.sent(items);
  // The worker's clock reads the page's clock exactly; its time origin said it was 4 ms ahead.
  const slot = { id: 1, ledger, offsetMs: 4 } as unknown as WorkerSlot;
  const now = performance.now();
  takeReport(
    slot,
    okReport(new Float64Array([now - 2, now - 1.5, now - 1.5, now - 1])),
    new OutcomeRecorder(0, undefined),
  );
  const after = performance.now();
  expect(outcomes.map((o) => o.status)).toEqual(['ok', 'ok']);
  for (const o of outcomes) {
    if (o.status !== 'ok') continue;
    expect(o.endMs).toBeLessThanOrEqual(after);
    expect(o.endMs).toBeGreaterThanOrEqual(o.startMs!);
  }
  // Their run times, on the worker's own clock, still reach the task's estimate.
  expect(call.task.estimate.msPerItem).toBeCloseTo(0.5, 6);
});

test("a task-start already told stays the outcome's start", () => {
  const outcomes: Outcome<unknown, unknown>[] = [];
  const call = stubCall(outcomes);
  const ledger = new SlotLedger<WorkItem>(null);
  const item = new WorkItem(call, 0, 'a');
  item.workerId = 1;
  ledger.sent([item]);
  const slot = { id: 1, ledger, offsetMs: 0 } as unknown as WorkerSlot;
  const record = new OutcomeRecorder(0, undefined);
  const now = performance.now();
  const told = now - 3;
  item.startMs = told;
  record.events.taskStart(item, told);
  takeReport(slot, okReport(new Float64Array([now - 2, now - 1])), record);
  expect(outcomes[0]).toMatchObject({ status: 'ok', startMs: told, endMs: now - 1 });
});
