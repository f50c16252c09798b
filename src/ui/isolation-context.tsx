import { createContext, useContext } from 'react';
import type { IsolationStatus } from './isolation-status.ts';

export const IsolationContext = createContext<IsolationStatus>({ isolated: false, reason: 'no-headers' });

/** Labs disable shared-memory features when this says not isolated, and show `describeIsolation`'s reason. */
export function useIsolation(): IsolationStatus {
  return useContext(IsolationContext);
}
