// Runs the learner's task through the pool: outcomes into a ResultsStore the shared panels read, refreshed
// every 100 ms as transitions (a long run never re-renders per outcome), each error mapped back to a line
// of the learner's code. What stops a run before it starts (a syntax error, bad items) starts no worker.
import { useCallback, useState } from 'react';
import { createPool, taskFromSource, type Outcome } from '../../lib/pool/index.ts';
import { ResultsStore } from '../../ui/pool-panels/results-store.ts';
import { cancelPending, recordOutcome } from '../../ui/pool-panels/record-outcome.ts';
import { collectRunEvents, type RunEvents } from '../../ui/pool-panels/run-events.ts';
import { startRunRefresh } from '../../ui/pool-panels/run-refresh.ts';
import { useRunState, type RunPhase } from '../../ui/use-run-state.ts';
import { timeSlicer, yieldToPage } from '../../ui/yield-to-page.ts';
import { lineOneOnPool } from './calibration.ts';
import { learnerPosition } from './engine/error-position.ts';
import { CODE_FILE, type CodePosition } from './engine/code-files.ts';
import { hostPolicyGate, isProblem, prepareRun, type RunInputs, type RunProblem } from './prepare-run.ts';

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

type Busy = { readonly kind: 'preparing'; readonly made: number } | { readonly kind: 'running' };
export type CodePhase = RunPhase<Busy>;

/** Items pulled and not yet shown, at most. */
const MAX_IN_FLIGHT = 4096;

function* sharedItems(
  items: readonly unknown[],
  shared: Int32Array,
): Generator<{ item: unknown; shared: Int32Array }> {
  for (const item of items) yield { item, shared };
}

function errorText(outcome: Outcome<unknown, unknown>, at: CodePosition | undefined): string {
  if (outcome.status !== 'error') return '';
  const text = `${outcome.error.name}: ${outcome.error.message}`;
  return at ? `${text} (${CODE_FILE}:${at.line}:${at.column})` : text;
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
        if (current.signal.aborted) return { kind: 'cancelled' };
        if (isProblem(prepared)) {
          current.write(() => setProblem(prepared));
          return { kind: 'idle' };
        }
        const t0 = performance.now();
        const collector = collectRunEvents(t0);
        const store = new ResultsStore(prepared.items.length);
        const shared =
          settings.sharedLength > 0
            ? new Int32Array(new SharedArrayBuffer(4 * settings.sharedLength))
            : undefined;
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
        const pool = createPool({ size: settings.workers, onEvent: collector.onEvent });
        const slicer = timeSlicer();
        let ending: CodePhase = { kind: 'idle' };
        try {
          await yieldToPage();
          const lineOne = await lineOneOnPool(pool, current.signal);
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
            const at =
              outcome.status === 'error' && lineOne !== undefined
                ? learnerPosition(outcome.error.stack, CODE_FILE, lineOne, prepared.lineCount)
                : undefined;
            const message = errorText(outcome, at);
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
