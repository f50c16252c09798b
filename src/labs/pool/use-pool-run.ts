// Runs the work items through the pool, streaming outcomes into a ResultsStore. The page re-renders at
// most every 100 ms from a version number, so a million outcomes never mean a million renders, and those
// renders are transitions, which React splits into slices and lets input interrupt: a refresh never holds
// the page's thread for long.
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';
import { createPool, type PoolStats } from '../../lib/pool/index.ts';
import { useRunState, type RunHandle, type RunPhase } from '../../ui/use-run-state.ts';
import { timeSlicer, yieldToPage } from '../../ui/yield-to-page.ts';
import { cancelPending, recordOutcome } from '../../ui/pool-panels/record-outcome.ts';
import { startRunRefresh } from '../../ui/pool-panels/run-refresh.ts';
import { ResultsStore } from '../../ui/pool-panels/results-store.ts';
import { collectRunEvents, type RunEvents } from '../../ui/pool-panels/run-events.ts';
import { SeedReplayer } from './engine/seed-replay.ts';
import { addRun, type PoolRunSummary } from './engine/run-history.ts';
import { GIL_SWITCH_MS, createPoolGil, freeGilHeldBy, gilFigures, type PoolGil } from './engine/pool-gil.ts';
import { runWorkItem } from './engine/run-work-item.ts';
import { withGil, workItems, type ItemSettings } from './engine/work-items.ts';

export interface RunSettings {
  readonly items: ItemSettings;
  readonly workers: number;
  /** ms; 0 = none. */
  readonly timeoutMs: number;
  readonly ordered: boolean;
  /** 0 = auto. */
  readonly batchSize: number;
  /** Run under the simulated GIL (needs shared memory). */
  readonly gil: boolean;
}

export interface PoolRun {
  readonly settings: RunSettings;
  readonly store: ResultsStore;
  /** The article's library replayed, outcome by outcome. */
  readonly replay: SeedReplayer;
  /** The workers' log lines, starts and exits, and the most alive at once, filled as the pool's events come. */
  readonly events: RunEvents;
  readonly t0: number;
  /** ms since t0 when the run ended, or undefined while it runs. */
  endMs: number | undefined;
  /** Items the pool pulled from the lab's input, and outcomes it gave back (the lab's own cancels apart). */
  handed: number;
  returned: number;
  /** The run's simulated GIL, if it has one. */
  readonly gil: PoolGil | undefined;
  /** Times the GIL was taken in the run, and the most workers that held it at once, read when it ended. */
  gilTurns: number;
  gilMostHolding: number;
  /** The pool's own figures (wait and run percentiles, utilization), read as the last outcome arrived. */
  stats: PoolStats | undefined;
}

/** Counts the items a consumer pulls from `items`. */
function* counted<T>(items: Iterable<T>, onPull: () => void): Generator<T> {
  for (const item of items) {
    onPull();
    yield item;
  }
}

/** Items pulled and not yet shown, at most (the pool's default is 10,000). */
const MAX_IN_FLIGHT = 4096;

type Busy = { readonly kind: 'running' };
export type PoolPhase = RunPhase<Busy>;

/** The hook's state a run writes: the run itself, and the clock and version its panels redraw on. */
interface PoolRunView {
  readonly setRun: Dispatch<SetStateAction<PoolRun | undefined>>;
  readonly setElapsedMs: Dispatch<SetStateAction<number>>;
  readonly setVersion: Dispatch<SetStateAction<number>>;
}

/**
 * One run: outcomes into a store the panels read, refreshed every 100 ms and once at the end. Resolves
 * with the run when it ended by itself (not cancelled, failed or replaced).
 */
