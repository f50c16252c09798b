import { describe, expect, test } from 'vitest';
import { jsonErrorOffset } from './json-error-offset.ts';

describe('jsonErrorOffset', () => {
  test.each(['[]', '[1, -2.5e3, "a\\u00e9\\n", true, false, null, {"k": [{}]}]', ' {"a":1} '])(
    'valid: %s',
    (text) => {
      expect(() => JSON.parse(text) as unknown).not.toThrow();
      expect(jsonErrorOffset(text)).toBe(-1);
    },
  );

  test.each<[string, number]>([
    ['[1,\n 2,,\n 3]', 7],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ["['a']", 1],
    ['[01]', 2],
    ['[1,]', 3],
    ['[1] x', 4],
    ['[tru]', 1],
    ['["a\\x"]', 4],
    ['[', 1],
  ])('invalid %s at offset %i, where JSON.parse also fails', (text, offset) => {
    expect(() => JSON.parse(text) as unknown).toThrow(SyntaxError);
    expect(jsonErrorOffset(text)).toBe(offset);
  });
});
