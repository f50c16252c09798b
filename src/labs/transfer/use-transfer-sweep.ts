import { useCallback, useEffect, useRef, useState } from 'react';
import {
  measureTransfers,
  sizeSteps,
  type CopyReferencePoint,
  type TransferPoint,
} from './engine/measure-transfers.ts';
import { TRANSPORTS, type Transport } from './engine/transfer-protocol.ts';

export type TransferPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly transport: Transport; readonly bytes: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly message: string };

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
  const [phase, setPhase] = useState<TransferPhase>({ kind: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async (from: number, to: number, repeats: number) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setPoints([]);
      setReferences([]);
      const live = () => !current.signal.aborted;
      try {
        await measureTransfers({
          sizes: sizeSteps(from, to),
          transports: TRANSPORTS.filter((t) => sharedAvailable || t !== 'shared'),
          repeats,
          signal: current.signal,
          onPoint: (point) => live() && setPoints((list) => [...list, point]),
          onReference: (point) => live() && setReferences((list) => [...list, point]),
          onProgress: (transport, bytes) => live() && setPhase({ kind: 'running', transport, bytes }),
          settle: afterRender,
        });
        if (live()) setPhase({ kind: 'idle' });
      } catch (error) {
        if (!live()) return;
        setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    },
    [sharedAvailable],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setPhase({ kind: 'cancelled' });
  }, []);

  return { points, references, phase, run, cancel };
}
