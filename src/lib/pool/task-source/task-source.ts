// Task functions travel to workers as source text: here a function becomes that text, after the closure
// check. Runs on the page.
import { findFreeIdentifiers } from './free-identifiers.ts';
import { tokenize } from './js-tokens.ts';
import { outerVariablesMessage } from '../protocol/task-errors.ts';
import { isWorkerGlobal } from './worker-globals.ts';

/**
 * The source of an expression that evaluates to `fn` in a worker. Methods (`m(x) {…}`, the text of
 * `obj.m`) are wrapped so they compile as an expression.
 */
function expressionSource(text: string): string {
  const tokens = tokenize(text);
  const first = tokens[0];
  const second = tokens[1];
  const isFunctionKeyword =
    first?.text === 'function' ||
    (first?.text === 'async' && second?.text === 'function' && !second.newlineBefore);
  // An arrow function has `=>` at the top level before any `{`.
  let depth = 0;
  let isArrow = false;
  for (const token of tokens) {
    if (token.kind === 'punct' && '([{'.includes(token.text)) depth++;
    else if (token.kind === 'punct' && ')]}'.includes(token.text)) depth--;
    else if (token.kind === 'template-open') depth++;
    else if (token.kind === 'template-close') depth--;
    if (depth === 0 && token.kind === 'punct' && token.text === '=>') {
      isArrow = true;
      break;
    }
    if (token.kind === 'punct' && token.text === '{' && depth === 1) break;
  }
  return isFunctionKeyword || isArrow ? text : `Object.values({ ${text} })[0]`;
}

/** What the check decided for one function: its source, or why it cannot be sent (worded per option). */
type Verdict = { readonly source: string } | { readonly refusal: (option: string) => string };

/**
 * Verdicts by function object. A function's source text never changes, so a pool that submits the same task
 * function for thousands of items tokenizes it once. Weak: a cached function can still be collected.
 */
const verdicts = new WeakMap<object, Verdict>();

function check(task: object): Verdict {
  const text = Function.prototype.toString.call(task);
  if (/^class\b/.test(text)) return { refusal: (option) => `${option}: expected a function, got a class` };
  if (/\{\s*\[native code\]\s*\}\s*$/.test(text)) {
    return {
      refusal: (option) =>
        `${option}: bound and built-in functions have no source text to send to a worker; ` +
        'pass a plain function such as (x) => Math.sqrt(x)',
    };
  }
  const source = expressionSource(text);
  const outer = findFreeIdentifiers(source).filter((name) => !isWorkerGlobal(name));
  if (outer.length > 0) return { refusal: (option) => outerVariablesMessage(outer, option) };
  return { source };
}

/** Tasks made by taskFromSource, with the expression each stands for. */
const sourceTasks = new WeakMap<object, string>();

/**
 * A task given as the source text of an expression that evaluates to a function in a worker, for code the
 * page must never evaluate (a learner's, from an editor or a link). The page does not parse or check it:
 * a syntax error or a missing name ends each item as an error outcome, as it would for any task. The
 * function returned only stands for the source: calling it on the page throws.
 */
export function taskFromSource<A = unknown, R = unknown>(expression: string): (arg: A) => R {
  if (typeof expression !== 'string' || expression.trim() === '') {
    throw new TypeError('taskFromSource: expected the source text of a function expression');
  }
  const standIn = (): R => {
    throw new TypeError('a task made by taskFromSource runs only in a pool worker');
  };
  sourceTasks.set(standIn, expression);
  return standIn;
}

/**
 * Checks that `task` can be shipped by source and returns the expression to compile in the worker.
 * Throws a TypeError naming `option` for a non-function, a class, a bound or built-in function, or a
 * function that reads outer variables. The verdict is cached per function object; a refusal throws a new
 * TypeError on every call, so its stack shows the call that passed the function this time.
 */
export function taskSource(task: unknown, option = 'task'): string {
  const given = typeof task === 'function' ? sourceTasks.get(task) : undefined;
  if (given !== undefined) return given;
  if (typeof task !== 'function') {
    throw new TypeError(`${option}: expected a function, got ${task === null ? 'null' : typeof task}`);
  }
  let verdict = verdicts.get(task);
  if (verdict === undefined) {
    verdict = check(task);
    verdicts.set(task, verdict);
  }
  if ('refusal' in verdict) throw new TypeError(verdict.refusal(option));
  return verdict.source;
}
