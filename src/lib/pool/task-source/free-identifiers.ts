// Which names does a function's source text read from outside itself? A scan over tokens, not a parser:
// it knows property access, object keys, class members, labels, declarations, parameters and destructuring
// well enough for ordinary code. Declarations count for the whole function, whatever their block, so a name
// declared anywhere inside is never reported; the scan may miss a free name (the run-time ReferenceError
// then says the same thing) but should never report a bound one. Pure, no DOM.
//
// `async`, `get`, `set`, `static`, `accessor`, `of` and `using` are contextual keywords: names everywhere
// except in their keyword positions, which the scan recognises (an arrow or function after `async`, a member
// modifier in an object literal or class body, the `of` of a for-of head, a `using` declaration). Anywhere
// else they are read like any name, so a task that reads an outer `get` or `of` is caught.
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
  'arguments',
]);

/** Keywords whose parenthesised part is a condition or a loop head, not a parameter list. */
const CONTROL_KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'with']);
/** Words that, at the start of an object or class member, may modify the member name after them. */
const MODIFIERS = new Set(['static', 'get', 'set', 'async', 'accessor']);
/** Words that open a declaration at the start of a for-in/for-of head. */
const DECLARATION_KEYWORDS = new Set(['var', 'let', 'const', 'using']);

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
  match: Int32Array,
  i: number,
  classBodies: ReadonlySet<number>,
  kinds: BraceKind[],
  kindAt: ReadonlyMap<number, BraceKind>,
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
  // `key: {` inside an object literal and `c ? a : {` are values; `label: {`, `case x: {` are blocks.
  if (prev.text === ':')
    return kinds.at(-1) === 'object' || isTernaryColon(tokens, match, i - 1, kindAt) ? 'object' : 'block';
  return 'object';
}

/**
 * Whether the `:` at tokens[colon] separates a conditional's branches, found by walking back over the
 * statement it is in: a `?` not paired with a later `:`, or an enclosing `(`, `[` or `${`, say yes; the start
 * of the statement or of a `case` clause says no. `kindAt` holds the kinds of the braces before the colon,
 * so an object literal in the first branch (`c ? { a } : {`) is walked over and a block's `}` ends the walk.
 */
function isTernaryColon(
  tokens: readonly Token[],
  match: Int32Array,
  colon: number,
  kindAt: ReadonlyMap<number, BraceKind>,
): boolean {
  let colons = 0;
  for (let j = colon - 1; j >= 0; j--) {
    const token = tokens[j]!;
    if (token.kind === 'template-close' || (token.kind === 'punct' && ')]}'.includes(token.text))) {
      const open = match[j]!;
      if (open < 0) return false;
      if (token.text === '}' && kindAt.get(open) !== 'object') return false;
      j = open;
    } else if (token.kind === 'template-open' || (token.kind === 'punct' && '(['.includes(token.text))) {
      return true;
    } else if (isPunct(token, '{') || isPunct(token, ';') || isName(token, 'case')) {
      return false;
    } else if (isPunct(token, ':')) {
      colons++;
    } else if (isPunct(token, '?')) {
      if (colons === 0) return true;
      colons--;
    }
  }
  return false;
}

/** Adds every name inside tokens[from..to) to `into` (parameter lists, binding patterns). */
function addNames(tokens: readonly Token[], from: number, to: number, into: Set<string>) {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === 'name' && !KEYWORDS.has(token.text) && !isPunct(tokens[i - 1], '.'))
      into.add(token.text);
  }
}

/** Keywords that are operators: an expression goes on after them, or across a line break before them. */
const OPERATOR_KEYWORDS = new Set(['in', 'instanceof', 'typeof', 'void', 'delete', 'new', 'await', 'yield']);

/**
 * Whether a keyword at the start of a line begins a new statement: only when the token before it, at the end
 * of the previous line, ends an expression (`const a = b`, then `if (…)`). After an operator the keyword
 * continues the initializer: `const a =`, then `typeof b === 'number' ? b : 0, c = 1` on the next line.
 */
function isKeywordStatementStart(token: Token, before: Token | undefined): boolean {
  if (
    token.kind !== 'name' ||
    !KEYWORDS.has(token.text) ||
    token.text === 'in' ||
    token.text === 'instanceof'
  )
    return false;
  if (before === undefined) return false;
  if (before.kind === 'name') return !OPERATOR_KEYWORDS.has(before.text);
  if (before.kind === 'punct') return [')', ']', '}', '++', '--'].includes(before.text);
  return before.kind !== 'template-open';
}

