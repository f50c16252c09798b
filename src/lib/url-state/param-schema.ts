// Parsing and serialising a set of URL parameters against their specs. Never throws on user input:
// every bad value becomes a `ParamIssue` and the default is used instead.
import type { ParamRule, ParamSpec } from './param-rules.ts';

export type ParamSpecs = Readonly<Record<string, ParamSpec<unknown>>>;
export type ParamValues<S extends ParamSpecs> = { -readonly [K in keyof S]: S[K]['defaultValue'] };

export type ParamIssue =
  /** A value outside its rule: the message names the parameter and what is allowed. */
  | { readonly kind: 'invalid'; readonly param: string; readonly received: string; readonly rule: ParamRule }
  /** A value that breaks a rule between parameters (e.g. low must not exceed high). */
  | {
      readonly kind: 'conflict';
      readonly param: string;
      readonly received: string;
      readonly reason: ConflictReason;
    }
  /** A parameter nobody reads: ignored. */
  | { readonly kind: 'unknown'; readonly param: string; readonly received: string };

/** Reasons for cross-field conflicts, as keys the UI translates. `other` names the second parameter. */
export type ConflictReason =
  | { readonly code: 'not-above'; readonly other: string }
  | { readonly code: 'not-below'; readonly other: string }
  /** The value belongs to another page: `other` names it (a lesson step of another lab). */
  | { readonly code: 'other-page'; readonly other: string };

export interface ParseResult<S extends ParamSpecs> {
  readonly values: ParamValues<S>;
  readonly issues: readonly ParamIssue[];
}

/** Cross-field check: returns the issues; the caller resets the named parameters to their defaults. */
export type CrossCheck<S extends ParamSpecs> = (values: ParamValues<S>) => readonly ParamIssue[];

/** Longest text echoed back in a message: URLs are user input and may be huge. */
const MAX_ECHO = 40;

function echo(text: string): string {
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
}

export function defaultValues<S extends ParamSpecs>(specs: S): ParamValues<S> {
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) values[name] = spec.defaultValue;
  return values as ParamValues<S>;
}

/**
 * Reads `specs` from `search`. `shared` names parameters read elsewhere (lab, lang, ...) that are not
 * reported as unknown. Repeated parameters: the first wins, as `URLSearchParams.get` does.
 */
export function parseParams<S extends ParamSpecs>(
  specs: S,
  search: URLSearchParams,
  options: { shared?: readonly string[]; crossCheck?: CrossCheck<S> } = {},
): ParseResult<S> {
  const values = defaultValues(specs) as Record<string, unknown>;
  const issues: ParamIssue[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const text = search.get(name);
    if (text === null) continue;
    const parsed = spec.parse(text);
    if (parsed === undefined)
      issues.push({ kind: 'invalid', param: name, received: echo(text), rule: spec.rule });
    else values[name] = parsed;
  }
  const seen = new Set<string>();
  for (const [name, text] of search) {
    if (seen.has(name) || name in specs || options.shared?.includes(name)) continue;
    seen.add(name);
    issues.push({ kind: 'unknown', param: echo(name), received: echo(text) });
  }
  const typed = values as ParamValues<S>;
  if (options.crossCheck) {
    for (const issue of options.crossCheck(typed)) {
      issues.push(issue);
      const spec = specs[issue.param];
      if (spec) values[issue.param] = spec.defaultValue;
    }
  }
  return { values: typed, issues };
}

/**
 * Writes `values` into a copy of `search`: parameters at their default are removed so links stay short,
 * other parameters (lab, lang, ...) are kept.
 */
export function serializeParams<S extends ParamSpecs>(
  specs: S,
  values: ParamValues<S>,
  search: URLSearchParams,
): URLSearchParams {
  const next = new URLSearchParams(search);
  for (const [name, spec] of Object.entries(specs)) {
    const value = values[name];
    if (value === spec.defaultValue || value === undefined) next.delete(name);
    else next.set(name, spec.format(value));
  }
  return next;
}

/** Validates one field's text as a form would: the parsed value, or the issue to show beside the field. */
export function checkField<T>(
  name: string,
  spec: ParamSpec<T>,
  text: string,
): { ok: true; value: T } | { ok: false; issue: ParamIssue } {
  const value = spec.parse(text);
  return value === undefined
    ? { ok: false, issue: { kind: 'invalid', param: name, received: echo(text), rule: spec.rule } }
    : { ok: true, value };
}
