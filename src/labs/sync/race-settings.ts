// The race panel's fields as numbers: what the race section shows errors for, and what a race (or the
// races lesson step) runs with. Pure.
import { checkField } from '../../lib/url-state/index.ts';
import { syncParams } from './sync-params.ts';
import type { RaceSettings } from './use-races.ts';

export const RACE_FIELDS = ['workers', 'm', 'window', 'repeats'] as const;
export type RaceField = (typeof RACE_FIELDS)[number];

/** Each field's value where its text is valid (a field missing here is invalid). */
export function raceValues(text: Readonly<Record<RaceField, string>>): Partial<Record<RaceField, number>> {
  const values: Partial<Record<RaceField, number>> = {};
  for (const field of RACE_FIELDS) {
    const checked = checkField(field, syncParams[field], text[field]);
    if (checked.ok) values[field] = checked.value;
  }
  return values;
}

/** What one race runs with, or undefined while a field is invalid. */
export function raceSettings(
  text: Readonly<Record<RaceField, string>>,
  trace: boolean,
): (RaceSettings & { readonly repeats: number }) | undefined {
  const v = raceValues(text);
  if (RACE_FIELDS.some((field) => v[field] === undefined)) return undefined;
  return { workers: v.workers!, iterations: v.m!, window: v.window!, trace, repeats: v.repeats! };
}
