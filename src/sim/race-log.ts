// Finding lost updates in the log of a real race. Each read and write of the shared counter took a ticket
// from a shared sequence counter (Atomics.add), so sorting by ticket gives the order the tickets were
// taken: a close approximation of the real order of the accesses. Pure; no DOM.

export interface LogEvent {
  readonly worker: number;
  readonly ticket: number;
  readonly op: 'read' | 'write';
  /** The value read, or the value written. */
  readonly value: number;
}

export interface LostUpdate {
  /** The write whose update disappeared. */
  readonly lost: LogEvent;
  /** The stale read of the worker that overwrote it... */
  readonly staleRead: LogEvent;
  /** ...and its write, which put back a value computed before `lost` happened. */
  readonly overwrite: LogEvent;
}

/** Words per event in the shared log: worker, ticket, op (0 read, 1 write), value. */
export const LOG_WORDS = 4;

/** Decodes the shared log (`count` events, in any order). */
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
 * Every write that another worker's later write overwrote with a value computed from a read taken before
 * it: one lost update each, so their number is (increments - (final - initial)). Each worker's events
 * alternate read, write (one increment each).
 */
export function findLostUpdates(events: readonly LogEvent[]): LostUpdate[] {
  const ordered = [...events].sort((a, b) => a.ticket - b.ticket);
  const pendingRead = new Map<number, LogEvent>();
  const lost: LostUpdate[] = [];
  const writes: LogEvent[] = [];
  const counted = new Set<number>();
  for (const event of ordered) {
    if (event.op === 'read') {
      pendingRead.set(event.worker, event);
      continue;
    }
    const read = pendingRead.get(event.worker);
    pendingRead.delete(event.worker);
    if (read) {
      for (const earlier of writes) {
        const stale = earlier.ticket > read.ticket && earlier.ticket < event.ticket;
        // Each lost write once, with the first write that wiped it out.
        if (stale && earlier.worker !== event.worker && !counted.has(earlier.ticket)) {
          counted.add(earlier.ticket);
          lost.push({ lost: earlier, staleRead: read, overwrite: event });
        }
      }
    }
    writes.push(event);
  }
  return lost;
}

/** The events from the stale read to the overwrite: the interleaving to replay step by step. */
export function interleavingOf(events: readonly LogEvent[], update: LostUpdate): LogEvent[] {
  return [...events]
    .filter((e) => e.ticket >= update.staleRead.ticket && e.ticket <= update.overwrite.ticket)
    .sort((a, b) => a.ticket - b.ticket);
}
