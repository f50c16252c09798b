import { expect, test } from 'vitest';
import { budgetVerdict, meetsBudget } from './budget.ts';

const efficiency = { relation: '>=', limit: 0.95 } as const;
const slowdown = { relation: '<=', limit: 1.05 } as const;

test('a floor is met at or above its limit, a ceiling at or below it', () => {
  expect(meetsBudget(0.95, efficiency)).toBe(true);
  expect(meetsBudget(0.9499, efficiency)).toBe(false);
  expect(meetsBudget(1.05, slowdown)).toBe(true);
  expect(meetsBudget(1.0501, slowdown)).toBe(false);
});

test('the verdict shows the value, the budget and met or missed', () => {
  expect(budgetVerdict(0.97, efficiency)).toBe('0.970 >= 0.95 met');
  expect(budgetVerdict(1.19, { relation: '<=', limit: 1.15 })).toBe('1.190 <= 1.15 missed');
  expect(budgetVerdict(1.0512, slowdown, 2)).toBe('1.05 <= 1.05 missed');
});

test('nothing measured is said so, not counted as met or missed', () => {
  expect(meetsBudget(undefined, slowdown)).toBeUndefined();
  expect(meetsBudget(Number.NaN, efficiency)).toBeUndefined();
  expect(budgetVerdict(undefined, slowdown)).toBe('not measured (budget <= 1.05)');
});