/**
 * Adds the names bound by `var`/`let`/`const` starting at tokens[i] (the first token after the keyword):
 * every pattern up to its `=`, then the next declarator after a top-level comma.
 */
function addDeclarators(tokens: readonly Token[], match: Int32Array, i: number, into: Set<string>) {
  let inPattern = true;
  // At the start of a declarator, where a name is the one bound (even `of`: `for (const of of list)`).
  let expectBinding = true;
  for (let j = i; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.kind === 'punct' && '([{'.includes(token.text)) {
      if (inPattern) addNames(tokens, j + 1, Math.max(j + 1, match[j]!), into);
      expectBinding = false;
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
      expectBinding = true;
    } else if (inPattern && !expectBinding && (isName(token, 'in') || isName(token, 'of'))) {
      return; // the binding of a for-in/for-of head; in an initializer `in` is an operator, `of` a name
    } else if (inPattern && token.kind === 'name' && !KEYWORDS.has(token.text)) {
      into.add(token.text);
      expectBinding = false;
    } else if (!inPattern && token.newlineBefore && isKeywordStatementStart(token, tokens[j - 1])) {
      return; // a statement after an inserted semicolon
    }
  }
}

/** Whether `async` at tokens[i] is the keyword: before `function` on its line, or before an arrow's parameters. */
function isAsyncKeyword(tokens: readonly Token[], match: Int32Array, i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.newlineBefore) return false;
  if (isName(next, 'function')) return true;
  if (next.kind === 'name') return isPunct(tokens[i + 2], '=>');
  return isPunct(next, '(') && match[i + 1]! > i + 1 && isPunct(tokens[match[i + 1]! + 1], '=>');
}

/**
 * Whether tokens[j] begins a member of the object literal or class body the scan is in (`kind`, the
 * innermost brace): after `{`, a comma or a modifier; in a class also after `;`, a method's `}`, or a line
 * break, which ends a field without a semicolon. Parentheses and brackets do not count as nesting here, so
 * this may also say yes inside a parameter list or a call; the callers only skip names on a yes.
 */
function startsMember(
  tokens: readonly Token[],
  j: number,
  kind: BraceKind | undefined,
  memberHeads: ReadonlySet<number>,
): boolean {
  const before = tokens[j - 1];
  if (before === undefined || isPunct(before, '{') || isPunct(before, ',') || memberHeads.has(j - 1))
    return true;
  return kind === 'class' && (isPunct(before, ';') || isPunct(before, '}') || tokens[j]!.newlineBefore);
}

/**
 * Whether a member modifier (`get`, `async`, …) at the start of a member is followed by something it can
 * modify: a property name (also a string, number, computed `[…]` or private name), `*` for a generator, or a
 * static block's `{`. Otherwise the word is itself the member: `{ get() {} }`, `{ get: 1 }`, `{ get }`.
 */
function modifiesNext(word: string, next: Token | undefined, kind: 'object' | 'class'): boolean {
  if (next === undefined) return false;
  if (kind === 'object' && (word === 'static' || word === 'accessor')) return false;
  // No line break is allowed after these two: `async\n m() {}` is a field `async`, then a method.
  if ((word === 'async' || word === 'accessor') && next.newlineBefore) return false;
  if (next.kind === 'name' || next.kind === 'string' || next.kind === 'number') return true;
  if (next.kind === 'private') return kind === 'class';
  if (isPunct(next, '[')) return true;
  if (isPunct(next, '*')) return word === 'async' || word === 'static';
  return isPunct(next, '{') && word === 'static' && kind === 'class';
}

/**
 * The index of the `of` keyword in the head of the for statement at tokens[i], or -1 (a C-style head, with
 * a top-level `;`, or a for-in head, or no head). The keyword is the first top-level `of` after the head's
 * first binding or target token, so `for (const of of list)` and `for (x of of)` find the right one.
 */
