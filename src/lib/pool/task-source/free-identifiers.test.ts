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
    ['a generator method, not a product', '(x) => ({ *gen() { yield x }, k: x * f(2) })', ['f']],
    ['for await', 'async (xs) => { for await (const x of xs) { use(x) } }', ['use']],
    [
      'labels on a line of their own and after a control head',
      '(x) => { let a = 1\n outer: for (;;) { if (x) inner: for (;;) { continue outer } } }',
      [],
    ],
    [
      'a conditional whose branch is an object with methods',
      '(x) => x ? { a: 1 } : { get b() { return 2 }, m() {} }',
      [],
    ],
    [
      'a block after a case label',
      '(x) => { switch (x) { case 1: { y(); break } default: { z } } }',
      ['y', 'z'],
    ],
    [
      'a declaration whose initializer goes on after a line break',
      '(o) => { const a =\n  typeof o === "number" ? o : 0,\n b = o ||\n false; return a + b }',
      [],
    ],
  ];
  test.each(cases)('%s', (_name, source, expected) => {
    expect(findFreeIdentifiers(source)).toEqual(expected);
  });
});

describe('findFreeIdentifiers: contextual keywords are names outside their keyword positions', () => {
  const reads: [string, string, string[]][] = [
    ['a call of get', '(x) => get(x)', ['get']],
    ['of in an expression', '(x) => of + x', ['of']],
    ['a method call on set', '(x) => set.has(x)', ['set']],
    ['a call of async', '(x) => async(x)', ['async']],
    ['static and accessor as values', '(x) => static + accessor * x', ['static', 'accessor']],
    ['using as a value', '(x) => using(x) + (using in x)', ['using']],
    ['shorthand get, set, async, of', '(x) => ({ get, set, async, of, x })', ['get', 'set', 'async', 'of']],
    ['a computed key', '(x) => ({ [get]: x, [of]() { return x } })', ['get', 'of']],
    ['get as a method argument', '(x) => ({ m: f(x, get) })', ['f', 'get']],
    [
      'async on its own line is read, then a function declared',
      '(x) => { async\n function f() {} return f }',
      ['async'],
    ],
    ['of as the iterable of a for-of', '(x) => { for (const v of of) x(v) }', ['of']],
    ['of as the object of a for-in', '(x) => { for (const k in of) x(k) }', ['of']],
    ['of assigned in a for-of head', '(xs) => { for (of of xs) {} }', ['of']],
    ['of in a C-style for head', '(x) => { for (let i = of; i < x; i++) {} }', ['of']],
    ['of in an initializer', '(x) => { const a = of, b = 1; return a + b + x }', ['of']],
    ['a class field initialised from get', '(x) => class { f = get.x; static g = of }', ['get', 'of']],
  ];
  test.each(reads)('reads: %s', (_name, source, expected) => {
    expect(findFreeIdentifiers(source)).toEqual(expected);
  });

  const keywords: [string, string, string[]][] = [
    ['async function', '(x) => { const f = async function () { return x }; return f }', []],
    ['async arrows', '(xs) => [async x => x, async (a, b) => a + b, async () => 1, async ({ c }) => c]', []],
    ['async as a parameter name', '(xs) => xs.map(async => async + 1)', []],
    [
      'object accessors and methods',
      '(x) => ({ get a() { return x }, set a(v) {}, async m() {}, async *g() {}, get [k]() {}, get 1() {}, get "s"() {} })',
      ['k'],
    ],
    [
      'methods and keys named after modifiers',
      '(x) => ({ get() {}, set: 1, async() {}, of: 2, static() {}, accessor: 3 })',
      [],
    ],
    [
      'class modifiers, static blocks, auto-accessors',
      '(x) => class { static m() {} static { init(x) } static async *g() {} static get s() {} accessor a = 1; static accessor #b; get #c() {} set d(v) {} async e() {} }',
      ['init'],
    ],
    [
      'class members named after modifiers',
      '(x) => class { get() {} set = 1; static; async\n m() {} static() {} accessor\n n = 2 }',
      [],
    ],
    [
      'a class member after a field on its own line',
      '(x) => class { f = 1\n static m() {}\n get g() {} }',
      [],
    ],
    [
      'for-of heads',
      '(xs) => { for (const x of xs) {} for (let [a, b] of xs) {} for (c.d of xs) {} }',
      ['c'],
    ],
    ['a binding named of', '(xs) => { for (const of of xs) { of() } }', []],
    [
      'using declarations',
      'async (r) => { using a = r(); await using b = r(); for (using c of r) {} return a + b + c }',
      [],
    ],
  ];
  test.each(keywords)('keywords: %s', (_name, source, expected) => {
    expect(findFreeIdentifiers(source)).toEqual(expected);
  });

  const bound: [string, string][] = [
    ['declared with const', '(x) => { const get = (k) => k; return get(x) }'],
    ['declared with let and var', '(x) => { let set = [x]; var of = 1; return set.at(of) }'],
    ['parameters', '(get, { set, of }, [async]) => get(set, of, async)'],
    ['a destructured declaration', '(o) => { const { get, static: s, of = 1 } = o; return get(s + of) }'],
    [
      'a function declaration',
      '(x) => { function get() { return x } async function of() {} return get() + of() }',
    ],
    ['a catch parameter', '(x) => { try { x() } catch (get) { return get } }'],
    ['property access', '(m) => m.get(1) + m.set + m?.of + m.async + m.static + m.accessor'],
  ];
  test.each(bound)('never reports a bound name: %s', (_name, source) => {
    expect(findFreeIdentifiers(source)).toEqual([]);
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
