// What each race worker runs. Realm-neutral (Atomics.wait works in workers; the page never calls this).
import { LOG_WORDS } from '../sim/race-log.ts';
import { HoldTracer } from '../../../../lib/atomics/hold-tracer.ts';
import { Mutex } from '../../../../lib/atomics/mutex.ts';
import { WORD, type RaceJob, type RaceLog, type RaceReport } from './race-protocol.ts';
import { stampedRead, stampedWrite } from './stamped-counter.ts';

/** Busy work the optimiser cannot drop: widens the window between read and write. */
function busy(iterations: number): number {
  let x = 0;
  for (let i = 0; i < iterations; i++) x = (x * 31 + i) | 0;
  return x;
}

function record(log: RaceLog, ticket: number, worker: number, op: 0 | 1, value: number): void {
  const at = ticket * LOG_WORDS;
  if (at + LOG_WORDS > log.events.length) return;
  log.events[at] = worker;
  log.events[at + 1] = ticket;
  log.events[at + 2] = op;
  log.events[at + 3] = value;
}

/** A logged read: the stamped counter's value, recorded at the ticket taken with it. */
function loggedRead(log: RaceLog, worker: number): number {
  const { value, ticket } = stampedRead(log.counter);
  record(log, ticket, worker, 0, value);
  return value;
}

function loggedWrite(log: RaceLog, worker: number, value: number): void {
  record(log, stampedWrite(log.counter, value), worker, 1, value);
}

export function runRaceJob(job: RaceJob): RaceReport {
  const { control, iterations, window, log, workerId } = job;
  Atomics.add(control, WORD.ready, 1);
  Atomics.notify(control, WORD.ready);
  // Everyone starts together, or the first worker may finish before the last one starts: no race at all.
  while (Atomics.load(control, WORD.go) === 0) Atomics.wait(control, WORD.go, 0, 50);
  const view = job.mutex ? Mutex.from(job.mutex, workerId) : undefined;
  // The tracer has the mutex's lock/unlock shape, so the loop below is the same traced or not.
  const tracer = view && job.trace ? new HoldTracer(view) : undefined;
  const mutex = tracer ?? view;
  const start = performance.now();
  let sink = 0;
  for (let i = 0; i < iterations; i++) {
    if (job.mode === 'atomic') {
      Atomics.add(control, WORD.counter, 1);
    } else {
      mutex?.lock();
      // Plain read-then-write: each access really reaches shared memory (Atomics.load/store, or the
      // stamped counter's atomic steps when logged), but the pair is not atomic, which is the whole point.
      const value = log ? loggedRead(log, workerId) : Atomics.load(control, WORD.counter);
      if (window > 0) sink ^= busy(window);
      if (log) loggedWrite(log, workerId, value + 1);
      else Atomics.store(control, WORD.counter, value + 1);
      mutex?.unlock();
    }
  }
  if (sink === 0x7fffffff) console.log(sink);
  return { workerId, ms: performance.now() - start, ...(tracer ? { trace: tracer.finish() } : {}) };
}
