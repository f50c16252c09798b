// A worker's report taken in: each item it names gets its outcome at the times the worker measured (moved to
// the page clock), the tasks' run-time estimates learn from them, and the item running now gets its start.
// Touches only the slot's ledger and the recorder: no timers, no dispatch. Page realm.
import { ENDED_ERROR, ENDED_SKIPPED, type ErrorInfo, type ReportMessage } from '../protocol/pool-protocol.ts';
import type { OutcomeRecorder } from './outcome-recorder.ts';
import type { WorkerSlot } from './worker-slot.ts';

export function takeReport(slot: WorkerSlot, report: ReportMessage, record: OutcomeRecorder): void {
  const { times, endings, values, logs } = report;
  const ledger = slot.ledger;
  const offset = slot.offsetMs;
  // The two time origins behind `offset` can disagree by a few ms. Nothing a report speaks of happened
  // after it arrived: every time it brings is at most that.
  const arrivedMs = performance.now();
  const n = endings.length;
  record.events.beginReport(logs, offset, slot.id, arrivedMs);
  // Run times are summed per task and handed to its estimate once per stretch of the same task.
  let estimateTask = ledger.inFlight.at(0)?.call.task;
  let runSum = 0;
  let runCount = 0;
  const items = ledger.shiftReportedMany(n);
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    const ending = endings[k];
    // Skipped: it was cancelled before it started and already has its outcome.
    if (ending === ENDED_SKIPPED) continue;
    const workerStart = times[2 * k]!;
    const workerEnd = times[2 * k + 1]!;
    if (item.call.task !== estimateTask) {
      estimateTask?.estimate.add(runSum, runCount);
      estimateTask = item.call.task;
      runSum = 0;
      runCount = 0;
    }
    // On the worker's own clock: a run time does not depend on the offset.
    runSum += workerEnd - workerStart;
    runCount++;
    // It already has its outcome (its call ended while it ran, or the pool stopped waiting): its time counts.
    if (item.done) continue;
    const endMs = Math.min(workerEnd + offset, arrivedMs);
    // A start already told in a task-start event stays as told (it was at most the time it was told).
    const startMs =
      item.startEmitted && !Number.isNaN(item.startMs)
        ? Math.min(item.startMs, endMs)
        : Math.min(workerStart + offset, endMs);
    item.startMs = startMs;
    if (!item.startEmitted) record.events.taskStart(item, startMs);
    const value = values[k];
    if (ending === ENDED_ERROR) record.finish(item, { status: 'error', error: value as ErrorInfo }, endMs);
    else record.finishOk(item, value, endMs);
  }
  estimateTask?.estimate.add(runSum, runCount);
  record.events.endReport();
  ledger.reportedRunning(report.runningSeq, report.runningSince);
  if (report.runningSeq >= 0) {
    const item = ledger.itemAt(report.runningSeq);
    if (item && !item.done && !item.startEmitted) {
      item.startMs = Math.min(report.runningSince + offset, arrivedMs);
      record.events.taskStart(item, item.startMs);
    }
  }
}
