// The wait-for graph of a set of threads and locks: an edge from each blocked thread to the thread that
// holds the lock it asks for. A cycle in it is a deadlock: nobody on the cycle can ever move. Pure.

export interface WaitEdge {
  /** The blocked thread. */
  readonly waiter: number;
  /** The lock it asks for. */
  readonly lock: number;
  /** The thread holding that lock. */
  readonly holder: number;
}

/**
 * The first cycle of the graph, as its edges in order (each edge's holder is the next edge's waiter), or
 * `undefined` when there is none. A blocked thread waits for one lock, so each thread has at most one
 * outgoing edge and following them from every start finds any cycle.
 */
export function findWaitCycle(edges: readonly WaitEdge[]): WaitEdge[] | undefined {
  const next = new Map<number, WaitEdge>();
  for (const edge of edges) if (!next.has(edge.waiter)) next.set(edge.waiter, edge);
  for (const start of next.keys()) {
    const path: WaitEdge[] = [];
    const seenAt = new Map<number, number>();
    let thread: number | undefined = start;
    while (thread !== undefined && !seenAt.has(thread)) {
      const edge = next.get(thread);
      if (!edge) break;
      seenAt.set(thread, path.length);
      path.push(edge);
      thread = edge.holder;
    }
    if (thread !== undefined && seenAt.has(thread)) return path.slice(seenAt.get(thread));
  }
  return undefined;
}