function forOfKeyword(tokens: readonly Token[], match: Int32Array, i: number): number {
  let open = i + 1;
  if (isName(tokens[open], 'await')) open++;
  if (!isPunct(tokens[open], '(') || match[open]! < open) return -1;
  const close = match[open]!;
  let start = open + 1;
  if (isName(tokens[start], 'await') && isName(tokens[start + 1], 'using')) start++;
  if (tokens[start]?.kind === 'name' && DECLARATION_KEYWORDS.has(tokens[start]!.text)) start++;
  let keyword = -1;
  for (let k = start; k < close; k++) {
    const token = tokens[k]!;
    const afterDot = isPunct(tokens[k - 1], '.') || isPunct(tokens[k - 1], '?.');
    if (isPunct(token, ';')) return -1;
    if (keyword < 0 && isName(token, 'in') && !afterDot) return -1;
    if (keyword < 0 && k > start && isName(token, 'of') && !afterDot) keyword = k;
    const opens = token.kind === 'template-open' || (token.kind === 'punct' && '([{'.includes(token.text));
    if (opens && match[k]! > k) k = match[k]!;
  }
  return keyword;
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
  // Indices of member modifiers and of a generator member's `*`: the token after one starts the member still.
  const memberHeads = new Set<number>();
  // Indices of the `of` keyword of for-of heads.
  const forOfs = new Set<number>();
  // The kind of each open brace, innermost last, with the index where it closes.
  const kinds: BraceKind[] = [];
  const closers: number[] = [];
  // The kind of every brace opened so far, by index.
  const kindAt = new Map<number, BraceKind>();

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    while (closers.length > 0 && i > closers.at(-1)!) {
      closers.pop();
      kinds.pop();
    }
    const kind = kinds.at(-1);

    if (token.kind === 'punct' && token.text === '{') {
      const braceIs = braceKind(tokens, match, i, classBodies, kinds, kindAt);
      kinds.push(braceIs);
      kindAt.set(i, braceIs);
      closers.push(match[i]! < 0 ? tokens.length : match[i]!);
      continue;
    }
    // A parenthesised list followed by `{` or `=>` is a parameter list, unless it follows if/for/while/…
    // (or `for await`).
    if (token.kind === 'punct' && token.text === '(' && match[i]! > i) {
      const after = tokens[match[i]! + 1];
      const isControl =
        (prev?.kind === 'name' && CONTROL_KEYWORDS.has(prev.text)) ||
        (isName(prev, 'await') && isName(tokens[i - 2], 'for'));
      const isParams = isPunct(after, '=>') || (isPunct(after, '{') && !isControl);
      if (isParams) addNames(tokens, i + 1, match[i]!, declared);
      continue;
    }
    if (
      isPunct(token, '*') &&
      (kind === 'object' || kind === 'class') &&
      startsMember(tokens, i, kind, memberHeads)
    ) {
      memberHeads.add(i);
      continue;
    }
    if (token.kind !== 'name') continue;

    const name = token.text;
    if (KEYWORDS.has(name)) {
      if (name === 'var' || name === 'let' || name === 'const')
        addDeclarators(tokens, match, i + 1, declared);
      else if (name === 'for') {
        const of = forOfKeyword(tokens, match, i);
        if (of >= 0) forOfs.add(of);
      } else if (name === 'function') {
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
    // Contextual keywords in their keyword positions.
    if (forOfs.has(i)) continue;
    if (name === 'async' && isAsyncKeyword(tokens, match, i)) continue;
    // `using x = …` and `await using x = …`: a declaration, unless `using` is a name (`using in o`).
    if (
      name === 'using' &&
      next?.kind === 'name' &&
      !next.newlineBefore &&
      !['in', 'instanceof', 'of'].includes(next.text)
    ) {
      addDeclarators(tokens, match, i + 1, declared);
      continue;
    }
    const atMemberStart = startsMember(tokens, i, kind, memberHeads);
    if (
      MODIFIERS.has(name) &&
      (kind === 'object' || kind === 'class') &&
      atMemberStart &&
      modifiesNext(name, next, kind)
    ) {
      memberHeads.add(i);
      continue;
    }
    // Object keys (`{ key: v }`), labels (`label: for …`, also on a line of their own or after a control
    // head: `if (x) label: …`) and methods (`{ m() {} }`).
    const startsStatement =
      isPunct(prev, ';') || isPunct(prev, '}') || isPunct(prev, ')') || token.newlineBefore;
    if (isPunct(next, ':') && (atMemberStart || startsStatement)) continue;
    if (kind === 'object' && atMemberStart && isPunct(next, '(')) continue;
    // A member name; any other name in a class body is in an initializer or a computed key, and read.
    if (kind === 'class' && atMemberStart) continue;
    // Catch parameter.
    if (isPunct(prev, '(') && isName(tokens[i - 2], 'catch')) {
      declared.add(name);
      continue;
    }
    used.push(name);
  }
  return [...new Set(used)].filter((name) => !declared.has(name));
}
