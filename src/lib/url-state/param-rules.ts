// Rules for URL parameters: what each one may hold. Pure data plus constructors, so a lab declares its
// inputs once and gets parsing, validation, serialisation and the "allowed values" message from them.

/** An integer in [min, max], both inclusive. */
export interface IntRule {
  readonly kind: 'int';
  readonly min: number;
  readonly max: number;
}
/** A finite number in [min, max], both inclusive. */
export interface NumberRule {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
}
/** One of a fixed list of words. */
export interface EnumRule<V extends string = string> {
  readonly kind: 'enum';
  readonly values: readonly V[];
}
/** `1` / `0` (also `true` / `false`). */
export interface FlagRule {
  readonly kind: 'flag';
}

/** Text matching a regular expression; `example` shows a valid value. */
export interface PatternRule {
  readonly kind: 'pattern';
  readonly pattern: string;
  readonly example: string;
}

export type ParamRule = IntRule | NumberRule | EnumRule | FlagRule | PatternRule;

/** A parameter: its rule and its default. `optional` ones default to `undefined` (absent means off). */
export interface ParamSpec<T> {
  readonly rule: ParamRule;
  readonly defaultValue: T;
  parse(text: string): T | undefined;
  format(value: T): string;
}

function isIntText(text: string): boolean {
  return /^[+-]?\d+$/.test(text.trim());
}

export function intParam(min: number, max: number, defaultValue: number): ParamSpec<number> {
  return {
    rule: { kind: 'int', min, max },
    defaultValue,
    parse: (text) => {
      if (!isIntText(text)) return undefined;
      const n = Number(text);
      return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
    },
    format: (value) => String(value),
  };
}

export function numberParam(min: number, max: number, defaultValue: number): ParamSpec<number> {
  return {
    rule: { kind: 'number', min, max },
    defaultValue,
    parse: (text) => {
      if (text.trim() === '') return undefined;
      const n = Number(text);
      return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
    },
    format: (value) => String(value),
  };
}

/** A number that may be absent: absent (the default) means the feature is off. */
export function optionalNumberParam(min: number, max: number): ParamSpec<number | undefined> {
  const inner = numberParam(min, max, min);
  return {
    rule: inner.rule,
    defaultValue: undefined,
    parse: (text) => inner.parse(text),
    format: (value) => (value === undefined ? '' : String(value)),
  };
}

export function enumParam<V extends string>(values: readonly V[], defaultValue: V): ParamSpec<V> {
  return {
    rule: { kind: 'enum', values },
    defaultValue,
    parse: (text) => values.find((v) => v === text),
    format: (value) => value,
  };
}

export function flagParam(defaultValue: boolean): ParamSpec<boolean> {
  return {
    rule: { kind: 'flag' },
    defaultValue,
    parse: (text) =>
      text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : undefined,
    format: (value) => (value ? '1' : '0'),
  };
}

/** Text that matches `pattern` in full (anchor it); `example` is shown in the message for a bad value. */
export function patternParam(pattern: RegExp, example: string, defaultValue: string): ParamSpec<string> {
  return {
    rule: { kind: 'pattern', pattern: pattern.source, example },
    defaultValue,
    parse: (text) => (pattern.test(text) ? text : undefined),
    format: (value) => value,
  };
}
