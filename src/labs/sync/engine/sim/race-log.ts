// Explaining the updates a real race lost, from the log of its accesses. Each read and write of the shared
// counter took its ticket in the same atomic step as the access itself (src/labs/sync/engine/race/stamped-counter.ts), so
// ticket order is the real order of the accesses, and each read is checked against it. Pure; no DOM.

export interface LogEvent {
  readonly worker: number;
  /** Position of the access in the real order: 0, 1, 2, ... with no gaps in a complete log. */
  readonly ticket: number;
  readonly op: 'read' | 'write';
  /** The value read, or the value written. */
  readonly value: number;
}

/** A write that put back a value below the one it replaced: `wiped` increments undone at once. */
export interface Overwrite {
  /** The read the overwriting worker computed from, taken before `overwritten` happened. */
  readonly staleRead: LogEvent;
  /** The write whose value was replaced (the write just before `overwrite`). */
  readonly overwritten: LogEvent;
  /** `staleRead.value + 1`, written over `overwritten.value`. */
  readonly overwrite: LogEvent;
  /** Increments this write undid: `overwritten.value + 1 - overwrite.value`, at least 1. */
  readonly wiped: number;
}

/** What a log says about the count, and whether it can be trusted to say it. */
export interface RaceExplanation {
  /** Every write that undid increments, in order. */
  readonly overwrites: readonly Overwrite[];
  /** Increments undone by the overwrites. */
  readonly wiped: number;
  /**
   * Increments given back by late writes: a worker that read v, while others rolled the counter below
   * v, then writes v + 1, jumping above the counter's value + 1.
   */
  readonly restored: number;
  /** `wiped - restored`, which equals `increments - (final - initial)` for every complete log. */
  readonly lost: number;
  readonly increments: number;
  /** The counter after the last logged write (the initial value when there was none). */
  readonly final: number;
  /**
   * Why the log cannot pin what was lost, or `undefined` when it can: it is incomplete (capped, or a
   * worker's accesses are missing), or a read did not see the latest write before it.
   */
  readonly untrusted?: 'incomplete' | 'out-of-order';
}

/** Words per event in the shared log: worker, ticket, op (0 read, 1 write), value. */
export const LOG_WORDS = 4;

/** Decodes the shared log (`count` events, in any order) into ticket order. */
export function decodeLog(words: Int32Array, count: number): LogEvent[] {
  const events: LogEvent[] = [];
  for (let i = 0; i < count; i++) {
    const at = i * LOG_WORDS;
    events.push({
      worker: words[at]!,
      ticket: words[at + 1]!,
      op: words[at + 2] === 0 ? 'read' : 'write',
      value: words[at + 3]!,
    });
  }
  return events.sort((a, b) => a.ticket - b.ticket);
}

/**
 * Replays the counter through the log: each write of w over a counter at c changes the count by
 * w - c where an increment should have added 1, so it undoes c + 1 - w increments (negative: gives
 * some back). Summed over the writes this is exactly `increments - (final - initial)`, the updates the
 * counter lost, whatever the interleaving. `expectedAccesses` (2 per increment) tells a capped log.
 */
export function explainRace(
  events: readonly LogEvent[],
  { initial = 0, expectedAccesses }: { initial?: number; expectedAccesses?: number } = {},
): RaceExplanation {
  const ordered = [...events].sort((a, b) => a.ticket - b.ticket);
  const pendingRead = new Map<number, LogEvent>();
  const overwrites: Overwrite[] = [];
  let counter = initial;
  let lastWrite: LogEvent | undefined;
  let wiped = 0;
  let restored = 0;
  let increments = 0;
  let incomplete = expectedAccesses !== undefined && ordered.length !== expectedAccesses;
  let outOfOrder = false;
  ordered.forEach((event, position) => {
    if (event.ticket !== position) incomplete = true;
    if (event.op === 'read') {
      if (event.value !== counter) outOfOrder = true;
      if (pendingRead.has(event.worker)) incomplete = true;
      pendingRead.set(event.worker, event);
      return;
    }
    const read = pendingRead.get(event.worker);
    pendingRead.delete(event.worker);
    if (!read || event.value !== read.value + 1) incomplete = true;
    increments++;
    const undone = counter + 1 - event.value;
    if (undone > 0 && read && lastWrite) {
      wiped += undone;
      overwrites.push({ staleRead: read, overwritten: lastWrite, overwrite: event, wiped: undone });
    } else if (undone < 0) {
      restored -= undone;
    }
    counter = event.value;
    lastWrite = event;
  });
  if (pendingRead.size > 0) incomplete = true;
  const untrusted = incomplete ? 'incomplete' : outOfOrder ? 'out-of-order' : undefined;
  return {
    overwrites,
    wiped,
    restored,
    lost: wiped - restored,
    increments,
    final: counter,
    ...(untrusted ? { untrusted } : {}),
  };
}

/** The events from the stale read to the overwrite: the interleaving to replay step by step. */
export function interleavingOf(events: readonly LogEvent[], overwrite: Overwrite): LogEvent[] {
  return [...events]
    .filter((e) => e.ticket >= overwrite.staleRead.ticket && e.ticket <= overwrite.overwrite.ticket)
    .sort((a, b) => a.ticket - b.ticket);
}
