// What a demo worker runs. Blocking (Atomics.wait), so workers only.
import { Barrier } from '../../../../lib/atomics/barrier.ts';
import { Mutex } from '../../../../lib/atomics/mutex.ts';
import { Semaphore } from '../../../../lib/atomics/semaphore.ts';
import type { WaitEdge } from '../../../../lib/atomics/wait-for.ts';
import {
  CONTROL,
  type BarrierJob,
  type DeadlockJob,
  type DemoJob,
  type DemoReport,
  type DemoSpan,
  type SemaphoreJob,
} from './demo-protocol.ts';

const clock = () => performance.timeOrigin + performance.now();

/** Blocks this worker for `ms` (standing for work or I/O) without spinning a core. */
function sleep(ms: number): void {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Counts this worker in, then blocks until the page says go: every worker starts at once. */
function startTogether(control: Int32Array): void {
  Atomics.add(control, CONTROL.ready, 1);
  Atomics.notify(control, CONTROL.ready);
  while (Atomics.load(control, CONTROL.go) === 0) Atomics.wait(control, CONTROL.go, 0, 50);
}

/** Who waits for whom right now: each waiting worker's lock and that lock's holder. */
function waitForGraph(job: DeadlockJob): WaitEdge[] {
  const edges: WaitEdge[] = [];
  for (let waiter = 1; waiter < job.waitingFor.length; waiter++) {
    const lock = Atomics.load(job.waitingFor, waiter) - 1;
    if (lock < 0) continue;
    const holder = Mutex.from(job.locks[lock]!, job.workerId).holder;
    if (holder !== 0) edges.push({ waiter, lock, holder });
  }
  return edges;
}

function runDeadlock(job: DeadlockJob): DemoReport {
  const { workerId, first, second } = job;
  const a = Mutex.from(job.locks[first]!, workerId);
  const b = Mutex.from(job.locks[second]!, workerId);
  const spans: DemoSpan[] = [];
  startTogether(job.control);
  Atomics.store(job.waitingFor, workerId, first + 1);
  const askedA = clock();
  a.lock();
  Atomics.store(job.waitingFor, workerId, 0);
  const heldA = clock();
  // The mutex says whether a call had to wait; the clock cannot (it moves in 5 µs steps).
  if (a.contendedLocks > 0) spans.push({ kind: 'wait', lock: first, start: askedA, end: heldA });
  // Work holding the first lock: meanwhile the other worker takes its own first lock.
  sleep(job.holdMs);
  Atomics.store(job.waitingFor, workerId, second + 1);
  const askedB = clock();
  const got = b.lock(job.timeoutMs);
  const answered = clock();
  if (!got) {
    // Read the graph before letting go: this worker still holds its first lock, so the cycle is intact.
    const waitFor = waitForGraph(job);
    Atomics.store(job.waitingFor, workerId, 0);
    spans.push({ kind: 'wait', lock: second, start: askedB, end: answered, gaveUp: true });
    spans.push({ kind: 'hold', lock: first, start: heldA, end: clock() });
    a.unlock();
    return { workerId, spans, outcome: 'gave-up', waitFor };
  }
  Atomics.store(job.waitingFor, workerId, 0);
  if (b.contendedLocks > 0) spans.push({ kind: 'wait', lock: second, start: askedB, end: answered });
  sleep(job.holdMs);
  const end = clock();
  spans.push({ kind: 'hold', lock: second, start: answered, end });
  b.unlock();
  spans.push({ kind: 'hold', lock: first, start: heldA, end: clock() });
  a.unlock();
  return { workerId, spans, outcome: 'done' };
}

function runSemaphore(job: SemaphoreJob): DemoReport {
  const semaphore = Semaphore.from(job.semaphore);
  const { control } = job;
  const spans: DemoSpan[] = [];
  startTogether(control);
  for (let i = 0; i < job.connections; i++) {
    const asked = clock();
    const waited = !semaphore.tryAcquire();
    if (waited) semaphore.acquire();
    const got = clock();
    // Counted inside the permit, so the peak can only exceed the permits if the semaphore is wrong.
    const inside = Atomics.add(control, CONTROL.inside, 1) + 1;
    for (let peak = Atomics.load(control, CONTROL.peak); inside > peak;) {
      const seen = Atomics.compareExchange(control, CONTROL.peak, peak, inside);
      if (seen === peak) break;
      peak = seen;
    }
    if (waited) spans.push({ kind: 'wait', lock: 0, start: asked, end: got });
    sleep(job.connectMs);
    Atomics.sub(control, CONTROL.inside, 1);
    spans.push({ kind: 'hold', lock: 0, start: got, end: clock() });
    semaphore.release();
  }
  return { workerId: job.workerId, spans, outcome: 'done' };
}

function runBarrier(job: BarrierJob): DemoReport {
  const barrier = Barrier.from(job.barrier);
  const spans: DemoSpan[] = [];
  startTogether(job.control);
  job.workMs.forEach((ms, phase) => {
    const start = clock();
    sleep(ms);
    const arrived = clock();
    barrier.arriveAndWait();
    const released = clock();
    spans.push({ kind: 'hold', lock: 0, start, end: arrived, phase });
    spans.push({ kind: 'wait', lock: 0, start: arrived, end: released, phase });
  });
  return { workerId: job.workerId, spans, outcome: 'done' };
}

export function runDemoJob(job: DemoJob): DemoReport {
  switch (job.kind) {
    case 'deadlock':
      return runDeadlock(job);
    case 'semaphore':
      return runSemaphore(job);
    case 'barrier':
      return runBarrier(job);
  }
}
