// Whether a step's explanation still describes what its lab shows: the lab counts the runs it starts (the
// step's own among them); once the step is done, any later run makes the explanation one of earlier numbers.
import { useState } from 'react';

/**
 * `labRuns`: runs the lab has started so far, the step's included (undefined: the lab does not count them,
 * its tables keeping the rows an explanation quotes); `done`: the step's runs have finished and it has an
 * explanation. True once the lab has started a run after the step finished.
 */
export function useStaleExplanation(labRuns: number | undefined, done: boolean): boolean {
  // The count when the step finished, kept until it runs again (state adjusted while rendering, as React
  // recommends for a value derived from a change of props, rather than in an effect a render late).
  const [mark, setMark] = useState({ done, runs: labRuns });
  if (mark.done !== done) setMark({ done, runs: labRuns });
  return done && mark.done && (labRuns ?? 0) > (mark.runs ?? 0);
}
