// The path through the article: each step's stable id (`?lesson=`), the lab it runs in, and the inputs it
// loads. No text and no React: the shell's early start reads this before anything else is evaluated, so it
// stays small. The steps' words are in lesson-texts.ts; their questions and explanations in each lab.
import type { LabId } from '../lab-ids.ts';
import { pageSearch } from '../page-links.ts';

export interface LessonStep {
  /** Stable: course pages link to `?lesson=<id>`. */
  readonly id: string;
  readonly lab: LabId;
  /** The lab's URL parameters the step sets, unless the link sets them itself. */
  readonly inputs: Readonly<Record<string, string>>;
}

/** The deadlock step's demo: two workers, each holding its first lock a while before asking for the other. */
const DEADLOCK_INPUTS = { dlk: '2', order: 'opposite', hold: '100', locktimeout: '1000' } as const;

/** The article's do_threaded_work on simulated I/O: some items throw, some return falsy values, none hang. */
const THREADED_WORK_INPUTS = {
  n: '200',
  kind: 'io',
  throw: '10',
  hang: '0',
  falsy: '10',
  workers: '4',
  ordered: '1',
  iomin: '5',
  iomax: '40',
} as const;

/** In the article's order. */
export const LESSON_STEPS = [
  {
    id: 'threads',
    lab: 'transfer',
    inputs: { from: '67108864', to: '67108864', repeats: '3' },
  },
  {
    id: 'summing-thread',
    lab: 'sum',
    inputs: { low: '0', high: '200000000', workers: '2', chunks: '1', transport: 'message' },
  },
  {
    id: 'gil',
    lab: 'sum',
    inputs: { low: '0', high: '100000000', workers: '2', chunks: '1', transport: 'shared', gil: '5' },
  },
  {
    id: 'time-slicing',
    lab: 'sum',
    inputs: { low: '0', high: '400000000', chunks: '1', transport: 'message' },
  },
  {
    id: 'amdahl',
    lab: 'speedup',
    inputs: { workload: 'sum', repeats: '3' },
  },
  {
    id: 'races',
    lab: 'sync',
    // Without the lock trace: the step compares costs per increment, and recording holds costs its own.
    inputs: { workers: '2', m: '100000', window: '100', mode: 'plain', trace: '0' },
  },
  {
    id: 'deadlock',
    lab: 'sync',
    inputs: DEADLOCK_INPUTS,
  },
  {
    id: 'threaded-work',
    lab: 'pool',
    inputs: THREADED_WORK_INPUTS,
  },
  {
    id: 'io-under-gil',
    lab: 'pool',
    // No timeout: CPU items under the GIL take turns, and none of these items hangs.
    inputs: {
      gil: '1',
      kind: 'io',
      n: '40',
      throw: '0',
      hang: '0',
      falsy: '0',
      workers: '4',
      iomin: '20',
      iomax: '60',
      cpu: '150000',
      timeout: '0',
    },
  },
  {
    id: 'message-cost',
    lab: 'transfer',
    inputs: { from: '1024', to: '16777216', repeats: '5' },
  },
  {
    id: 'your-race',
    lab: 'code',
    inputs: { preset: 'race' },
  },
] as const satisfies readonly LessonStep[];

export type LessonId = (typeof LESSON_STEPS)[number]['id'];
export const LESSON_IDS: readonly LessonId[] = LESSON_STEPS.map((step) => step.id);

export function lessonStep(id: string): LessonStep | undefined {
  return LESSON_STEPS.find((step) => step.id === id);
}

export function isLessonId(id: string): id is LessonId {
  return lessonStep(id) !== undefined;
}

/**
 * The URL a lesson link opens, as the search string: the step's lab and inputs, after the page's own
 * language, theme and embedded mode (`keep`), so a lesson opened in a frame or in Chinese stays so.
 */
export function lessonSearch(id: LessonId, keep: URLSearchParams): string {
  const step = lessonStep(id)!;
  return pageSearch(step.lab, { lesson: id, ...step.inputs }, keep);
}

