// The simulated machine: shared memory, locks and each thread's program counter and local `tmp`.
// States are immutable, so undo is keeping the previous one. Pure; no DOM.
import { seededRandom } from '../../../../lib/math/seeded-random.ts';
import type { Program } from './programs.ts';

export interface ThreadState {
  readonly pc: number;
  readonly tmp: number | undefined;
}

export interface MachineState {
  readonly program: Program;
  readonly shared: Readonly<Record<string, number>>;
  /** Lock name -> holding thread, or undefined when free. */
  readonly holders: Readonly<Record<string, number | undefined>>;
  readonly threads: readonly ThreadState[];
  /** Thread indices in the order they were given a step. */
  readonly schedule: readonly number[];
}

export type Verdict =
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly lostUpdates: number }
  /** No thread can move and some have not finished: each waits for a lock another holds. */
  | {
      readonly kind: 'deadlock';
      readonly waiting: readonly { thread: number; lock: string; heldBy: number }[];
    };

export function initialState(program: Program): MachineState {
  return {
    program,
    shared: { ...program.shared },
    holders: Object.fromEntries(program.locks.map((lock) => [lock, undefined])),
    threads: program.threads.map(() => ({ pc: 0, tmp: undefined })),
    schedule: [],
  };
}

export function finished(state: MachineState, thread: number): boolean {
  return state.threads[thread]!.pc >= state.program.threads[thread]!.length;
}

/** A thread can take a step unless it has finished or its next line is a lock another thread holds. */
export function canRun(state: MachineState, thread: number): boolean {
  if (finished(state, thread)) return false;
  const line = state.program.threads[thread]![state.threads[thread]!.pc]!;
  if (line.op !== 'lock') return true;
  const holder = state.holders[line.lock];
  return holder === undefined;
}

export function runnable(state: MachineState): number[] {
  return state.threads.map((_, i) => i).filter((i) => canRun(state, i));
}

/** Gives `thread` one step. Throws a RangeError if it cannot run (the UI offers only runnable threads). */
export function step(state: MachineState, thread: number): MachineState {
  if (!canRun(state, thread)) throw new RangeError(`thread ${thread} cannot run now`);
  const local = state.threads[thread]!;
  const line = state.program.threads[thread]![local.pc]!;
  let shared = state.shared;
  let holders = state.holders;
  let tmp = local.tmp;
  switch (line.op) {
    case 'load':
      tmp = shared[line.name] ?? 0;
      break;
    case 'inc':
      tmp = (tmp ?? 0) + 1;
      break;
    case 'store':
      shared = { ...shared, [line.name]: tmp ?? 0 };
      break;
    case 'atomic-add':
      shared = { ...shared, [line.name]: (shared[line.name] ?? 0) + 1 };
      break;
    case 'lock':
      holders = { ...holders, [line.lock]: thread };
      break;
    case 'unlock':
      if (holders[line.lock] !== thread)
        throw new RangeError(`thread ${thread} unlocks ${line.lock}, which it does not hold`);
      holders = { ...holders, [line.lock]: undefined };
      break;
  }
  const threads = state.threads.map((t, i) => (i === thread ? { pc: t.pc + 1, tmp } : t));
  return { ...state, shared, holders, threads, schedule: [...state.schedule, thread] };
}

export function verdict(state: MachineState): Verdict {
  const all = state.threads.map((_, i) => i);
  if (all.every((i) => finished(state, i))) {
    const expected = state.program.expected?.['count'];
    const lostUpdates = expected === undefined ? 0 : expected - (state.shared['count'] ?? 0);
    return { kind: 'done', lostUpdates };
  }
  if (runnable(state).length > 0) return { kind: 'running' };
  const waiting = all
    .filter((i) => !finished(state, i))
    .map((thread) => {
      const line = state.program.threads[thread]![state.threads[thread]!.pc]!;
      const lock = line.op === 'lock' ? line.lock : '';
      return { thread, lock, heldBy: state.holders[lock] ?? -1 };
    });
  return { kind: 'deadlock', waiting };
}

/** Replays a schedule from the start; steps for threads that cannot run are skipped. */
export function replay(program: Program, schedule: readonly number[]): MachineState {
  let state = initialState(program);
  for (const thread of schedule)
    if (thread < state.threads.length && canRun(state, thread)) state = step(state, thread);
  return state;
}

/** A random scheduler: picks a runnable thread at each step until the run ends or deadlocks. */
export function randomRun(program: Program, seed: number): MachineState {
  const random = seededRandom(seed);
  let state = initialState(program);
  for (;;) {
    const ready = runnable(state);
    if (ready.length === 0) return state;
    state = step(state, ready[Math.floor(random() * ready.length)]!);
  }
}
