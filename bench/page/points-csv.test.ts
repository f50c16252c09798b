import { expect, test } from 'vitest';
import { pointsToCsv } from './points-csv.ts';

test('one header and one row per point, with arrays joined and awkward text quoted', () => {
  const csv = pointsToCsv([
    { workers: 1, ms: [10, 11], note: 'a, "b"' },
    { workers: 2, ms: [6], extra: true },
  ]);
  expect(csv.split('\n')).toEqual(['workers,ms,note,extra', '1,10;11,"a, ""b""",', '2,6,,true', '']);
});
