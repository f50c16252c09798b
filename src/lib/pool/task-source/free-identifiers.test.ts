import { describe, expect, test } from 'vitest';
import { findFreeIdentifiers } from './free-identifiers.ts';
import { tokenize } from './js-tokens.ts';
import { taskSource } from './task-source.ts';

describe('tokenize', () => {
  test('strings, templates, comments and regular expressions are not names', () => {
    const names = (source: string) =>
      tokenize(source)
        .filter((t) => t.kind === 'name')
        .map((t) => t.text);
    expect(names(`'a b' + "c" // d e\n/* f */ g`)).toEqual(['g']);
    expect(names('`x ${y + `z ${w}`} v`')).toEqual(['y', 'w']);
    expect(names('a / b / c')).toEqual(['a', 'b', 'c']);
    expect(names('return /x[/]y/g.test(s)')).toEqual(['return', 'test', 's']);
    expect(names('if (ok) /re/.test(s)')).toEqual(['if', 'ok', 'test', 's']);
    expect(names('x = 1e-5 + 0x1F + 1_000n + .5')).toEqual(['x']);
  });

  test('a substitution closes at its own brace, not at an object literal inside it', () => {
    const kinds = tokenize('`a${ {k: 1}.k }b`').map((t) => t.kind);
    expect(kinds[0]).toBe('template-open');
    expect(kinds.at(-1)).toBe('template-close');
  });
});

describe('findFreeIdentifiers', () => {
  const cases: [string, string, string[]][] = [
    ['a self-contained arrow', '(x) => x * 2', []],
    ['an outer variable', '(x) => x * factor', ['factor']],
    ['globals are reported too (the caller filters them)', '(x) => Math.max(x, y)', ['Math', 'y']],
    ['property access', '(o) => o.factor + o?.offset + o.a.b', []],
    ['object keys and shorthand', '(x) => ({ key: x, other: 1, x, [dyn]: 2 })', ['dyn']],
    ['shorthand of an outer variable', '(x) => ({ x, limit })', ['limit']],
    ['a ternary is not a key', '(x) => ({ k: x ? yes : no })', ['yes', 'no']],
    [
      'methods, getters and async methods',
      '(x) => ({ m(a) { return a }, get g() { return 1 }, async n(b) { return b } })',
      [],
    ],
    [
      'declarations anywhere in the body',
      '(x) => { let a = 1, b = a; const [c, { d, e: f }] = x; var g; return a + b + c + d + f + g }',
      [],
    ],
    [
      'default values count as declared, not read',
      '({ a = 1, b: { c } = {} }, ...rest) => a + c + rest.length',
      [],
    ],
    [
      'nested functions, params and names',
      'function outer(x) { function inner(y) { return y + x } const h = (z) => inner(z); return h(1) }',
      [],
    ],
    ['single-parameter arrows', '(xs) => xs.map(x => x + 1).filter(async y => y)', []],
    [
      'catch parameter and labels',
      '(x) => { outer: for (const i of x) { try { continue outer } catch (err) { return err } } }',
      [],
    ],
    ['for-in and for-of heads', '(o) => { for (const k in o) {} for (let [i, v] of o) {} return k }', []],
    [
      'classes: name, members, fields',
      '(x) => { class A extends Base { static s = 1; #p = 2; m(a) { return this.#p + a } get g() { return 1 } } return new A() }',
      ['Base'],
    ],
    ['template substitutions', '(x) => `${x} and ${other} and ${`${deeper}`}`', ['other', 'deeper']],
    ['strings and comments', '(x) => { /* hidden */ const s = "hidden"; // hidden\n return s + x }', []],
    ['a name read before a typeof', '(x) => typeof maybe === "undefined" ? x : maybe', ['maybe']],
    ['arguments and this', 'function (x) { return arguments.length + this }', []],
    ['a method as its source shows it, wrapped', '({ double(x) { return x * k } })', ['k']],
    ['a switch', '(x) => { switch (x) { case LIMIT: return 1; default: return 2 } }', ['LIMIT']],
  ];
  test.each(cases)('%s', (_name, source, expected) => {
    expect(findFreeIdentifiers(source)).toEqual(expected);
  });

  test('sees through the source of real functions', () => {
    const factor = 3;
    expect(findFreeIdentifiers(String((x: number) => x * factor))).toEqual(['factor']);
    expect(findFreeIdentifiers(String((x: { a: number }) => ({ ...x, b: x.a })))).toEqual([]);
  });
});

describe('taskSource', () => {
  test('passes self-contained tasks and worker globals', () => {
    expect(taskSource((x: number) => Math.sqrt(x) + Number.EPSILON)).toContain('Math.sqrt');
    expect(() => taskSource(async (url: string) => (await fetch(url)).status)).not.toThrow();
    expect(() =>
      taskSource(() => self.postMessage === undefined || crypto.getRandomValues(new Uint8Array(1))),
    ).not.toThrow();
    expect(() =>
      taskSource(() => {
        close();
      }),
    ).not.toThrow();
  });

  test('names every outer variable, in the one wording', () => {
    const offset = 1;
    const scale = 2;
    expect(() => taskSource((x: number) => x * scale + offset)).toThrow(
      new TypeError(
        'task reads outer variable(s) scale, offset; task functions must be self-contained: pass data through the argument',
      ),
    );
  });

  test('a name that is also a worker global still counts as outer: name, document, window', () => {
    const name = 'label';
    expect(() => taskSource((x: number) => `${name} ${x}`)).toThrow(/outer variable\(s\) name;/);
    expect(() => taskSource(() => document.title)).toThrow(/document/);
    expect(() => taskSource(() => window.innerWidth)).toThrow(/window/);
  });

  test('wraps a method so it compiles as an expression', () => {
    const holder = {
      triple(this: void, x: number) {
        return x * 3;
      },
    };
    expect(taskSource(holder.triple)).toMatch(/^Object\.values\(\{ triple\(x\)/);
  });

  test('refuses non-functions, classes, bound and built-in functions, naming the option', () => {
    expect(() => taskSource(42, 'workFunc')).toThrow(
      new TypeError('workFunc: expected a function, got number'),
    );
    expect(() => taskSource(class A {})).toThrow(/got a class/);
    expect(() => taskSource(Math.max)).toThrow(/built-in/);
    expect(() => taskSource(((x: number) => x).bind(null))).toThrow(/bound/);
  });
});
