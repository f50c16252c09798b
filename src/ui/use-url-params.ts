// A lab's inputs, kept in the URL: read once on mount (and on back/forward), written with replaceState
// so typing does not flood the history. Invalid values come back as issues and the defaults are used.
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  parseParams,
  serializeParams,
  type CrossCheck,
  type ParamIssue,
  type ParamSpecs,
  type ParamValues,
} from '../lib/url-state/index.ts';
import { SHARED_PARAMS } from './shared-params.ts';

export interface UrlParams<S extends ParamSpecs> {
  readonly values: ParamValues<S>;
  /** Problems found in the URL as it was loaded. */
  readonly issues: readonly ParamIssue[];
  /** Writes new values to the URL (defaults are omitted) and to state. */
  setValues(next: ParamValues<S>): void;
}

export function useUrlParams<S extends ParamSpecs>(specs: S, crossCheck?: CrossCheck<S>): UrlParams<S> {
  const read = useCallback(
    () =>
      parseParams(specs, new URLSearchParams(window.location.search), { shared: SHARED_PARAMS, crossCheck }),
    [specs, crossCheck],
  );
  const [parsed, setParsed] = useState(read);
  useEffect(() => {
    const onPop = () => setParsed(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [read]);
  const setValues = useCallback(
    (next: ParamValues<S>) => {
      const search = serializeParams(specs, next, new URLSearchParams(window.location.search)).toString();
      const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
      setParsed((previous) => ({ values: next, issues: previous.issues }));
    },
    [specs],
  );
  return useMemo(() => ({ values: parsed.values, issues: parsed.issues, setValues }), [parsed, setValues]);
}
