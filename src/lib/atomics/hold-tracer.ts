// Records, on one thread, when it waited for a mutex and when it held it: the data of the "who holds the
// lock" timeline. Realm-neutral. Three clock reads per lock/unlock pair, so runs that measure ns per
// operation leave it off.
import type { LockSpan } from './lock-usage.ts';
import type { Mutex } from './mutex.ts';

/** What a tracer collected, flat, in wall-clock ms (timeOrigin + now()). */
export interface HoldTrace {
  /**
   * [start, end, turn, ...]: `turn` is the mutex's hand-off count when the hold began, which orders all
   * threads' holds exactly (clock readings of two threads can disagree by microseconds).
   */
  readonly holds: Float64Array;
  /** [start, end, ...] */
  readonly waits: Float64Array;
  /** Spans dropped once the cap was reached. */
  readonly dropped: number;
}

const wallClock = () => performance.timeOrigin + performance.now();

/**
 * Wraps one thread's lock and unlock calls. Consecutive holds with no other holder in between (the
 * mutex's hand-off count did not move) form one holding span, so the spans alternate between threads
 * exactly at hand-offs. At most `maxSpans` spans of each kind are kept.
 */
export class HoldTracer {
  readonly #mutex: Mutex;
  readonly #maxSpans: number;
  readonly #holds: number[] = [];
  readonly #waits: number[] = [];
  #dropped = 0;
  #runStart = -1;
  #runEnd = 0;
  #runTurn = 0;
  #handoffsAtUnlock = -1;

  constructor(mutex: Mutex, maxSpans = 100_000) {
    this.#mutex = mutex;
    this.#maxSpans = maxSpans;
  }

  /** `mutex.lock()`, traced. */
  lock(): void {
    const asked = wallClock();
    const contended = this.#mutex.contendedLocks;
    this.#mutex.lock();
    const got = wallClock();
    // The mutex says whether this call had to wait; the clock cannot (it moves in 5 µs steps).
    if (this.#mutex.contendedLocks !== contended) this.#push(this.#waits, asked, got);
    const handoffs = this.#mutex.handoffs;
    if (this.#runStart < 0 || handoffs !== this.#handoffsAtUnlock) {
      this.#closeRun();
      this.#runStart = got;
      this.#runTurn = handoffs;
    }
  }

  /** `mutex.unlock()`, traced. */
  unlock(): void {
    this.#handoffsAtUnlock = this.#mutex.handoffs;
    // Read while still holding, so a recorded hold never overlaps the next holder's.
    this.#runEnd = wallClock();
    this.#mutex.unlock();
  }

  /** The spans so far, in buffers the caller may transfer. */
  finish(): HoldTrace {
    this.#closeRun();
    return {
      holds: Float64Array.from(this.#holds),
      waits: Float64Array.from(this.#waits),
      dropped: this.#dropped,
    };
  }

  #closeRun(): void {
    if (this.#runStart >= 0)
      this.#push(this.#holds, this.#runStart, Math.max(this.#runStart, this.#runEnd), this.#runTurn);
    this.#runStart = -1;
  }

  #push(list: number[], ...span: number[]): void {
    if (list.length / span.length >= this.#maxSpans) this.#dropped++;
    else list.push(...span);
  }
}

/** A trace as timeline spans, ms from `originMs` (wall clock). */
export function traceSpans(trace: HoldTrace, originMs: number, lock = 0): LockSpan[] {
  const spans: LockSpan[] = [];
  const { holds, waits } = trace;
  for (let i = 0; i + 1 < waits.length; i += 2)
    spans.push({ kind: 'wait', startMs: waits[i]! - originMs, endMs: waits[i + 1]! - originMs, lock });
  for (let i = 0; i + 2 < holds.length; i += 3) {
    const [start, end, turn] = [holds[i]!, holds[i + 1]!, holds[i + 2]!];
    spans.push({ kind: 'hold', startMs: start - originMs, endMs: end - originMs, lock, turn });
  }
  return spans;
}
