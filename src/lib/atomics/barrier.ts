// A reusable barrier in shared memory: n parties wait until all have arrived, then all go on. Realm-neutral.
import { allocateSlots, cannotBlock, noWaitAsync, slotsOf, type SyncHandle } from './shared-handle.ts';
import { threadCanBlock } from './thread-can-block.ts';

// Slot offsets from handle.index.
/** Parties arrived in the current generation. */
const ARRIVED = 0;
/** Generation: bumped by the last arrival, which releases everyone waiting on this slot. */
const GENERATION = 1;
/** n, the parties per generation. */
const PARTIES = 2;

/**
 * A barrier for n parties over three `Int32Array` slots: `arriveAndWait` returns once all n have arrived
 * in this generation; then the barrier resets for the next one, so a loop of phases can reuse it.
 * Create it with `Barrier.create(n)` and send `barrier.handle` to workers, which attach with
 * `Barrier.from(handle)`.
 *
 * Guarantees: nobody leaves a generation before its n-th party arrives; exactly one party per
 * generation gets `true` (the last to arrive: it can do the phase's serial step).
 *
 * Does not guarantee: any order of leaving; recovery if a party never arrives (the others wait for
 * good: there is no timeout, because a party that gave up would leave the count wrong for everyone).
 * It counts arrivals, not threads: more than n parties using it break it.
 *
 * Blocking: `arriveAndWait` sleeps in `Atomics.wait` (workers only); on the page's main thread use
 * `arriveAndWaitAsync`.
 */
export class Barrier {
  /** Int32 slots one barrier occupies from `handle.index`. */
  static readonly SLOTS = 3;

  readonly handle: SyncHandle;
  readonly #cells: Int32Array;
  readonly #at: number;

  /** A new barrier for `parties` (an integer >= 1) parties, in a buffer of its own. */
  static create(parties: number): Barrier {
    if (!Number.isInteger(parties) || parties < 1 || parties > 0x7fff_ffff) {
      throw new RangeError(`parties must be an integer >= 1; got ${parties}`);
    }
    const barrier = new Barrier(allocateSlots('Barrier', Barrier.SLOTS));
    Atomics.store(barrier.#cells, barrier.#at + PARTIES, parties);
    return barrier;
  }

  /** This thread's view of a barrier made by `create` (possibly on another thread). */
  static from(handle: SyncHandle): Barrier {
    return new Barrier(handle);
  }

  private constructor(handle: SyncHandle) {
    this.#cells = slotsOf(handle, Barrier.SLOTS);
    this.handle = { buffer: handle.buffer, index: handle.index };
    this.#at = handle.index;
  }

  get parties(): number {
    return Atomics.load(this.#cells, this.#at + PARTIES);
  }

  /** Parties arrived in the current generation and waiting for the rest (a snapshot). */
  get arrived(): number {
    return Atomics.load(this.#cells, this.#at + ARRIVED);
  }

  /** Completed generations so far. */
  get generation(): number {
    return Atomics.load(this.#cells, this.#at + GENERATION);
  }

  /**
   * Arrives and blocks until all parties of this generation have arrived. Returns true for the last to
   * arrive, false for the others.
   *
   * @throws SyncError 'cannot-block' if it would have to wait on the page's main thread (use arriveAndWaitAsync).
   */
  arriveAndWait(): boolean {
    // Checked before arriving: an arrival that then failed to wait would leave the count wrong for everyone.
    if (!threadCanBlock()) throw cannotBlock('Barrier.arriveAndWait', 'arriveAndWaitAsync');
    const generation = this.#arrive();
    return generation === undefined ? true : this.#blockUntilNext(generation);
  }

  /** `arriveAndWait` that waits without blocking the thread (Atomics.waitAsync): the way to wait on the page. */
  async arriveAndWaitAsync(): Promise<boolean> {
    if (typeof Atomics.waitAsync !== 'function' && !threadCanBlock())
      throw noWaitAsync('Barrier.arriveAndWaitAsync');
    const generation = this.#arrive();
    if (generation === undefined) return true;
    if (typeof Atomics.waitAsync !== 'function') return this.#blockUntilNext(generation);
    while (Atomics.load(this.#cells, this.#at + GENERATION) === generation) {
      const waiting = Atomics.waitAsync(this.#cells, this.#at + GENERATION, generation);
      if (waiting.async) await waiting.value;
    }
    return false;
  }

  /** Counts this arrival. The last one opens the next generation and returns undefined; the others get the generation to wait out. */
  #arrive(): number | undefined {
    // Read before arriving: once this arrival is counted the last party may bump the generation at any moment.
    const generation = Atomics.load(this.#cells, this.#at + GENERATION);
    if (Atomics.add(this.#cells, this.#at + ARRIVED, 1) + 1 < this.parties) return generation;
    // Nobody else can arrive for the next generation before the bump: all other parties are waiting.
    Atomics.store(this.#cells, this.#at + ARRIVED, 0);
    Atomics.add(this.#cells, this.#at + GENERATION, 1);
    Atomics.notify(this.#cells, this.#at + GENERATION);
    return undefined;
  }

  #blockUntilNext(generation: number): false {
    while (Atomics.load(this.#cells, this.#at + GENERATION) === generation) {
      Atomics.wait(this.#cells, this.#at + GENERATION, generation);
    }
    return false;
  }
}
