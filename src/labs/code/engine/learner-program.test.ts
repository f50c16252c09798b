import { describe, expect, test } from 'vitest';
import { taskExpression, withLineFeeds } from './code-files.ts';
import { checkProgram } from './learner-program.ts';
import { framePosition, learnerPosition } from './error-position.ts';

describe('checkProgram parses without evaluating', () => {
  test('accepts a program that declares work, in any declaration form', () => {
    expect(checkProgram('function work(x) { return x; }', 'work')).toEqual({ ok: true });
    expect(checkProgram('const work = async (x) => x;', 'work')).toEqual({ ok: true });
    expect(checkProgram('function* items() { yield 1; }', 'items')).toEqual({ ok: true });
    expect(checkProgram('const { work } = { work: (x) => x };', 'work')).toEqual({ ok: true });
    expect(checkProgram('const [, work = (x) => x] = [];', 'work')).toEqual({ ok: true });
  });

  test('a syntax error names its line and column (from 1)', () => {
    const check = checkProgram('function work(x) {\n  return x +;\n}', 'work');
    expect(check).toMatchObject({ ok: false, kind: 'syntax', at: { line: 2, column: 13 } });
    expect(check.ok || check.message).toBe('Unexpected token');
  });

  test('columns on line 1 are the learner’s, not shifted by the strict directive', () => {
    expect(checkProgram('let = ;', 'work')).toMatchObject({ at: { line: 1 } });
    const check = checkProgram('work(;', 'work');
    expect(check).toMatchObject({ ok: false, at: { line: 1, column: 6 } });
  });

  test('strict mode, as the worker compiles it', () => {
    expect(checkProgram('function work(x) { with (x) { return y; } }', 'work')).toMatchObject({
      ok: false,
      kind: 'syntax',
    });
  });

  test('a program without the function says which name is missing', () => {
    expect(checkProgram('function job(x) { return x; }', 'work')).toEqual({
      ok: false,
      kind: 'missing',
      message: 'work',
    });
    // Declared inside a block is not at the top level.
    expect(checkProgram('{ function work() {} }', 'work')).toMatchObject({ ok: false, kind: 'missing' });
  });
});

describe('taskExpression', () => {
  test('keeps the learner’s lines whole, each on a line of its own', () => {
    const source = 'function work(x) {\n  return x;\n}';
    const lines = taskExpression(source, 'item').split('\n');
    expect(lines.slice(1, 4)).toEqual(source.split('\n'));
    expect(lines).toContain('const __playgroundTask = work;');
  });

  test('the shared shape unpacks the page’s { item, shared }', () => {
    expect(taskExpression('function work(x, s) {}', 'shared')).toContain('work(arg.item, arg.shared)');
  });
});

describe('stack positions back to the learner’s lines', () => {
  const chromium =
    "TypeError: Cannot read properties of undefined (reading 'z')\n    at work (your-code.js:6:14)\n    at run (http://localhost/assets/pool.worker-abc.js:1:200)";
  const firefox = 'work@your-code.js:6:3\nrun@http://localhost/assets/pool.worker-abc.js:1:200\n';

  test.each([
    ['Chromium', chromium, 14],
    ['Firefox', firefox, 3],
  ])('%s: the first frame in the code, less the calibrated offset', (_engine, stack, column) => {
    expect(framePosition(stack, 'your-code.js')).toEqual({ line: 6, column });
    // Calibration put the learner's line 1 at stack line 5.
    expect(learnerPosition(stack, 'your-code.js', 5, 3)).toEqual({ line: 2, column });
  });

  test('a frame in the wrapper (past the learner’s lines) or none at all maps to nothing', () => {
    expect(learnerPosition(chromium, 'your-code.js', 5, 1)).toBeUndefined();
    expect(
      learnerPosition('Error: x\n    at http://localhost/a.js:1:2', 'your-code.js', 5, 9),
    ).toBeUndefined();
    expect(learnerPosition(undefined, 'your-code.js', 5, 9)).toBeUndefined();
  });
});

test('every line break JavaScript counts becomes a line feed, so the editor and the engines agree on lines', () => {
  const text = 'function work(x) {\u2028  return x.a.b;\r\n}\r// end\u2029';
  expect(withLineFeeds(text)).toBe('function work(x) {\n  return x.a.b;\n}\n// end\n');
  const check = checkProgram(withLineFeeds('// note\u2028function work(x) {\n  return x +;\n}'), 'work');
  expect(check).toMatchObject({ ok: false, at: { line: 3 } });
});
