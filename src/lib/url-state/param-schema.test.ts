import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { enumParam, flagParam, intParam, optionalNumberParam } from './param-rules.ts';
import { checkField, parseParams, serializeParams, type CrossCheck } from './param-schema.ts';

const specs = {
  low: intParam(-100, 100, 0),
  high: intParam(-100, 100, 10),
  transport: enumParam(['message', 'shared'] as const, 'message'),
  main: flagParam(false),
  gil: optionalNumberParam(0.1, 1000),
};

const lowBelowHigh: CrossCheck<typeof specs> = (v) =>
  v.low > v.high
    ? [
        {
          kind: 'conflict',
          param: 'low',
          received: String(v.low),
          reason: { code: 'not-above', other: 'high' },
        },
      ]
    : [];

describe('parseParams', () => {
  test('reads valid values and keeps defaults for absent ones', () => {
    const { values, issues } = parseParams(
      specs,
      new URLSearchParams('low=-5&transport=shared&main=1&gil=5'),
    );
    expect(values).toEqual({ low: -5, high: 10, transport: 'shared', main: true, gil: 5 });
    expect(issues).toEqual([]);
  });

  test('an invalid value names the parameter and its rule, and falls back to the default', () => {
    const { values, issues } = parseParams(specs, new URLSearchParams('low=1.5&high=999&transport=pipe'));
    expect(values.low).toBe(0);
    expect(values.high).toBe(10);
    expect(values.transport).toBe('message');
    expect(issues).toEqual([
      { kind: 'invalid', param: 'low', received: '1.5', rule: { kind: 'int', min: -100, max: 100 } },
      { kind: 'invalid', param: 'high', received: '999', rule: { kind: 'int', min: -100, max: 100 } },
      {
        kind: 'invalid',
        param: 'transport',
        received: 'pipe',
        rule: { kind: 'enum', values: ['message', 'shared'] },
      },
    ]);
  });

  test('unknown parameters are reported once, shared ones are not', () => {
    const { issues } = parseParams(specs, new URLSearchParams('lab=sum&lang=zh&foo=1&foo=2'), {
      shared: ['lab', 'lang'],
    });
    expect(issues).toEqual([{ kind: 'unknown', param: 'foo', received: '1' }]);
  });

  test('a cross-field conflict resets the named parameter', () => {
    const { values, issues } = parseParams(specs, new URLSearchParams('low=50&high=20'), {
      crossCheck: lowBelowHigh,
    });
    expect(values.low).toBe(0);
    expect(values.high).toBe(20);
    expect(issues[0]).toMatchObject({ kind: 'conflict', param: 'low' });
  });

  test('fuzzed query strings never throw and always yield values inside their rules', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string(), (query, junk) => {
        const { values } = parseParams(
          specs,
          new URLSearchParams(`${query}&low=${encodeURIComponent(junk)}`),
        );
        expect(Number.isInteger(values.low) && values.low >= -100 && values.low <= 100).toBe(true);
        expect(['message', 'shared']).toContain(values.transport);
      }),
      { numRuns: 300 },
    );
  });

  test('echoed text is cut so a huge URL does not make a huge message', () => {
    const { issues } = parseParams(specs, new URLSearchParams(`low=${'9'.repeat(5000)}`));
    expect(issues[0]?.received.length).toBeLessThanOrEqual(41);
  });
});

describe('serializeParams', () => {
  test('drops defaults, keeps other parameters, and round-trips', () => {
    const values = { low: 0, high: 42, transport: 'shared' as const, main: false, gil: 5 };
    const next = serializeParams(specs, values, new URLSearchParams('lab=sum&low=3'));
    expect(next.toString()).toBe('lab=sum&high=42&transport=shared&gil=5');
    expect(parseParams(specs, next, { shared: ['lab'] }).values).toEqual(values);
  });
});

describe('checkField', () => {
  test('accepts a valid field and describes an invalid one', () => {
    expect(checkField('high', specs.high, ' 7 ')).toEqual({ ok: true, value: 7 });
    expect(checkField('high', specs.high, 'abc')).toMatchObject({ ok: false, issue: { param: 'high' } });
    expect(checkField('high', specs.high, '')).toMatchObject({ ok: false });
  });
});

describe('patternParam', () => {
  test('accepts whole matches only and names the pattern', async () => {
    const { patternParam } = await import('./param-rules.ts');
    const spec = patternParam(/^[0-2]{0,4}$/, '0101', '');
    expect(spec.parse('0120')).toBe('0120');
    expect(spec.parse('0130')).toBeUndefined();
    expect(spec.parse('01010')).toBeUndefined();
    expect(spec.rule).toEqual({ kind: 'pattern', pattern: '^[0-2]{0,4}$', example: '0101' });
  });
});
