// Runs the learner's task through the pool: outcomes into a ResultsStore the shared panels read, refreshed
// every 100 ms as transitions (a long run never re-renders per outcome), each error mapped back to a line
// of the learner's code. What stops a run before it starts (a syntax error, bad items) starts no worker.
// Python starts in every worker before the run's clock, so no item's time or timeout counts it.
import { useCallback, useState } from 'react';
import { createPool, taskFromSource, type Outcome, type Pool, type PoolEvent } from '../../lib/pool/index.ts';
import { ResultsStore } from '../../ui/pool-panels/results-store.ts';
import { cancelPending, recordOutcome } from '../../ui/pool-panels/record-outcome.ts';
import { collectRunEvents, type RunEvents } from '../../ui/pool-panels/run-events.ts';
import { startRunRefresh } from '../../ui/pool-panels/run-refresh.ts';
import { cancelled, useRunState, type RunPhase } from '../../ui/use-run-state.ts';
import { timeSlicer, yieldToPage } from '../../ui/yield-to-page.ts';
import { lineOneOnPool } from './calibration.ts';
import { learnerPosition } from './engine/error-position.ts';
import { CODE_FILE, type CodePosition } from './engine/code-files.ts';
import { PYTHON_FILE, pythonErrorPosition } from './engine/python-task.ts';
import {
  codeFileOf,
  hostPolicyGate,
  isProblem,
  prepareRun,
  type PreparedRun,
  type RunInputs,
  type RunProblem,
} from './prepare-run.ts';
import { holdFor, warmEveryWorker } from './engine/warm-workers.ts';

export interface CodeRunSettings {
  readonly inputs: RunInputs;
  readonly workers: number;
  /** ms; 0 = none. */
  readonly timeoutMs: number;
  readonly ordered: boolean;
  /** Int32 elements shared with every item; 0 = none. */
  readonly sharedLength: number;
}

/** The first error outcome that points into the learner's code. */
export interface RunErrorAt {
  readonly index: number;
  readonly message: string;
  readonly at: CodePosition;
}

export interface CodeRun {
  readonly settings: CodeRunSettings;
  readonly store: ResultsStore;
  readonly items: readonly unknown[];
  readonly events: RunEvents;
  readonly t0: number;
  endMs: number | undefined;
  firstError: RunErrorAt | undefined;
  /** The shared memory, read after the run (a copy). */
  sharedAfter: Int32Array | undefined;
  /** This host serves workers without their network policy (docs/code-lab.md). */
  readonly unprotected: boolean;
}

type Busy =
  | { readonly kind: 'preparing'; readonly made: number }
  /** Python: each worker is starting its interpreter. */
  | { readonly kind: 'starting-python'; readonly workers: number }
  | { readonly kind: 'running' };
export type CodePhase = RunPhase<Busy>;

/** Items pulled and not yet shown, at most. */
const MAX_IN_FLIGHT = 4096;

function* sharedItems(
  items: readonly unknown[],
  shared: Int32Array,
): Generator<{ item: unknown; shared: Int32Array }> {
  for (const item of items) yield { item, shared };
}

function errorText(outcome: Outcome<unknown, unknown>, at: CodePosition | undefined, file: string): string {
  if (outcome.status !== 'error') return '';
  const text = `${outcome.error.name}: ${outcome.error.message}`;
  if (!at) return text;
  return at.column > 0 ? `${text} (${file}:${at.line}:${at.column})` : `${text} (${file}:${at.line})`;
}

/**
 * How a run finds the learner's line in an error's stack: a JavaScript stack's lines are the engine's
 * (calibrated once per page, see calibration.ts); a Python traceback's are the learner's own.
 */
async function positionFinder(
  prepared: PreparedRun,
  pool: Pool,
  signal: AbortSignal,
): Promise<(stack: string | undefined) => CodePosition | undefined> {
  if (prepared.language === 'python') return (stack) => pythonErrorPosition(stack, PYTHON_FILE);
  const lineOne = await lineOneOnPool(pool, signal);
  return (stack) =>
    lineOne === undefined ? undefined : learnerPosition(stack, CODE_FILE, lineOne, prepared.lineCount);
}

