// The deadlock demo's fields as what a run takes: what the deadlock section and the deadlock lesson step
// run with. Pure.
import type { DeadlockOptions } from './engine/lock-demos/run-deadlock.ts';
import { checkField } from '../../lib/url-state/index.ts';
import { DEMO_FIELDS, syncParams, type LOCK_ORDERS } from './sync-params.ts';

export type LockOrder = (typeof LOCK_ORDERS)[number];
type DeadlockField = (typeof DEMO_FIELDS)['deadlock'][number];

/** What one deadlock run takes besides its signal and live state. */
export type DeadlockSettings = Omit<DeadlockOptions, 'signal' | 'onState'>;

/** The run the fields describe, or undefined while one of them is invalid. */
export function deadlockSettings(
  text: Readonly<Record<DeadlockField, string>>,
  order: LockOrder,
): DeadlockSettings | undefined {
  const values: Partial<Record<DeadlockField, number>> = {};
  for (const field of DEMO_FIELDS.deadlock) {
    const checked = checkField(field, syncParams[field], text[field]);
    if (!checked.ok) return undefined;
    values[field] = checked.value;
  }
  return {
    workers: values.dlk!,
    ordered: order === 'same',
    holdMs: values.hold!,
    timeoutMs: values.locktimeout!,
  };
}
