import { expect, test } from 'vitest';
import { sweepOf as sweep } from '../../test-support/sweep-points.ts';
import { SPEEDUP_LESSONS } from './speedup-lessons.ts';

test('the speedup step answers the prediction from the curve past the cores', () => {
  const amdahl = SPEEDUP_LESSONS.amdahl!;
  const flat = amdahl.explain(sweep([1, 1.93, 1.9, 1.91], 0.037), 'flat', 2, 'en');
  expect(flat[0]).toBe('You expected the speedup to level off past the cores.');
  expect(flat).toContain('That is what happened: the speedup levelled off past the cores.');
  expect(amdahl.explain(sweep([1, 1.93, 2.8, 3.7], 0.01), 'flat', 2, 'en')).toContain(
    'Not quite: the speedup kept climbing past the cores.',
  );
  // A sweep that stops at the cores cannot answer the question: it says how to make it.
  expect(amdahl.explain(sweep([1, 1.93], 0.02), 'flat', 2, 'en')[0]).toContain('above 2 to see what happens');
});
