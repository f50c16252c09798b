import { afterEach, expect, test } from 'vitest';
import { itemsTextFor } from './code-form.ts';
import { forgetSavedCode, loadSavedCode, saveCode } from './saved-code.ts';

afterEach(() => {
  forgetSavedCode('io', 'js');
  forgetSavedCode('io', 'python');
});

test('each source keeps its own items text: switching sources and editing the code loses neither', () => {
  saveCode('io', 'js', 'function work(x) { return x; }', 'generator', 'function* items() { yield 7; }');
  // The learner switches to a range and edits the code: the generator they wrote is still kept.
  saveCode('io', 'js', 'function work(x) { return x * 2; }', 'range', '');
  const saved = loadSavedCode('io', 'js');
  expect(saved?.fn).toBe('function work(x) { return x * 2; }');
  expect(itemsTextFor('io', 'js', 'generator', saved)).toBe('function* items() { yield 7; }');
  // A source never written for: the preset's own items for its source, else the default.
  forgetSavedCode('io', 'js');
  expect(itemsTextFor('io', 'js', 'generator', undefined)).toContain('waitMs');
  expect(itemsTextFor('io', 'js', 'json', undefined)).toContain('[1, 2, 3');
});

test('Python edits are kept apart from JavaScript ones, and JavaScript keeps its earlier key', () => {
  saveCode('io', 'js', 'function work(x) { return x; }', 'generator', 'function* items() { yield 1; }');
  saveCode('io', 'python', 'def work(x):\n    return x\n', 'generator', 'def items():\n    yield 2\n');
  expect(loadSavedCode('io', 'js')?.fn).toBe('function work(x) { return x; }');
  expect(loadSavedCode('io', 'python')?.items.generator).toBe('def items():\n    yield 2\n');
  expect(localStorage.getItem('concurrency-playground:code:io')).toContain('function work');
  forgetSavedCode('io', 'python');
  expect(loadSavedCode('io', 'python')).toBeUndefined();
  expect(loadSavedCode('io', 'js')).toBeDefined();
  // Nothing kept for Python: the preset's Python generator, not the JavaScript one.
  expect(itemsTextFor('io', 'python', 'generator', undefined)).toContain('def items():');
  expect(itemsTextFor('summing', 'python', 'generator', undefined)).toBe(
    'def items():\n    for i in range(8):\n        yield i\n',
  );
});

test('a kept value of another shape is ignored, not trusted', () => {
  localStorage.setItem('concurrency-playground:code:io', JSON.stringify({ fn: 'x', items: 'old' }));
  expect(loadSavedCode('io', 'js')).toBeUndefined();
  localStorage.setItem('concurrency-playground:code:io', '{not json');
  expect(loadSavedCode('io', 'js')).toBeUndefined();
});
