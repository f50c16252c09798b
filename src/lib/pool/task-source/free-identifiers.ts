// Which names does a function's source text read from outside itself? A scan over tokens, not a parser:
// it knows property access, object keys, class members, labels, declarations, parameters and destructuring
// well enough for ordinary code. Declarations count for the whole function, whatever their block, so a name
// declared anywhere inside is never reported; the scan may miss a free name (the run-time ReferenceError
// then says the same thing) but should never report a bound one. Pure, no DOM.
import { tokenize, type Token } from './js-tokens.ts';

const KEYWORDS = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'let',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'await',
  'async',
  'of',
  'static',
  'get',
  'set',
  'accessor',
  'arguments',
]);

/** Keywords whose parenthesised part is a condition or a loop head, not a parameter list. */
const CONTROL_KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'with']);
/** Member modifiers that may come before a method or field name. */
const MODIFIERS = new Set(['static', 'get', 'set', 'async', 'accessor', '*']);

type BraceKind = 'block' | 'object' | 'class';

const isPunct = (token: Token | undefined, text: string) => token?.kind === 'punct' && token.text === text;
const isName = (token: Token | undefined, text?: string) =>
  token?.kind === 'name' && (text === undefined || token.text === text);

/** For each opening bracket, the index of its closing one (and back); -1 where unmatched. */
function matchBrackets(tokens: readonly Token[]): Int32Array {
  const match = new Int32Array(tokens.length).fill(-1);
  const stack: number[] = [];
  tokens.forEach((token, i) => {
    const opens = token.kind === 'template-open' || (token.kind === 'punct' && '([{'.includes(token.text));
    const closes = token.kind === 'template-close' || (token.kind === 'punct' && ')]}'.includes(token.text));
    if (closes) {
      const open = stack.pop();
      if (open !== undefined) {
        match[open] = i;
        match[i] = open;
      }
    }
    // A template-close that continues with another `${` is pushed again by the template-open after it.
    if (opens) stack.push(i);
  });
  return match;
}

/** Whether `{` at index i starts an object literal, a class body or a block. */
function braceKind(
  tokens: readonly Token[],
  i: number,
  classBodies: ReadonlySet<number>,
  kinds: BraceKind[],
) {
  if (classBodies.has(i)) return 'class';
  const prev = tokens[i - 1];
  if (!prev) return 'block';
  if (prev.kind === 'template-open') return 'object';
  if (prev.kind === 'name')
    return ['return', 'typeof', 'void', 'delete', 'in', 'of', 'yield', 'await', 'case', 'new'].includes(
      prev.text,
    )
      ? 'object'
      : 'block';
  if (prev.kind !== 'punct') return 'block';
  if ([')', ';', '{', '}', '=>'].includes(prev.text)) return 'block';
  // `label: {` is a block; `key: {` inside an object literal is a value.
  if (prev.text === ':') return kinds.at(-1) === 'object' ? 'object' : 'block';
  return 'object';
}

/** Adds every name inside tokens[from..to) to `into` (parameter lists, binding patterns). */
function addNames(tokens: readonly Token[], from: number, to: number, into: Set<string>) {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'name' && !KEYWORDS.has(token.text) && !isPunct(tokens[i - 1], '.'))
      into.add(token.text);
  }
}

/**
 * Adds the names bound by `var`/`let`/`const` starting at tokens[i] (the first token after the keyword):
 * every pattern up to its `=`, then the next declarator after a top-level comma.
 */
function addDeclarators(tokens: readonly Token[], match: Int32Array, i: number, into: Set<string>) {
  let inPattern = true;
  for (let j = i; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.kind === 'punct' && '([{'.includes(token.text)) {
      if (inPattern) addNames(tokens, j + 1, Math.max(j + 1, match[j]!), into);
      if (match[j]! < 0) return;
      j = match[j]!;
    } else if (token.kind === 'template-open') {
      if (match[j]! < 0) return;
      j = match[j]!;
    } else if (token.kind === 'punct' && (token.text === ';' || ')]}'.includes(token.text))) {
      return;
    } else if (token.kind === 'punct' && token.text === '=') {
      inPattern = false;
    } else if (token.kind === 'punct' && token.text === ',') {
      inPattern = true;
    } else if (isName(token, 'in') || isName(token, 'of')) {
      return;
    } else if (inPattern && token.kind === 'name' && !KEYWORDS.has(token.text)) {
      into.add(token.text);
    } else if (!inPattern && token.newlineBefore && token.kind === 'name' && KEYWORDS.has(token.text)) {
      return; // a statement after an inserted semicolon
    }
  }
}

