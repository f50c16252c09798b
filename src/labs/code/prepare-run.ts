// Before any worker starts: the learner's code parsed (not run) on the page, and the items made. A problem
// here names the editor and the line, and starts nothing. The items generator is the one step that runs
// learner code, in its own worker.
import {
  CODE_FILE,
  taskExpression,
  withLineFeeds,
  type CallShape,
  type CodePosition,
} from './engine/code-files.ts';
import {
  generatorItems,
  ItemsGeneratorError,
  type GeneratorFailure,
  parseJsonItems,
  rangeParts,
  type RangePart,
} from './engine/items-source.ts';
import {
  PYTHON_FILE,
  pyodideIndexUrl,
  pythonItemsSource,
  pythonTaskExpression,
  pythonWarmExpression,
} from './engine/python-task.ts';
import type { CodeLanguage, ItemSource } from './code-presets.ts';
import { workerPolicyInForce } from './worker-policy.ts';

/** A generator gives at most this many items: they are all made before the run starts. */
export const MAX_GENERATED_ITEMS = 100_000;

export interface RunInputs {
  readonly language: CodeLanguage;
  readonly fn: string;
  readonly from: ItemSource;
  readonly itemsText: string;
  readonly low: number;
  readonly high: number;
  readonly parts: number;
  readonly shape: CallShape;
}

/** What stops a run before it starts: in which editor, what, and where when known. */
export type RunProblem =
  | {
      readonly where: 'fn' | 'items';
      readonly kind: 'syntax';
      readonly message: string;
      readonly at?: CodePosition;
    }
  | { readonly where: 'fn' | 'items'; readonly kind: 'missing'; readonly name: string }
  | { readonly where: 'items'; readonly kind: 'json'; readonly message: string; readonly at?: CodePosition }
  | {
      readonly where: 'items';
      readonly kind: 'generator';
      /** Why it ended, with the detail a message needs (see ItemsGeneratorError). */
      readonly reason: Exclude<GeneratorFailure, 'limit'>;
      readonly detail: string;
      readonly at?: CodePosition;
      /** A Python generator: its time includes starting Python in the items worker. */
      readonly python?: true;
    }
  | { readonly where: 'items'; readonly kind: 'limit'; readonly max: number }
  /** Code from a link, on a host whose workers may reach the network: run only when asked again. */
  | { readonly where: 'fn'; readonly kind: 'unprotected' };

export interface PreparedRun {
  readonly language: CodeLanguage;
  readonly expression: string;
  readonly items: readonly unknown[];
  /** The learner's line count, to tell their lines from the wrapper's in a stack. */
  readonly lineCount: number;
  /**
   * Python: the pool's prepareWorker (as source), which starts the interpreter in each worker before the
   * worker takes an item, a replacement worker too: starting Python takes seconds, which no item's timeout
   * or time should count.
   */
  readonly prepareWorker?: string;
}

/**
 * A Python items generator's first pull also starts Python in the items worker (seconds on a slow machine):
 * it is given this long (ms) before the run ends as "no item".
 */
const PYTHON_PULL_TIMEOUT_MS = 30_000;

/** Pyodide's folder on this site (scripts/pyodide-assets.mjs). */
function pyodideHere(): string {
  return pyodideIndexUrl(import.meta.env.BASE_URL, document.baseURI);
}

async function checked(
  source: string,
  where: 'fn' | 'items',
  name: 'work' | 'items',
): Promise<RunProblem | undefined> {
  // The parser loads with the first run, not with the lab.
  const { checkProgram } = await import('./engine/learner-program.ts');
  const check = checkProgram(source, name);
  if (check.ok) return undefined;
  if (check.kind === 'missing') return { where, kind: 'missing', name };
  return check.at
    ? { where, kind: 'syntax', message: check.message, at: check.at }
    : { where, kind: 'syntax', message: check.message };
}