async function runPool(
  settings: RunSettings,
  current: RunHandle<Busy>,
  view: PoolRunView,
): Promise<PoolRun | undefined> {
  const { setRun, setElapsedMs, setVersion } = view;
  const t0 = performance.now();
  const store = new ResultsStore(settings.items.n);
  const gil = settings.gil ? createPoolGil(GIL_SWITCH_MS, settings.items.n) : undefined;
  // A worker stopped while holding the GIL (on a timeout or a crash) leaves it to the page to free.
  const { onEvent, events } = collectRunEvents(t0, {
    onWorkerExit: (_workerId, lastItem) => {
      if (gil && lastItem !== undefined) freeGilHeldBy(gil, lastItem);
    },
  });
  const state: PoolRun = {
    settings,
    store,
    replay: new SeedReplayer(store, settings.ordered),
    events,
    t0,
    endMs: undefined,
    handed: 0,
    returned: 0,
    gil,
    gilTurns: 0,
    gilMostHolding: 0,
    stats: undefined,
  };
  const { refresh, stop } = startRunRefresh(
    current,
    () => {
      setRun(state);
      current.progress({ kind: 'running' });
    },
    () => state.endMs ?? performance.now() - t0,
    setElapsedMs,
    setVersion,
  );
  const pool = createPool({ size: settings.workers, onEvent });
  const slicer = timeSlicer();
  let ending: PoolPhase = { kind: 'idle' };
  try {
    // The pool starts in a task of its own, after the page has drawn the empty results: the first pull of
    // items and the first render do not add up to one long task.
    await yieldToPage();
    const items = workItems(settings.items);
    const input = counted(state.gil ? withGil(items, state.gil) : items, () => state.handed++);
    const outcomes = pool.map(input, runWorkItem, {
      // Each pull from the generator makes up to this many items in one go (a quarter of it once
      // running): 4,096 keep two workers busy with 2,048-item batches, and cost a few ms to make.
      maxInFlight: MAX_IN_FLIGHT,
      ordered: settings.ordered,
      batchSize: settings.batchSize === 0 ? 'auto' : settings.batchSize,
      ...(settings.timeoutMs > 0 ? { timeoutMs: settings.timeoutMs } : {}),
      signal: current.signal,
    });
    for await (const outcome of outcomes) {
      // Outcomes that are already waiting resolve as microtasks: yield now and then, so the page draws.
      if (slicer.due()) await slicer.yield();
      recordOutcome(store, outcome, t0);
      state.replay.add(outcome.index);
      state.returned++;
    }
    state.stats = pool.stats();
    if (current.signal.aborted) ending = { kind: 'cancelled' };
  } catch (error) {
    ending = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  } finally {
    stop();
    state.endMs = performance.now() - t0;
    if (state.gil) {
      const figures = gilFigures(state.gil);
      state.gilTurns = figures.turns;
      state.gilMostHolding = figures.mostHolding;
    }
    await pool.terminate();
  }
  if (ending.kind !== 'idle') {
    // Items the pool never pulled from the generator have no outcome: they are cancelled too.
    await cancelPending(store, slicer);
  }
  refresh(ending);
  return ending.kind === 'idle' && current.live() ? state : undefined;
}

export function usePoolRun() {
  const [run, setRun] = useState<PoolRun | undefined>();
  const [version, setVersion] = useState(0);
  /** ms since the current run started, sampled at each refresh (rendering must not read the clock). */
  const [elapsedMs, setElapsedMs] = useState(0);
  /** The visit's finished runs, newest last. */
  const [history, setHistory] = useState<readonly PoolRunSummary[]>([]);
  /** Runs started, from the form or a lesson step: a step's explanation is stale once another starts. */
  const [runs, setRuns] = useState(0);
  // Cancel only aborts: the run then marks what never ran as cancelled and settles its own phase.
  const { phase, start: startRun, abort: cancel } = useRunState<Busy>();

  /** Resolves with the run once it ended by itself; undefined when it was cancelled, failed or replaced. */
  const start = useCallback(
    async (settings: RunSettings): Promise<PoolRun | undefined> => {
      let finished: PoolRun | undefined;
      setRuns((n) => n + 1);
      // No first phase: the run shows itself running in the transition that mounts its results.
      await startRun(undefined, async (current) => {
        finished = await runPool(settings, current, { setRun, setElapsedMs, setVersion });
        return undefined;
      });
      const done = finished;
      const ms = done?.endMs;
      if (done && ms !== undefined) {
        const { counts } = done.store;
        const { items, workers, gil, timeoutMs, batchSize, ordered } = done.settings;
        const ended = counts.ok + counts.error + counts.timeout;
        setHistory((runs) => addRun(runs, { items, workers, gil, timeoutMs, batchSize, ordered, ms, ended }));
      }
      return finished;
    },
    [startRun],
  );

  return { run, version, elapsedMs, phase, start, cancel, history, runs };
}
