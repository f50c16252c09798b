import { memo } from 'react';
import { useMessages } from '../../ui/i18n-context.tsx';
import { poolLabMessages } from './pool-lab-messages.ts';
import type { SeedReplayer } from './engine/seed-replay.ts';

/** The article's library logic replayed on this run, one sentence per difference. */
export const ReplayPanel = memo(function ReplayPanel({
  replayer,
  items,
  returned,
  handed,
  workers,
  version,
}: {
  replayer: SeedReplayer;
  /** Outcomes so far, the lab's own cancels of items never handed to the pool included. */
  items: number;
  /** Outcomes the pool gave, and items it pulled from the lab's input. */
  returned: number;
  handed: number;
  /** The most workers seen alive at once in this run. */
  workers: number;
  /** Changes when outcomes arrived: shows them. */
  version: number;
}) {
  const m = useMessages(poolLabMessages);
  const replay = replayer.snapshot();
  return (
    <section className="card" aria-labelledby="replay-title" data-version={version}>
      <h3 id="replay-title">{m.replayTitle}</h3>
      <p className="note">{m.replayNote(replay.preserveOrdering)}</p>
      <ul data-testid="replay">
        <li data-testid="replay-returned">
          {replay.hung > 0
            ? m.replayNeverReturns(replay.returned, items, returned, handed)
            : m.replayReturned(replay.returned, items, returned, handed)}
        </li>
        {replay.hung > 0 && <li>{m.replayHung(replay.hung)}</li>}
        {replay.falsy > 0 &&
          (replay.preserveOrdering ? (
            <li>{m.replayFalsyKept(replay.falsy)}</li>
          ) : (
            <li>{m.replayFalsy(replay.falsy)}</li>
          ))}
        {replay.vanishedErrors > 0 && <li>{m.replayErrors(replay.vanishedErrors)}</li>}
        {replay.outOfOrder > 0 && <li>{m.replayOrder(replay.outOfOrder)}</li>}
        <li>{m.replayThreads(replay.defaultThreads, workers)}</li>
        {replay.firstIndices.length > 0 && (
          <li>
            {m.replayFirst(replay.firstIndices.join(', '), replay.returned > replay.firstIndices.length)}
          </li>
        )}
        <li>{m.replayRace}</li>
      </ul>
      <p className="check-ok">{m.replayCorrect}</p>
    </section>
  );
});
