// The learner's code checked on the page by parsing only (acorn; the page never evaluates it). Loaded when a
// run starts, so the lab's first render does not carry the parser.
import { parse, type Node, type Program } from 'acorn';
import type { CodePosition } from './code-files.ts';

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
  // Every name a declaration binds, destructuring included (`const { work } = helpers`).
  const addPattern = (node: Node | null | undefined): void => {
    if (!node) return;
    const pattern = node as unknown as {
      type: string;
      name?: string;
      properties?: { type: string; value?: Node; argument?: Node }[];
      elements?: (Node | null)[];
      left?: Node;
      argument?: Node;
    };
    if (pattern.type === 'Identifier') names.add(pattern.name ?? '');
    else if (pattern.type === 'ObjectPattern') {
      for (const property of pattern.properties ?? []) addPattern(property.value ?? property.argument);
    } else if (pattern.type === 'ArrayPattern')
      for (const element of pattern.elements ?? []) addPattern(element);
    else if (pattern.type === 'AssignmentPattern') addPattern(pattern.left);
    else if (pattern.type === 'RestElement') addPattern(pattern.argument);
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
