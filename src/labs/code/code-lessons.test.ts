import { expect, test } from 'vitest';
import { addsAtomically, CODE_LESSONS, raceOutcome, type RaceRun } from './code-lessons.ts';
import { PRESETS } from './code-presets.ts';

const lesson = CODE_LESSONS['your-race']!;
const run = (over: Partial<RaceRun>): RaceRun => ({
  items: 8,
  workers: 2,
  increments: 4_000_000,
  final: 2_500_000,
  failed: 0,
  atomic: false,
  ...over,
});

test('lost updates are counted from what work returned and what shared[0] holds', () => {
  const sentences = lesson.explain(run({}), 'fewer', 'en');
  expect(sentences[0]).toBe('You expected some increments to be lost.');
  expect(sentences[1]).toBe('That is what happened: increments were lost.');
  expect(sentences[2]).toBe(
    'The 8 items’ work returned 4,000,000 increments in all; shared[0] ended at 2,500,000.',
  );
  expect(sentences[3]).toContain('1,500,000 updates were lost (37.5%)');
  expect(lesson.explain(run({}), 'exact', 'zh')[3]).toContain('丢失了 1,500,000 次更新（37.5%）');
});

test('the fixed code counts every increment, and says why; a plain run that lost none says races are rare', () => {
  const fixed = lesson.explain(run({ final: 4_000_000, atomic: true }), 'fewer', 'en');
  expect(fixed[1]).toBe('Not quite: every increment landed.');
  expect(fixed[3]).toContain('Atomics.add');
  expect(lesson.explain(run({ final: 4_000_000 }), undefined, 'en')[3]).toContain(
    'No update was lost this time',
  );
});

test('no shared memory, failed items and a count above the increments are each read as what they are', () => {
  expect(lesson.explain(run({ final: undefined }), 'fewer', 'en')).toEqual([
    expect.stringContaining('no shared memory'),
  ]);
  expect(lesson.explain(run({ failed: 2 }), 'fewer', 'en')[2]).toContain(
    '2 items did not end with a value, so their increments are not in the sum.',
  );
  expect(raceOutcome(run({ final: 4_000_001 }))).toBe('more');
  expect(lesson.explain(run({ final: 4_000_001 }), 'more', 'en')[3]).toContain(
    'writes to shared[0] in another way',
  );
});

test('the step says how many increments the racy preset makes in the lab’s language', () => {
  expect(lesson.describeRuns('en', 'js')).toContain('40,000,000 increments');
  expect(lesson.describeRuns('en', 'python')).toContain('2,000,000 increments');
  expect(lesson.describeRuns('zh', 'python')).toContain('2,000,000 次');
});

test('Atomics.add counts only outside comments, in either language: the racy presets name it in one', () => {
  for (const language of ['js', 'python'] as const) {
    const race = language === 'python' ? PRESETS.race.python.fn : PRESETS.race.fn;
    const fixed = language === 'python' ? PRESETS['race-fixed'].python.fn : PRESETS['race-fixed'].fn;
    expect(race, language).toContain('Atomics.add');
    expect(addsAtomically(race, language), language).toBe(false);
    expect(addsAtomically(fixed, language), language).toBe(true);
  }
});
