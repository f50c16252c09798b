// One sentence for a worker that failed, from its `error` event. Engines differ in what they put in
// `event.message`: Chromium and Firefox give "Uncaught Error: ..." for a throw and nothing for a script
// that did not load; WebKit gives its own wording, sometimes ending in a period. The sentence ends in
// exactly one. Realm-neutral, no DOM beyond the event's shape.

/** What a worker's `error` event carries that is worth saying; `message` is empty when nothing is known. */
export interface WorkerErrorLike {
  readonly message?: string;
  readonly filename?: string;
  readonly lineno?: number;
}

/** Said when the engine gives no message: the worker never ran (its script was refused or missing). */
export const SCRIPT_DID_NOT_LOAD = 'its script did not load, or threw before it started';

/** Why the worker failed, as a clause without a final period, for a sentence around it. */
export function workerErrorReason(event: WorkerErrorLike): string {
  return (event.message ?? '').trim().replace(/[.。]+$/u, '') || SCRIPT_DID_NOT_LOAD;
}

/** "`who` failed: `why`." — `who` names the worker as the learner sees it ("Summation worker 2"). */
export function workerFailureMessage(who: string, event: WorkerErrorLike): string {
  return `${who} failed: ${workerErrorReason(event)}.`;
}
