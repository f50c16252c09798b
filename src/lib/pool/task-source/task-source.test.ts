import { afterEach, describe, expect, test, vi } from 'vitest';
import { taskFromSource, taskSource } from './task-source.ts';

// Page-only globals the tasks below read. `root` is an element id: the page gets `window.root` from the
// <div id="root"> each test adds, as the app's index.html has one.
declare const root: HTMLElement;
declare function find(text: string): boolean;

afterEach(() => {
  document.getElementById('root')?.remove();
  vi.restoreAllMocks();
});

function addRootElement() {
  const div = document.createElement('div');
  div.id = 'root';
  document.body.append(div);
  // The premise: the page does have these names, so only the worker's list can refuse them.
  expect('root' in globalThis && 'find' in globalThis && 'HTMLElement' in globalThis).toBe(true);
}

describe('taskSource accepts the names a dedicated worker has, not the page', () => {
  test.each<[string, unknown]>([
    ['document', (_x: number) => document.title],
    ['HTMLElement', (_x: number) => new HTMLElement()],
    ['find', (x: string) => find(x)],
    ['focus', (_x: number) => focus()],
    ['root', (_x: number) => root.textContent],
  ])('refuses the page-only %s', (name, task) => {
    addRootElement();
    expect(() => taskSource(task)).toThrow(TypeError);
    expect(() => taskSource(task)).toThrow(`task reads outer variable(s) ${name};`);
  });

  test.each<[string, unknown]>([
    ['Math', (x: number) => Math.max(x, 1)],
    ['SharedArrayBuffer', (_x: number) => new SharedArrayBuffer(8)],
    ['Atomics', (x: Int32Array) => Atomics.add(x, 0, 1)],
    ['structuredClone', (x: object) => structuredClone(x)],
    ['self', (_x: number) => typeof self.postMessage],
    ['fetch', (x: string) => fetch(x)],
    ['performance', (_x: number) => performance.now()],
    ['requestAnimationFrame (Chromium has it in dedicated workers)', (_x: number) => requestAnimationFrame],
  ])('accepts the worker global %s', (_name, task) => {
    expect(() => taskSource(task)).not.toThrow();
  });

  test('never blames a task for a global this browser lacks: the check does not ask the page', () => {
    // An isolated WebKitGTK page has no SharedArrayBuffer; the task must run and meet the real gap there,
    // not be refused as if it read an outer variable.
    vi.stubGlobal('SharedArrayBuffer', undefined);
    const task = (_x: number) => typeof SharedArrayBuffer;
    expect(() => taskSource(task)).not.toThrow();
    vi.unstubAllGlobals();
  });

  test('refuses worker globals that read as outer variables', () => {
    expect(() => taskSource((x: number) => [name, x])).toThrow('outer variable(s) name;');
    expect(() => taskSource((x: string) => origin + x)).toThrow('outer variable(s) origin;');
  });
});

describe('taskSource checks each function object once', () => {
  test('a second call does not read the source again', () => {
    const task = (x: number) => x + 1;
    const first = taskSource(task);
    // From here on the text of `task` would read an outer variable, if anyone asked for it.
    const toString = vi
      .spyOn(Function.prototype, 'toString')
      .mockImplementation(() => '(x) => x + outerVariable');
    expect(taskSource(task)).toBe(first);
    expect(toString).not.toHaveBeenCalled();
    // A function not seen before is read and checked.
    expect(() => taskSource((x: number) => x + 2)).toThrow('outer variable(s) outerVariable;');
  });

  test('a refused function throws a new TypeError each time, worded for each option', () => {
    const limit = 3;
    const task = (x: number) => x < limit;
    const thrown = (option?: string) => {
      try {
        taskSource(task, option);
      } catch (error) {
        return error;
      }
      throw new Error('expected taskSource to throw');
    };
    const first = thrown();
    const second = thrown();
    expect(first).toBeInstanceOf(TypeError);
    expect(second).not.toBe(first);
    expect(second).toEqual(first);
    expect(thrown('workFunc')).toEqual(
      new TypeError(
        'workFunc reads outer variable(s) limit; task functions must be self-contained: pass data through the argument',
      ),
    );
  });
});

describe('taskFromSource', () => {
  test('stands for its expression, unchecked and uncompiled on the page', () => {
    // `helper` is an outer name a function task could not read; in source text it is the worker's business.
    const source = '(function () { function helper(x) { return x * 2; } return helper; })()';
    const task = taskFromSource(source);
    expect(taskSource(task)).toBe(source);
    expect(() => task(1)).toThrow('runs only in a pool worker');
  });

  test('refuses an empty or non-text source', () => {
    expect(() => taskFromSource('  ')).toThrow(TypeError);
    expect(() => taskFromSource(42 as unknown as string)).toThrow(TypeError);
  });
});