/**
 * A lesson link that names only its step (`?lesson=gil`, or with some inputs of its own) gets the step's lab
 * and the inputs it leaves out; a link to another lab keeps its lab (the shell then says the lesson is not
 * that lab's). Returns the completed search, or undefined when nothing changes.
 */
export function withLessonInputs(search: URLSearchParams): URLSearchParams | undefined {
  const id = search.get('lesson');
  const step = id === null ? undefined : lessonStep(id);
  if (!step) return undefined;
  const lab = search.get('lab');
  if (lab !== null && lab !== step.lab) return undefined;
  const next = new URLSearchParams(search);
  if (lab === null) next.set('lab', step.lab);
  for (const [name, value] of Object.entries(step.inputs)) if (!next.has(name)) next.set(name, value);
  return next.toString() === search.toString() ? undefined : next;
}

/** Labels of try-next links to a lab; their words are in lesson-texts.ts (`labLinks`). */
export type LabLinkLabel =
  | 'speedupPool'
  | 'syncRace'
  | 'simulatorByHand'
  | 'deadlockFixed'
  | 'simulatorDeadlock'
  | 'threadedWorkUnordered'
  | 'poolCpuWithoutGil'
  | 'raceFixed'
  | 'codeIo';

/** A try-next link: another step, or a lab with prepared inputs. */
export type NextLink =
  | { readonly lesson: LessonId }
  | { readonly lab: LabId; readonly inputs: Readonly<Record<string, string>>; readonly label: LabLinkLabel };

/** Where each step leads: one to three links that load prepared inputs for the next question. */
export const LESSON_NEXT: Readonly<Record<LessonId, readonly NextLink[]>> = {
  threads: [{ lesson: 'summing-thread' }, { lesson: 'message-cost' }],
  'summing-thread': [{ lesson: 'gil' }, { lesson: 'time-slicing' }],
  gil: [{ lesson: 'time-slicing' }],
  'time-slicing': [{ lesson: 'amdahl' }],
  amdahl: [{ lesson: 'races' }, { lab: 'speedup', inputs: { workload: 'pool-cpu' }, label: 'speedupPool' }],
  races: [
    { lesson: 'deadlock' },
    { lab: 'sync', inputs: { program: 'increment', threads: '2' }, label: 'simulatorByHand' },
  ],
  // The fix first: the same step on one global lock order, so its explanation answers that run too.
  deadlock: [
    {
      lab: 'sync',
      inputs: { lesson: 'deadlock', ...DEADLOCK_INPUTS, order: 'same' },
      label: 'deadlockFixed',
    },
    { lesson: 'threaded-work' },
    { lab: 'sync', inputs: { program: 'deadlock', threads: '2' }, label: 'simulatorDeadlock' },
  ],
  'threaded-work': [
    { lesson: 'io-under-gil' },
    // The same step with ordering off: its explanation then counts the falsy results `if result:` drops.
    {
      lab: 'pool',
      inputs: { lesson: 'threaded-work', ...THREADED_WORK_INPUTS, ordered: '0' },
      label: 'threadedWorkUnordered',
    },
  ],
  'io-under-gil': [
    { lesson: 'message-cost' },
    {
      lab: 'pool',
      inputs: { kind: 'cpu', n: '40', throw: '0', hang: '0', falsy: '0', cpu: '150000', gil: '0' },
      label: 'poolCpuWithoutGil',
    },
  ],
  'message-cost': [
    { lesson: 'your-race' },
    { lab: 'sync', inputs: { workers: '2', mode: 'plain' }, label: 'syncRace' },
  ],
  // The fix first: the same step on the Atomics.add preset, so its explanation answers that run too.
  'your-race': [
    { lab: 'code', inputs: { lesson: 'your-race', preset: 'race-fixed' }, label: 'raceFixed' },
    { lab: 'code', inputs: { preset: 'io', k: '4' }, label: 'codeIo' },
  ],
};
