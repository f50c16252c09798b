import { useCallback, useState } from 'react';
import { IDLE, useRunState, type RunPhase } from '../../ui/use-run-state.ts';
import {
  measureTransfers,
  sizeSteps,
  type CopyReferencePoint,
  type TransferPoint,
} from './engine/measure-transfers.ts';
import { TRANSPORTS, type Transport } from './engine/transfer-protocol.ts';

type Busy = { readonly kind: 'running'; readonly transport: Transport; readonly bytes: number };
export type TransferPhase = RunPhase<Busy>;

/**
 * Resolves once the page is idle: React's commit and the charts' redraw (passive effects, which run after
 * the paint) are done, so none of that work lands inside the next round trip.
 */
function afterRender(): Promise<void> {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const idle = () =>
    new Promise<void>((resolve) =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(() => resolve(), { timeout: 500 })
        : setTimeout(resolve, 50),
    );
  return frame().then(frame).then(idle);
}

/** Runs the size sweep; rows appear as they are measured and stay when a run is cancelled or fails. */
export function useTransferSweep(sharedAvailable: boolean) {
  const [points, setPoints] = useState<readonly TransferPoint[]>([]);
  const [references, setReferences] = useState<readonly CopyReferencePoint[]>([]);
  /** Sweeps started, from the form or a lesson step: a step's explanation is stale once another starts. */
  const [runs, setRuns] = useState(0);
  const { phase, start, cancel } = useRunState<Busy>();

  /** Resolves with the points measured once the sweep has finished; undefined if it failed or was cancelled. */
  const run = useCallback(
    async (from: number, to: number, repeats: number): Promise<readonly TransferPoint[] | undefined> => {
      setRuns((n) => n + 1);
      const transports = TRANSPORTS.filter((t) => sharedAvailable || t !== 'shared');
      const measured: TransferPoint[] = [];
      let finished = false;
      await start({ kind: 'running', transport: transports[0]!, bytes: from }, async (current) => {
        current.write(() => {
          setPoints([]);
          setReferences([]);
        });
        await measureTransfers({
          sizes: sizeSteps(from, to),
          transports,
          repeats,
          signal: current.signal,
          onPoint: (point) => {
            if (current.write(() => setPoints((list) => [...list, point]))) measured.push(point);
          },
          onReference: (point) => current.write(() => setReferences((list) => [...list, point])),
          onProgress: (transport, bytes) => current.progress({ kind: 'running', transport, bytes }),
          settle: afterRender,
        });
        finished = current.live();
        return IDLE;
      });
      return finished ? measured : undefined;
    },
    [sharedAvailable, start],
  );

  return { points, references, phase, run, cancel, runs };
}
