import { expect, test } from 'vitest';
import { parseParams } from '../../lib/url-state/index.ts';
import { codeParams } from './code-params.ts';
import { formFromUrl } from './code-form.ts';

function formOf(query: string) {
  const search = new URLSearchParams(query);
  const { values } = parseParams(codeParams, search);
  return formFromUrl(values, search, { fn: undefined, items: undefined }, undefined);
}

test('a preset field in the address wins over the preset, even at the lab’s default', () => {
  const form = formOf('preset=race&shared=0&timeout=400&from=json');
  expect(form.text.shared).toBe('0');
  expect(form.text.timeout).toBe('400');
  expect(form.from).toBe('json');
  expect(form.itemsText).toContain('[1, 2, 3');
});

test('a preset field the address leaves out takes the preset’s value', () => {
  const form = formOf('preset=race');
  expect(form.text.shared).toBe('1');
  expect(form.text.high).toBe('40000000');
  expect(form.from).toBe('range');
});
