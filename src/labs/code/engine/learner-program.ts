// The learner's code as the pool runs it: checked on the page by parsing only (acorn; the page never
// evaluates it), then wrapped into one expression that a pool worker compiles and whose value is the task.
import { parse, type Node, type Program } from 'acorn';

/** The file name the learner's code carries in stack traces, so its frames can be told from the pool's. */
export const CODE_FILE = 'your-code.js';
/** The same for the items generator, which runs in a worker of its own. */
export const ITEMS_FILE = 'your-items.js';

/** A place in the learner's text: line and column, both counted from 1. */
export interface CodePosition {
  readonly line: number;
  readonly column: number;
}

export type ProgramCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly kind: 'syntax' | 'missing';
      readonly message: string;
      readonly at?: CodePosition;
    };

const STRICT = '"use strict";';

interface AcornSyntaxError extends SyntaxError {
  readonly loc?: { readonly line: number; readonly column: number };
}

/** The names the program declares at its top level (functions, classes, variables). */
function topLevelNames(program: Program): Set<string> {
  const names = new Set<string>();
  const addPattern = (node: Node | null | undefined) => {
    if (node?.type === 'Identifier') names.add((node as unknown as { name: string }).name);
  };
  for (const statement of program.body) {
    if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') {
      addPattern(statement.id);
    } else if (statement.type === 'VariableDeclaration') {
      for (const declaration of statement.declarations) addPattern(declaration.id);
    }
  }
  return names;
}

/**
 * Parses `source` as a script (the way the worker compiles it: strict, inside a function) and checks that it
 * declares `name` at its top level. A syntax error carries acorn's message and position.
 */
export function checkProgram(source: string, name: 'work' | 'items'): ProgramCheck {
  let program: Program;
  try {
    // Strict like the worker's compile, by a directive on line 1 (no new line: line numbers stay the learner's).
    program = parse(STRICT + source, { ecmaVersion: 'latest', sourceType: 'script', locations: true });
  } catch (error) {
    const loc = (error as AcornSyntaxError).loc;
    // acorn appends " (line:column)" to its message; the position is shown on its own.
    const message = String((error as Error).message).replace(/ \(\d+:\d+\)$/, '');
    if (!loc) return { ok: false, kind: 'syntax', message };
    const column = loc.line === 1 ? Math.max(0, loc.column - STRICT.length) : loc.column;
    return { ok: false, kind: 'syntax', message, at: { line: loc.line, column: column + 1 } };
  }
  if (!topLevelNames(program).has(name)) return { ok: false, kind: 'missing', message: name };
  return { ok: true };
}

/**
 * How the task receives its item: `item` calls `work(item)`; `shared` receives `{ item, shared }` from the
 * page and calls `work(item, shared)` with the run's shared Int32Array.
 */
export type CallShape = 'item' | 'shared';

/**
 * The expression a pool worker compiles (once per worker): the learner's lines, unchanged and starting a line
 * of their own, inside a function whose value is the task. Top-level state in the code lives once per
 * worker. The sourceURL comment names the code in stack traces (Chromium, Firefox and WebKit read it).
 */
export function taskExpression(source: string, shape: CallShape): string {
  const task = shape === 'shared' ? '(arg) => work(arg.item, arg.shared)' : 'work';
  return [
    '(function () {',
    source,
    `;if (typeof work !== 'function') throw new TypeError('your code must declare a function work(item)');`,
    `return ${task};`,
    '})()',
    `//# sourceURL=${CODE_FILE}`,
    '',
  ].join('\n');
}

/**
 * A program whose `work` returns the stack of an error made on the learner's line 1: read back through the
 * same compile path, it says which stack line that is in this browser (see error-position.ts).
 */
export const CALIBRATION_SOURCE = 'function work() { return new Error().stack; }';
