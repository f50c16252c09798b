// Lesson links load inputs into labs: each must be an input the lab accepts as it is, or the learner would
// see a notice instead of the step. Here in the shell, the one layer that may import every lab's params.
import { expect, test } from 'vitest';
import { parseParams, type ParamSpecs } from '../lib/url-state/index.ts';
import { codeParams } from '../labs/code/code-params.ts';
import { poolParams } from '../labs/pool/pool-params.ts';
import { speedupParams } from '../labs/speedup/speedup-params.ts';
import { sumParams } from '../labs/sum/sum-params.ts';
import { syncParams } from '../labs/sync/sync-params.ts';
import { transferParams } from '../labs/transfer/transfer-params.ts';
import type { LabId } from '../ui/lab-ids.ts';
import { LESSON_IDS, LESSON_NEXT, LESSON_STEPS } from '../ui/lessons/lesson-steps.ts';
import { SHARED_PARAMS } from '../ui/shared-params.ts';
import { readAppSettings } from './app-settings.ts';

const PARAMS: Readonly<Record<Exclude<LabId, 'home'>, ParamSpecs>> = {
  sum: sumParams,
  pool: poolParams,
  speedup: speedupParams,
  sync: syncParams,
  transfer: transferParams,
  code: codeParams,
};

function issuesOf(lab: LabId, inputs: Readonly<Record<string, string>>) {
  if (lab === 'home') return Object.keys(inputs);
  return parseParams(PARAMS[lab], new URLSearchParams(inputs), { shared: SHARED_PARAMS }).issues;
}

test('every step’s inputs, and every try-next link’s, are valid inputs of their lab', () => {
  for (const step of LESSON_STEPS) expect(issuesOf(step.lab, step.inputs), step.id).toEqual([]);
  for (const id of LESSON_IDS) {
    for (const link of LESSON_NEXT[id])
      if ('lab' in link) expect(issuesOf(link.lab, link.inputs), id).toEqual([]);
  }
});

test('the bare URL opens the home page; a lesson is shown only on its own lab, with a notice otherwise', () => {
  expect(readAppSettings(new URLSearchParams(''), ['en']).lab).toBe('home');
  const own = readAppSettings(new URLSearchParams('lab=sum&lesson=gil'), ['en']);
  expect([own.lesson, own.issues]).toEqual(['gil', []]);
  const other = readAppSettings(new URLSearchParams('lab=pool&lesson=gil'), ['en']);
  expect(other.lesson).toBeUndefined();
  expect(other.issues).toEqual([
    { kind: 'conflict', param: 'lesson', received: 'gil', reason: { code: 'other-page', other: 'sum' } },
  ]);
  const unknown = readAppSettings(new URLSearchParams('lab=sum&lesson=nope'), ['en']);
  expect(unknown.lesson).toBeUndefined();
  expect(unknown.issues.map((issue) => issue.kind)).toEqual(['invalid']);
});