export function useCodeRun() {
  const [run, setRun] = useState<CodeRun | undefined>();
  const [problem, setProblem] = useState<RunProblem | undefined>();
  const [version, setVersion] = useState(0);
  const [elapsedMs, setElapsedMs] = useState(0);
  /** Runs started, from the form or a lesson step: a step's explanation is stale once another starts. */
  const [runs, setRuns] = useState(0);
  const { phase, start: startRun, abort: cancel } = useRunState<Busy>();

  /**
   * `fromLink`: the code came from a link and was not edited; on a host without the policy it waits for a
   * second Run. `onChecked` is called once that check has concluded (passed, or the wait shown), so the lab
   * stops treating the code as a link's only then.
   */
  const start = useCallback(
    async (
      settings: CodeRunSettings,
      fromLink = false,
      onChecked: () => void = () => {},
    ): Promise<CodeRun | undefined> => {
      setProblem(undefined);
      setRuns((n) => n + 1);
      let finished: CodeRun | undefined;
      await startRun({ kind: 'preparing', made: 0 }, async (current) => {
        let protectedHost = true;
        // Asked after the code has parsed and before any of it runs (a syntax error starts no worker).
        // An aborted check concludes nothing: the run then ends as cancelled below.
        const gate = hostPolicyGate(current.signal, fromLink, (inForce) => {
          protectedHost = inForce;
          current.write(onChecked);
        });
        const prepared = await prepareRun(
          settings.inputs,
          current.signal,
          (made) => current.progress({ kind: 'preparing', made }),
          gate,
        );
        if (current.signal.aborted) return cancelled(current);
        if (isProblem(prepared)) {
          current.write(() => setProblem(prepared));
          return { kind: 'idle' };
        }
        // Made before any worker starts, so nothing between the pool's start and its try below can throw.
        const store = new ResultsStore(prepared.items.length);
        const shared =
          settings.sharedLength > 0
            ? new Int32Array(new SharedArrayBuffer(4 * settings.sharedLength))
            : undefined;
        // Events before the run's clock starts (Python starting in each worker) keep the workers and their
        // logs, at the clock's start; the warm-up items' own task events are not the run's.
        const early: PoolEvent[] = [];
        const sink: { forward?: (event: PoolEvent) => void } = {};
        const pool = createPool({
          size: settings.workers,
          onEvent: (event) => {
            if (sink.forward) sink.forward(event);
            else if (event.type !== 'task-start' && event.type !== 'task-end') early.push(event);
          },
          ...(prepared.prepareWorker === undefined
            ? {}
            : { prepareWorker: taskFromSource<void, unknown>(prepared.prepareWorker) }),
        });
        // Python: every worker the run will have (no more than its items) started, its Python with it,
        // before the clock.
        const starting = Math.min(settings.workers, prepared.items.length);
        if (prepared.prepareWorker !== undefined && starting > 0) {
          current.progress({ kind: 'starting-python', workers: starting });
          let failure: string | undefined;
          try {
            await warmEveryWorker(pool, starting, holdFor, current.signal);
          } catch (error) {
            failure = error instanceof Error ? error.message : String(error);
          }
          if (current.signal.aborted || failure !== undefined) {
            await pool.terminate();
            if (current.signal.aborted) return cancelled(current);
            return { kind: 'failed', message: failure! };
          }
        }
        const t0 = performance.now();
        const collector = collectRunEvents(t0);
        for (const event of early) collector.onEvent({ ...event, t: Math.max(event.t, t0) });
        sink.forward = collector.onEvent;
        const state: CodeRun = {
          settings,
          store,
          items: prepared.items,
          events: collector.events,
          t0,
          endMs: undefined,
          firstError: undefined,
          sharedAfter: undefined,
          unprotected: !protectedHost,
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
        const slicer = timeSlicer();
        let ending: CodePhase = { kind: 'idle' };
        try {
          await yieldToPage();
          const positionOf = await positionFinder(prepared, pool, current.signal);
          const file = codeFileOf(prepared.language);
          const task = taskFromSource(prepared.expression);
          const input = shared ? sharedItems(prepared.items, shared) : prepared.items;
          const outcomes = pool.map(input, task, {
            maxInFlight: MAX_IN_FLIGHT,
            ordered: settings.ordered,
            ...(settings.timeoutMs > 0 ? { timeoutMs: settings.timeoutMs } : {}),
            signal: current.signal,
          });
          for await (const outcome of outcomes) {
            if (slicer.due()) await slicer.yield();
            const at = outcome.status === 'error' ? positionOf(outcome.error.stack) : undefined;
            const message = errorText(outcome, at, file);
            if (at && !state.firstError) state.firstError = { index: outcome.index, message, at };
            recordOutcome(store, outcome, t0, message);
          }
          if (current.signal.aborted) ending = { kind: 'cancelled' };
        } catch (error) {
          ending = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
        } finally {
          stop();
          state.endMs = performance.now() - t0;
          if (shared) state.sharedAfter = shared.slice();
          await pool.terminate();
        }
        if (ending.kind !== 'idle') await cancelPending(store, slicer);
        refresh(ending);
        if (ending.kind === 'idle' && current.live()) finished = state;
        return undefined;
      });
      return finished;
    },
    [startRun],
  );

  return { run, problem, setProblem, version, elapsedMs, phase, start, cancel, runs };
}
