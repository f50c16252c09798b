import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missedBudgets } from './budget-check.mjs';

void test('verdict strings and the within-budgets flag are both read', () => {
  assert.deepEqual(
    missedBudgets({
      'budget.spread': '1.190 <= 1.15 missed',
      'budget.efficiencyAtCores': '0.970 >= 0.95 met',
      'within budgets': false,
      other: 'missed',
    }),
    ['budget.spread', 'within budgets'],
  );
});

void test('all met: nothing missed', () => {
  assert.deepEqual(missedBudgets({ 'budget.a': '1.000 <= 2 met', 'within budgets': true }), []);
});

void test('a budget not measured is not a miss', () => {
  assert.deepEqual(missedBudgets({ 'budget.a': 'not measured (budget <= 1.05)' }), []);
});

void test('no budget in the summary, or no summary', () => {
  assert.equal(missedBudgets({ 'items per second': 5 }), null);
  assert.equal(missedBudgets(undefined), null);
});
