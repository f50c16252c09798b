// "Speedup 1..K": the learner's task over the same items on 1, 2, …, K workers, each count on a fresh pool
// whose workers are all started before the clock starts, so the times compare the work and not worker
// start-up (compiling the learner's code on each worker stays in, as in a run). Sweeps stay on the chart until removed, for comparing two versions of the code.
import { useCallback, useState } from 'react';
import { createPool, taskFromSource } from '../../lib/pool/index.ts';
import { runSweep } from '../../lib/math/run-sweep.ts';
import type { Sweep } from '../../lib/math/sweep.ts';
import { distinctLabel } from '../../ui/sweep/sweep-label.ts';
import { cancelled, useRunState, type RunPhase } from '../../ui/use-run-state.ts';
import { hostPolicyGate, isProblem, prepareRun, type RunProblem } from './prepare-run.ts';
import type { CodeRunSettings } from './use-code-run.ts';
import { holdFor, warmEveryWorker } from './engine/warm-workers.ts';

type Busy = { readonly kind: 'sweeping'; readonly workers: number; readonly of: number };
export type SweepPhase = RunPhase<Busy>;

/** Items that did not end with a value, by worker count, in the newest sweep. */
export type SweepFailures = readonly { readonly workers: number; readonly failed: number }[];

/** A short, stable name for the work a sweep measured (FNV-1a of the code and items): equal work compares. */
function problemOf(settings: CodeRunSettings): string {
  const { inputs, sharedLength } = settings;
  const text = [
    inputs.language,
    inputs.fn,
    inputs.from,
    inputs.itemsText,
    inputs.low,
    inputs.high,
    inputs.parts,
    sharedLength,
  ].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `code-${hash.toString(16).padStart(8, '0')}`;
}

export function useCodeSweep() {
  const [sweeps, setSweeps] = useState<readonly Sweep[]>([]);
  const [problem, setProblem] = useState<RunProblem | undefined>();
  const [failures, setFailures] = useState<SweepFailures>([]);
  /** This host serves workers without their network policy (known once a sweep has checked). */
  const [unprotected, setUnprotected] = useState(false);
  /** By sweep id, what it measured in words: the caption of its slide figures. */
  const [descriptions, setDescriptions] = useState<ReadonlyMap<string, string>>(new Map());
  const { phase, start: startRun, abort: cancel } = useRunState<Busy>();

  const start = useCallback(
    /** `fromLink`: as in useCodeRun's start, code from a link waits on a host without the worker policy. */
    async (
      settings: CodeRunSettings,
      k: number,
      label: string,
      describe: (items: number) => string,
      fromLink = false,
      onChecked: () => void = () => {},
    ) => {
      setProblem(undefined);
      await startRun({ kind: 'sweeping', workers: 1, of: k }, async (current) => {
        // As in useCodeRun: code from a link waits on a host without the worker policy.
        const gate = hostPolicyGate(current.signal, fromLink, (inForce) =>
          current.write(() => {
            setUnprotected(!inForce);
            onChecked();
          }),
        );
        const prepared = await prepareRun(settings.inputs, current.signal, undefined, gate);
        if (current.signal.aborted) return cancelled(current);
        if (isProblem(prepared)) {
          current.write(() => setProblem(prepared));
          return { kind: 'idle' };
        }
        const task = taskFromSource(prepared.expression);
        // Python: each worker starts its interpreter as it starts (prepareWorker), so outside the clock.
        const prepareWorker =
          prepared.prepareWorker === undefined
            ? {}
            : { prepareWorker: taskFromSource<void, unknown>(prepared.prepareWorker) };
        const shared =
          settings.sharedLength > 0
            ? new Int32Array(new SharedArrayBuffer(4 * settings.sharedLength))
            : undefined;
        const input = shared ? prepared.items.map((item) => ({ item, shared })) : prepared.items;
        const failed: { workers: number; failed: number }[] = [];
        const id = `code-${Date.now()}`;
        const description = describe(prepared.items.length);
        current.write(() => setDescriptions((all) => new Map(all).set(id, description)));
        const sweepLabel = distinctLabel(
          `${label} (${prepared.items.length})`,
          sweeps.map((s) => s.label),
        );
        const measure = async (workers: number, signal: AbortSignal): Promise<number> => {
          const pool = createPool({ size: workers, idleTimeoutMs: Infinity, ...prepareWorker });
          try {
            await warmEveryWorker(pool, workers, holdFor, signal);
            shared?.fill(0);
            const t0 = performance.now();
            let notOk = 0;
            for await (const outcome of pool.map(input, task, {
              ordered: false,
              signal,
              ...(settings.timeoutMs > 0 ? { timeoutMs: settings.timeoutMs } : {}),
            })) {
              if (outcome.status !== 'ok') notOk++;
            }
            const ms = performance.now() - t0;
            signal.throwIfAborted();
            if (notOk > 0) failed.push({ workers, failed: notOk });
            return ms;
          } finally {
            await pool.terminate();
          }
        };
        try {
          await runSweep({
            id,
            label: sweepLabel,
            workerCounts: Array.from({ length: k }, (_, i) => i + 1),
            repeats: 1,
            measure,
            signal: current.signal,
            warmUp: false,
            fitMaxWorkers: Math.max(2, navigator.hardwareConcurrency || 1),
            onProgress: (workers) => current.progress({ kind: 'sweeping', workers, of: k }),
            onPoint: (sweep) =>
              current.write(() => {
                const withProblem = { ...sweep, problem: problemOf(settings) };
                setSweeps((all) => [...all.filter((s) => s.id !== id), withProblem]);
                setFailures([...failed]);
              }),
          });
        } catch (error) {
          if (current.signal.aborted) return cancelled(current);
          throw error;
        }
        return { kind: 'idle' };
      });
    },
    [startRun, sweeps],
  );

  const remove = useCallback((id: string) => setSweeps((all) => all.filter((s) => s.id !== id)), []);

  return {
    sweeps,
    descriptions,
    unprotected,
    problem,
    failures,
    phase,
    running: phase.kind === 'sweeping',
    start,
    cancel,
    remove,
  };
}

export type CodeSweep = ReturnType<typeof useCodeSweep>;
