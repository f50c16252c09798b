// The code lab's inputs and their URL names (the README's parameter table lists the same). `fn` and `items`
// carry code (plain or compressed, see engine/code-link.ts): a link with them restores the editor and never
// runs anything before Run.
import { enumParam, flagParam, intParam, patternParam } from '../../lib/url-state/index.ts';
import { CODE_LANGUAGES, ITEM_SOURCES, PRESET_IDS } from './code-presets.ts';

/** Any text up to the link limit (engine/code-link.ts decides what is readable). */
const ANY_TEXT = /^[\s\S]{0,200000}$/;

export const codeParams = {
  preset: enumParam(PRESET_IDS, 'summing'),
  /** The language of the code: JavaScript, or Python on a Pyodide of each worker's own. */
  language: enumParam(CODE_LANGUAGES, 'js'),
  from: enumParam(ITEM_SOURCES, 'range'),
  low: intParam(-1_000_000_000_000, 1_000_000_000_000, 0),
  high: intParam(-1_000_000_000_000, 1_000_000_000_000, 100_000_000),
  /** Items the range is split into. */
  parts: intParam(1, 1_000_000, 8),
  workers: intParam(1, 16, 2),
  /** Per-item timeout, ms; 0 = none. */
  timeout: intParam(0, 600_000, 10_000),
  ordered: flagParam(true),
  /** Int32 elements of shared memory handed to every item as work's second argument; 0 = none. */
  shared: intParam(0, 1_048_576, 0),
  /** The sweep's largest worker count. */
  k: intParam(1, 16, 4),
  fn: patternParam(ANY_TEXT, 'function work(item) { return item; }', ''),
  items: patternParam(ANY_TEXT, '[1, 2, 3]', ''),
};

/** Inputs a preset sets: absent from a link, they take the preset's value rather than the lab's default. */
export const PRESET_FIELDS = ['from', 'low', 'high', 'parts', 'workers', 'timeout', 'shared'] as const;
