// A worker's report taken in: each item it names gets its outcome at the times the worker measured (moved to
// the page clock), the tasks' run-time estimates learn from them, and the item running now gets its start.
// Touches only the slot's ledger and the recorder: no timers, no dispatch. Page realm.
import { ENDED_ERROR, ENDED_SKIPPED, type ErrorInfo, type ReportMessage } from '../protocol/pool-protocol.ts';
import type { OutcomeRecorder } from './outcome-recorder.ts';
import type { WorkerSlot } from './worker-slot.ts';

/**
 * The latest moment a report speaks of (ms, worker clock): its last item's end, the start of the item running
 * as it left, its last log line. NaN when it speaks of none.
 */
function latestWorkerTime(report: ReportMessage): number {
  const { times, logs } = report;
  let latest = Number.NaN;
  for (let k = 1; k < times.length; k += 2) if (!(times[k]! <= latest)) latest = times[k]!;
  if (report.runningSeq >= 0 && !(report.runningSince <= latest)) latest = report.runningSince;
  const lastLog = logs.at(-1);
  if (lastLog && !(lastLog.t <= latest)) latest = lastLog.t;
  return latest;
}

/**
 * The worker-to-page clock offset, kept causal: it starts from the two time origins, which can disagree by a
 * few ms (each is a wall-clock reading, taken when its context started); everything a report speaks of
 * happened before the report arrived at `receivedAtMs` (page clock), so an offset that puts it later is
 * lowered to put it at most then.
 */
export function causalOffset(offsetMs: number, latestWorkerMs: number, receivedAtMs: number): number {
  return latestWorkerMs + offsetMs > receivedAtMs ? receivedAtMs - latestWorkerMs : offsetMs;
}

export function takeReport(slot: WorkerSlot, report: ReportMessage, record: OutcomeRecorder): void {
  const { times, endings, values, logs } = report;
  const ledger = slot.ledger;
  const latest = latestWorkerTime(report);
  if (!Number.isNaN(latest)) slot.offsetMs = causalOffset(slot.offsetMs, latest, performance.now());
  const offset = slot.offsetMs;
  const n = endings.length;
  record.events.beginReport(logs, offset, slot.id);
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
    const startMs = times[2 * k]! + offset;
    const endMs = times[2 * k + 1]! + offset;
    if (item.call.task !== estimateTask) {
      estimateTask?.estimate.add(runSum, runCount);
      estimateTask = item.call.task;
      runSum = 0;
      runCount = 0;
    }
    runSum += endMs - startMs;
    runCount++;
    // It already has its outcome (its call ended while it ran, or the pool stopped waiting): its time counts.
    if (item.done) continue;
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
    if (item && !item.done) {
      item.startMs = report.runningSince + offset;
      if (!item.startEmitted) record.events.taskStart(item, item.startMs);
    }
  }
}