/**
 * Names a function reads but does not declare, in order of first use. `source` is the text of a function
 * expression (`function f(a) {…}`, `(a) => …`) or of a method wrapped in braces (`({ m(a) {…} })`).
 */
export function findFreeIdentifiers(source: string): string[] {
  const tokens = tokenize(source);
  const match = matchBrackets(tokens);
  const declared = new Set<string>();
  const used: string[] = [];
  const classBodies = new Set<number>();
  // The kind of each open brace, innermost last, with the index where it closes.
  const kinds: BraceKind[] = [];
  const closers: number[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    while (closers.length > 0 && i > closers.at(-1)!) {
      closers.pop();
      kinds.pop();
    }

    if (token.kind === 'punct' && token.text === '{') {
      kinds.push(braceKind(tokens, i, classBodies, kinds));
      closers.push(match[i]! < 0 ? tokens.length : match[i]!);
      continue;
    }
    // A parenthesised list followed by `{` or `=>` is a parameter list, unless it follows if/for/while/….
    if (token.kind === 'punct' && token.text === '(' && match[i]! > i) {
      const after = tokens[match[i]! + 1];
      const isParams =
        isPunct(after, '=>') ||
        (isPunct(after, '{') && !(prev?.kind === 'name' && CONTROL_KEYWORDS.has(prev.text)));
      if (isParams) addNames(tokens, i + 1, match[i]!, declared);
      continue;
    }
    if (token.kind !== 'name') continue;

    const name = token.text;
    if (KEYWORDS.has(name)) {
      if (name === 'var' || name === 'let' || name === 'const')
        addDeclarators(tokens, match, i + 1, declared);
      else if (name === 'function') {
        const named = isPunct(next, '*') ? tokens[i + 2] : next;
        if (named?.kind === 'name' && !KEYWORDS.has(named.text)) declared.add(named.text);
      } else if (name === 'class') {
        if (next?.kind === 'name' && !KEYWORDS.has(next.text)) declared.add(next.text);
        // The class body is the first `{` at this nesting level.
        for (let j = i + 1; j < tokens.length; j++) {
          if (isPunct(tokens[j], '{')) {
            classBodies.add(j);
            break;
          }
          if (tokens[j]!.kind === 'punct' && '(['.includes(tokens[j]!.text) && match[j]! > j) j = match[j]!;
        }
      } else if ((name === 'break' || name === 'continue') && next?.kind === 'name' && !next.newlineBefore) {
        i++; // a label
      }
      continue;
    }
    // Property access: obj.name, obj?.name.
    if (isPunct(prev, '.') || isPunct(prev, '?.')) continue;
    // A single parameter: name => ….
    if (isPunct(next, '=>')) {
      declared.add(name);
      continue;
    }
    const kind = kinds.at(-1);
    const atMemberStart =
      prev === undefined ||
      isPunct(prev, '{') ||
      isPunct(prev, ',') ||
      (kind === 'class' && (isPunct(prev, ';') || isPunct(prev, '}'))) ||
      (prev.kind === 'punct' && prev.text === '*') ||
      (prev.kind === 'name' && MODIFIERS.has(prev.text) && kind !== 'block');
    // Object keys (`{ key: v }`), labels (`label: for …`) and methods (`{ m() {} }`).
    if (isPunct(next, ':') && (atMemberStart || isPunct(prev, ';') || isPunct(prev, '}'))) continue;
    if (kind === 'object' && atMemberStart && isPunct(next, '(')) continue;
    if (kind === 'class' && (atMemberStart || ['(', '=', ';', '}'].some((p) => isPunct(next, p)))) continue;
    // Catch parameter.
    if (isPunct(prev, '(') && isName(tokens[i - 2], 'catch')) {
      declared.add(name);
      continue;
    }
    used.push(name);
  }
  return [...new Set(used)].filter((name) => !declared.has(name));
}
