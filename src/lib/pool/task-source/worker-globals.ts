// Which free names may a task read? The globals of a dedicated module worker, minus names that are far more
// likely an outer variable than the worker global of the same name. Runs on the page, but does not ask the
// page: `name in globalThis` there also accepts the DOM (`document`, `HTMLElement`), window methods (`find`,
// `focus`) and every element id (`<div id="root">` makes `window.root`), none of which exist in the worker.
// The list is the one Chromium's worker reports (worker-global-names.ts, generated). Another browser's worker
// may lack a name on it; a task that reads one then fails at run time with the same outer-variable message.
import { WORKER_GLOBAL_NAMES } from './worker-global-names.ts';

/**
 * Worker globals that read as someone's variable: a task reading a bare `name` almost surely meant an outer
 * `name`, not the worker's name, and would silently get `''`; likewise `origin` (a string) and `when` (an
 * EventTarget method in Chromium, which would turn an outer `when` into a function).
 */
const READ_AS_OUTER = new Set(['name', 'origin', 'when']);

/** Whether a task that reads `name` free gets a real worker global for it. */
export function isWorkerGlobal(name: string): boolean {
  return !READ_AS_OUTER.has(name) && WORKER_GLOBAL_NAMES.has(name);
}
