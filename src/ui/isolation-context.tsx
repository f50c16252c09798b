import { createContext, useContext } from 'react';
import type { IsolationStatus } from './isolation-status.ts';

export const IsolationContext = createContext<IsolationStatus>({
  sharedMemory: false,
  isolated: false,
  reason: 'no-headers',
});

/** Labs disable shared-memory features when this says it is off, and show the reason. */
export function useIsolation(): IsolationStatus {
  return useContext(IsolationContext);
}
