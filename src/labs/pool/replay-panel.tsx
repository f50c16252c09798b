import { useMessages } from '../../ui/i18n-context.tsx';
import { poolLabMessages } from './pool-lab-messages.ts';
import type { ResultsStore } from './results-store.ts';
import { replaySeed } from './seed-replay.ts';

/** The article's library logic replayed on this run, one sentence per difference. */
export function ReplayPanel({ store, version }: { store: ResultsStore; version: number }) {
  const m = useMessages(poolLabMessages);
  const replay = replaySeed(store);
  return (
    <section className="card" aria-labelledby="replay-title" data-version={version}>
      <h3 id="replay-title">{m.replayTitle}</h3>
      <p className="note">{m.replayNote}</p>
      <ul data-testid="replay">
        <li data-testid="replay-returned">{m.replayReturned(replay.returned, store.completed)}</li>
        {replay.droppedFalsy > 0 && <li>{m.replayFalsy(replay.droppedFalsy)}</li>}
        {replay.vanishedErrors > 0 && <li>{m.replayErrors(replay.vanishedErrors)}</li>}
        {replay.hung > 0 && <li>{m.replayHung(replay.hung)}</li>}
        {replay.outOfOrder > 0 && <li>{m.replayOrder(replay.outOfOrder)}</li>}
        <li>{m.replayThreads(replay.defaultThreads)}</li>
        {replay.firstIndices.length > 0 && <li>{m.replayFirst(replay.firstIndices.join(', '))}</li>}
      </ul>
      <p className="check-ok">{m.replayCorrect}</p>
    </section>
  );
}
