// The little programs the "you are the scheduler" simulator runs: each thread's lines, as data. A line
// is one step the scheduler can give a thread; every line is atomic in the simulation, which is exactly
// why the plain increment is split into a read, an add and a write. Pure; no DOM.

export type Instruction =
  /** tmp = shared[name] */
  | { readonly op: 'load'; readonly name: string }
  /** tmp = tmp + 1 */
  | { readonly op: 'inc' }
  /** shared[name] = tmp */
  | { readonly op: 'store'; readonly name: string }
  /** shared[name] += 1 in one indivisible step (Atomics.add) */
  | { readonly op: 'atomic-add'; readonly name: string }
  /** wait until lock is free, then hold it */
  | { readonly op: 'lock'; readonly lock: string }
  | { readonly op: 'unlock'; readonly lock: string };

export const PROGRAMS = ['increment', 'atomic', 'mutex', 'deadlock'] as const;
export type ProgramName = (typeof PROGRAMS)[number];

export interface Program {
  readonly name: ProgramName;
  /** Lines per thread, by thread index. */
  readonly threads: readonly (readonly Instruction[])[];
  /** Initial shared memory. */
  readonly shared: Readonly<Record<string, number>>;
  readonly locks: readonly string[];
  /** What the counter should be when every thread has finished, if the program counts. */
  readonly expected?: Readonly<Record<string, number>>;
}

const increment: Instruction[] = [
  { op: 'load', name: 'count' },
  { op: 'inc' },
  { op: 'store', name: 'count' },
];

/** `threads` threads (2 or 3) each run the program once. */
export function makeProgram(name: ProgramName, threads: number): Program {
  const n = name === 'deadlock' ? 2 : threads;
  const all = <T>(lines: T) => Array.from({ length: n }, () => lines);
  switch (name) {
    case 'increment':
      return { name, threads: all(increment), shared: { count: 0 }, locks: [], expected: { count: n } };
    case 'atomic':
      return {
        name,
        threads: all([{ op: 'atomic-add', name: 'count' }]),
        shared: { count: 0 },
        locks: [],
        expected: { count: n },
      };
    case 'mutex':
      return {
        name,
        threads: all([{ op: 'lock', lock: 'm' }, ...increment, { op: 'unlock', lock: 'm' }]),
        shared: { count: 0 },
        locks: ['m'],
        expected: { count: n },
      };
    case 'deadlock':
      return {
        name,
        threads: [
          [
            { op: 'lock', lock: 'A' },
            { op: 'lock', lock: 'B' },
            ...increment,
            { op: 'unlock', lock: 'B' },
            { op: 'unlock', lock: 'A' },
          ],
          [
            { op: 'lock', lock: 'B' },
            { op: 'lock', lock: 'A' },
            ...increment,
            { op: 'unlock', lock: 'A' },
            { op: 'unlock', lock: 'B' },
          ],
        ],
        shared: { count: 0 },
        locks: ['A', 'B'],
        expected: { count: 2 },
      };
  }
}

/** The line as source text, the way the lab shows it. */
export function lineText(instruction: Instruction): string {
  switch (instruction.op) {
    case 'load':
      return `tmp = ${instruction.name}`;
    case 'inc':
      return 'tmp = tmp + 1';
    case 'store':
      return `${instruction.name} = tmp`;
    case 'atomic-add':
      return `Atomics.add(${instruction.name}, 1)`;
    case 'lock':
      return `lock(${instruction.lock})`;
    case 'unlock':
      return `unlock(${instruction.lock})`;
  }
}
