import { afterEach, expect, test } from 'vitest';
import { itemsTextFor } from './code-form.ts';
import { forgetSavedCode, loadSavedCode, saveCode } from './saved-code.ts';

afterEach(() => forgetSavedCode('io'));

test('each source keeps its own items text: switching sources and editing the code loses neither', () => {
  saveCode('io', 'function work(x) { return x; }', 'generator', 'function* items() { yield 7; }');
  // The learner switches to a range and edits the code: the generator they wrote is still kept.
  saveCode('io', 'function work(x) { return x * 2; }', 'range', '');
  const saved = loadSavedCode('io');
  expect(saved?.fn).toBe('function work(x) { return x * 2; }');
  expect(itemsTextFor('io', 'generator', saved)).toBe('function* items() { yield 7; }');
  // A source never written for: the preset's own items for its source, else the default.
  forgetSavedCode('io');
  expect(itemsTextFor('io', 'generator', undefined)).toContain('waitMs');
  expect(itemsTextFor('io', 'json', undefined)).toContain('[1, 2, 3');
});

test('a kept value of another shape is ignored, not trusted', () => {
  localStorage.setItem('concurrency-playground:code:io', JSON.stringify({ fn: 'x', items: 'old' }));
  expect(loadSavedCode('io')).toBeUndefined();
  localStorage.setItem('concurrency-playground:code:io', '{not json');
  expect(loadSavedCode('io')).toBeUndefined();
});
