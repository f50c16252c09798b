import { formatInteger } from '../../ui/format-integer.ts';

/** A run's time as the runs table shows it, and as explanations quote it: whole ms, digits grouped. */
export function formatRunTime(ms: number): string {
  return formatInteger(ms);
}