/** The items, or the problem that stops the run. `onMade` reports progress of a generator. */
async function makeItems(
  inputs: RunInputs,
  signal: AbortSignal,
  onMade: (n: number) => void,
  gate: () => Promise<RunProblem | undefined>,
): Promise<readonly unknown[] | RunProblem> {
  if (inputs.from === 'range') {
    const stop = await gate();
    return stop ?? ([...rangeParts(inputs.low, inputs.high, inputs.parts)] as RangePart[]);
  }
  if (inputs.from === 'json') {
    const parsed = parseJsonItems(inputs.itemsText);
    if (parsed.ok) return (await gate()) ?? parsed.items;
    return parsed.at
      ? { where: 'items', kind: 'json', message: parsed.message, at: parsed.at }
      : { where: 'items', kind: 'json', message: parsed.message };
  }
  const python = inputs.language === 'python';
  // Python is checked where it runs: the page has no Python parser (its errors come back with their line).
  const problem = (python ? undefined : await checked(inputs.itemsText, 'items', 'items')) ?? (await gate());
  if (problem) return problem;
  const items: unknown[] = [];
  const source = python ? pythonItemsSource(inputs.itemsText, pyodideHere()) : inputs.itemsText;
  const options = python
    ? { signal, maxItems: MAX_GENERATED_ITEMS, pullTimeoutMs: PYTHON_PULL_TIMEOUT_MS }
    : { signal, maxItems: MAX_GENERATED_ITEMS };
  try {
    for await (const item of generatorItems(source, options)) {
      items.push(item);
      if (items.length % 1000 === 0) onMade(items.length);
    }
  } catch (error) {
    if (error instanceof ItemsGeneratorError) {
      if (error.reason === 'limit') return { where: 'items', kind: 'limit', max: MAX_GENERATED_ITEMS };
      const { reason, detail, at } = error;
      return {
        where: 'items',
        kind: 'generator',
        reason,
        detail,
        ...(at ? { at } : {}),
        ...(python ? { python: true as const } : {}),
      };
    }
    throw error;
  }
  return items;
}

/**
 * Checks the code and makes the items; a problem starts no worker. `gate` is asked once the texts have
 * parsed and before any learner code runs (the items generator is learner code): a problem it returns
 * stops there.
 */
export async function prepareRun(
  inputs: RunInputs,
  signal: AbortSignal,
  onMade: (n: number) => void = () => {},
  gate: () => Promise<RunProblem | undefined> = () => Promise.resolve(undefined),
): Promise<PreparedRun | RunProblem> {
  inputs = { ...inputs, fn: withLineFeeds(inputs.fn), itemsText: withLineFeeds(inputs.itemsText) };
  const python = inputs.language === 'python';
  const problem = python ? undefined : await checked(inputs.fn, 'fn', 'work');
  if (problem) return problem;
  const items = await makeItems(inputs, signal, onMade, gate);
  if ('kind' in items && 'where' in items) return items;
  const lineCount = inputs.fn.split('\n').length;
  if (!python) {
    return { language: 'js', expression: taskExpression(inputs.fn, inputs.shape), items, lineCount };
  }
  const indexUrl = pyodideHere();
  return {
    language: 'python',
    expression: pythonTaskExpression(inputs.fn, indexUrl, inputs.shape),
    items,
    lineCount,
    prepareWorker: pythonWarmExpression(indexUrl),
  };
}

/** The file name the learner's code carries in a run's error messages. */
export function codeFileOf(language: CodeLanguage): string {
  return language === 'python' ? PYTHON_FILE : CODE_FILE;
}

/**
 * The gate for prepareRun that checks this host's worker policy before any learner code runs: `concluded`
 * hears whether it is in force (not when the check was aborted, which proves nothing), and code from a link
 * is held back where it is not.
 */
export function hostPolicyGate(
  signal: AbortSignal,
  fromLink: boolean,
  concluded: (inForce: boolean) => void,
): () => Promise<RunProblem | undefined> {
  return async () => {
    const inForce = await workerPolicyInForce(signal);
    if (inForce === undefined) return undefined;
    concluded(inForce);
    return !inForce && fromLink ? { where: 'fn', kind: 'unprotected' } : undefined;
  };
}

export function isProblem(value: PreparedRun | RunProblem): value is RunProblem {
  return 'where' in value;
}
