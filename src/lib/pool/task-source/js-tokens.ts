// A small JavaScript tokenizer for the closure check: enough to tell names from strings, template text,
// comments, regular expressions and numbers in the source text of a task function. It does not parse.
// Runs on the page (task-source.ts); pure, no DOM.

export type TokenKind =
  | 'name' // identifiers and keywords
  | 'private' // #field
  | 'punct'
  | 'number'
  | 'string'
  | 'regex'
  | 'template' // a whole template without substitutions, or the text part before `${`, between, or after
  | 'template-open' // text up to and including `${`: opens a substitution
  | 'template-close'; // `}` of a substitution plus the text after it, up to the next `${` or the closing backtick

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** A line break separates this token from the previous one (matters where JavaScript inserts semicolons). */
  readonly newlineBefore: boolean;
}

const PUNCTUATORS = [
  '>>>=',
  '...',
  '===',
  '!==',
  '**=',
  '<<=',
  '>>=',
  '>>>',
  '&&=',
  '||=',
  '??=',
  '=>',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '??',
  '?.',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '**',
  '<<',
  '>>',
];

/** After these keywords a `/` starts a regular expression, not a division. */
const REGEX_AFTER_KEYWORDS = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

const CONTROL_KEYWORDS = new Set(['if', 'while', 'for', 'with']);

const isIdentifierStart = (c: string) => /[\p{ID_Start}$_]/u.test(c);
const isIdentifierPart = (c: string) => /[\p{ID_Continue}$\u200c\u200d]/u.test(c);

/** Splits source text into tokens, dropping whitespace and comments. Unterminated constructs end at the end of text. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  // One entry per open `{` or substitution: true for a template substitution, whose `}` resumes template text.
  const braces: boolean[] = [];
  // One entry per open `(`: whether it follows if/while/for/with, after whose `)` a `/` starts a regex.
  const parens: boolean[] = [];
  let closedControlParen = false;
  let i = 0;
  let newline = false;

  const push = (kind: TokenKind, text: string) => {
    tokens.push({ kind, text, newlineBefore: newline });
    newline = false;
  };

  /** Reads template text from i (just after a backtick or a substitution's `}`) to the next `${` or backtick. */
  const templateText = (start: number, resumed: boolean) => {
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        i++;
        push(resumed ? 'template-close' : 'template', source.slice(start, i));
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        // A substitution both closes the previous part (when resumed) and opens the next.
        if (resumed) push('template-close', source.slice(start, i - 2));
        push('template-open', resumed ? '${' : source.slice(start, i));
        braces.push(true);
        return;
      } else {
        i++;
      }
    }
    push(resumed ? 'template-close' : 'template', source.slice(start));
  };

  const regexAllowed = () => {
    const prev = tokens.at(-1);
    if (!prev) return true;
    if (prev.kind === 'name') return REGEX_AFTER_KEYWORDS.has(prev.text);
    if (prev.kind === 'punct' && prev.text === ')') return closedControlParen;
    if (prev.kind === 'punct') return prev.text !== ']' && prev.text !== '}';
    return prev.kind === 'template-open';
  };

  while (i < source.length) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
      newline = true;
      i++;
    } else if (/\s/u.test(c)) {
      i++;
    } else if (c === '/' && next === '/') {
      while (i < source.length && !/[\n\r\u2028\u2029]/u.test(source[i]!)) i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      if (/[\n\r\u2028\u2029]/u.test(source.slice(i, stop))) newline = true;
      i = stop;
    } else if (c === '"' || c === "'") {
      const start = i++;
      while (i < source.length && source[i] !== c && !/[\n\r]/u.test(source[i]!))
        i += source[i] === '\\' ? 2 : 1;
      i++;
      push('string', source.slice(start, i));
    } else if (c === '`') {
      const start = i++;
      templateText(start, false);
    } else if (c === '}' && braces.at(-1) === true) {
      braces.pop();
      const start = i++;
      templateText(start, true);
    } else if (c === '/' && regexAllowed()) {
      const start = i++;
      let inClass = false;
      while (i < source.length) {
        const r = source[i]!;
        if (r === '\\') i += 2;
        else if (r === '[' || r === ']') {
          inClass = r === '[';
          i++;
        } else if (r === '/' && !inClass) break;
        else if (/[\n\r]/u.test(r)) break;
        else i++;
      }
      i++;
      while (i < source.length && isIdentifierPart(source[i]!)) i++;
      push('regex', source.slice(start, i));
    } else if (/[0-9]/.test(c) || (c === '.' && next !== undefined && /[0-9]/.test(next))) {
      const start = i++;
      while (i < source.length) {
        const d = source[i]!;
        if (/[\w.$]/u.test(d)) i++;
        else if (
          (d === '+' || d === '-') &&
          /[eE]/.test(source[i - 1]!) &&
          !/^0[xX]/.test(source.slice(start))
        )
          i++;
        else break;
      }
      push('number', source.slice(start, i));
    } else if (c === '#' && next !== undefined && isIdentifierStart(next)) {
      const start = i++;
      while (i < source.length && isIdentifierPart(source[i]!)) i++;
      push('private', source.slice(start, i));
    } else if (isIdentifierStart(c) || c === '\\') {
      const start = i;
      i += c === '\\' ? 6 : 1;
      while (i < source.length && (isIdentifierPart(source[i]!) || source[i] === '\\'))
        i += source[i] === '\\' ? 6 : 1;
      push('name', source.slice(start, i));
    } else {
      // `?.` followed by a digit is a conditional and a number (`a?.5:1`), not optional chaining.
      const op = PUNCTUATORS.find(
        (p) => source.startsWith(p, i) && !(p === '?.' && /[0-9]/.test(source[i + 2] ?? '')),
      );
      const text = op ?? c;
      if (text === '{') braces.push(false);
      else if (text === '}') braces.pop();
      else if (text === '(') parens.push(CONTROL_KEYWORDS.has(tokens.at(-1)?.text ?? ''));
      else if (text === ')') closedControlParen = parens.pop() ?? false;
      i += text.length;
      push('punct', text);
    }
  }
  return tokens;
}
