// One object of each shape a map call makes (the call itself with its queues, an item, an 'ok' outcome),
// kept for as long as the page. Page realm.
//
// Why: V8 keeps an object shape (its "map") only while something holds it, and the code it optimized for a
// shape is thrown away when a full collection drops the shape. Between two map calls every call, item and
// outcome of the first is garbage; a full collection then (Chromium makes one when a page idles, or the
// bench's gc()) dropped all their shapes, and the next call ran every hot function of the pool on freshly
// deoptimized code: 200,000 tiny items took 80-100 ms instead of about 50 (`--js-flags=--trace-deopt`
// showed each of them "marked for deoptimization, reason: embedded weak objects cleared" once per
// collection). With one object of each shape alive, the shapes, and the code, stay.
import { RunTimeEstimate } from './batch-sizing.ts';
import type { Dispatcher } from './dispatcher.ts';
import { MapCall } from './map-call.ts';
import { resolveMapOptions, type ResolvedPoolOptions } from './validate-options.ts';
import { WorkItem } from './work-item.ts';

let anchors: readonly object[] | undefined;

/**
 * Makes the anchors, once per page. The anchor call is never iterated: it gets a stand-in for a dispatcher,
 * a task of its own and the default call options of `pool` (numbers only: no signal, no listener), so the
 * anchors keep no pool, run or listener alive.
 */
export function anchorCallShapes(pool: ResolvedPoolOptions): void {
  if (anchors) return;
  const task = { id: 0, source: '', estimate: new RunTimeEstimate() };
  const call = new MapCall<unknown, unknown>(
    {} as Dispatcher,
    0,
    [],
    task,
    resolveMapOptions(undefined, pool),
  );
  // Every field holds a value of the kind it holds in use (a double where the pool writes times), so the
  // anchor has the very shape the items of a run end with.
  const item = new WorkItem(call, 0, 0);
  item.queuedMs = 0.5;
  item.dispatchedMs = 0.5;
  item.startMs = 0.5;
  item.workerId = 1;
  const outcome = { index: 0, item: 0, workerId: 1, startMs: 0.5, endMs: 1.5, status: 'ok', value: 0 };
  anchors = [call, item, outcome];
}
