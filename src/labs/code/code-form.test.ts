import { expect, test } from 'vitest';
import { parseParams } from '../../lib/url-state/index.ts';
import { codeParams } from './code-params.ts';
import { formFromUrl } from './code-form.ts';
import { PRESET_IDS, PRESETS } from './code-presets.ts';

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

test('language=python opens the preset in Python, with its own range end where it has one', () => {
  const race = formOf('preset=race&language=python');
  expect(race.language).toBe('python');
  expect(race.fn).toContain('def work(item, shared):');
  expect(race.text.high).toBe('2000000');
  expect(race.text.shared).toBe('1');
  // A preset without a Python range end keeps the JavaScript one; a field in the address still wins.
  expect(formOf('preset=process_url&language=python').text.high).toBe('4');
  expect(formOf('preset=summing&language=python&high=1000').text.high).toBe('1000');
  const io = formOf('preset=io&language=python');
  expect(io.from).toBe('generator');
  expect(io.itemsText).toContain('def items():');
});

test('every preset has a Python program that defines work, and a generator where its items come from one', () => {
  for (const preset of PRESET_IDS) {
    const form = formOf(`preset=${preset}&language=python`);
    expect(form.fn, preset).toMatch(/^(async )?def work\(/m);
    if (PRESETS[preset].from === 'generator') expect(form.itemsText, preset).toMatch(/^def items\(\):/m);
  }
  expect(formOf('preset=summing').language).toBe('js');
});
