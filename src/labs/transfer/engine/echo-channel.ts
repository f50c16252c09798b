// The page's side of the echo worker: one round trip per call, timed on the page. Started on demand and
// terminated by `close()`; every call takes an AbortSignal.
import { wrap, type Remote } from 'comlink';
import type { ComlinkEchoApi } from './comlink-echo-api.ts';
import type { EchoReply, EchoRequest, RecordPayload } from './transfer-protocol.ts';
import { workerFailureMessage } from '../../../lib/workers/worker-failure.ts';

export interface RoundTrip {
  /** ms from just before sending to just after the reply's data was read. */
  readonly roundTripMs: number;
  /** ms inside the page's postMessage call: serialising on the sender (the page). */
  readonly pageSendMs: number;
  /** ms of the page's first read of the reply's data: deserialising on the receiver (the page). */
  readonly pageReadMs: number;
  /** ms the worker spent deserialising the request (echo only). */
  readonly workerReadMs: number;
  readonly data: unknown;
}

function abortError(): DOMException {
  return new DOMException('The measurement was cancelled.', 'AbortError');
}

export class EchoChannel {
  readonly #worker: Worker;
  readonly #comlink: Remote<ComlinkEchoApi>;
  readonly #comlinkPort: MessagePort;
  /** Rejects when the worker fails (its script did not load, or it threw): every call then ends with it. */
  readonly #failed: Promise<never>;
  #seq = 0;

  private constructor(worker: Worker, comlink: Remote<ComlinkEchoApi>, port: MessagePort) {
    this.#worker = worker;
    this.#comlink = comlink;
    this.#comlinkPort = port;
    this.#failed = new Promise<never>((_, reject) => {
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        reject(new Error(workerFailureMessage('The echo worker', event)));
      });
    });
    // Awaited by every call through #orFailure; a failure with no call waiting is not unhandled.
    this.#failed.catch(() => {});
  }

  /** `work`, or the worker's failure if that comes first: a dead worker never leaves a call waiting. */
  #orFailure<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.#failed]);
  }

  static open(): EchoChannel {
    const worker = new Worker(new URL('./echo.worker.ts', import.meta.url), { type: 'module', name: 'echo' });
    const channel = new MessageChannel();
    worker.postMessage(null, [channel.port2]);
    return new EchoChannel(worker, wrap<ComlinkEchoApi>(channel.port1), channel.port1);
  }

  /** One request/reply pair on the plain protocol. */
  #exchange(
    build: (seq: number) => EchoRequest,
    transfer: Transferable[],
    signal: AbortSignal,
  ): Promise<RoundTrip> {
    signal.throwIfAborted();
    const seq = ++this.#seq;
    return this.#orFailure(
      new Promise<RoundTrip>((resolve, reject) => {
        let pageSendMs = 0;
        let start = 0;
        const onAbort = () => {
          this.#worker.removeEventListener('message', onMessage);
          reject(abortError());
        };
        const onMessage = (event: MessageEvent) => {
          const t0 = performance.now();
          const reply = event.data as EchoReply;
          const pageReadMs = performance.now() - t0;
          if (reply.seq !== seq) return;
          const end = performance.now();
          this.#worker.removeEventListener('message', onMessage);
          signal.removeEventListener('abort', onAbort);
          resolve({
            roundTripMs: end - start,
            pageSendMs,
            pageReadMs,
            workerReadMs: reply.type === 'echo' ? reply.workerReadMs : 0,
            data: reply.type === 'echo' || reply.type === 'make-clone' ? reply.data : undefined,
          });
        };
        this.#worker.addEventListener('message', onMessage);
        signal.addEventListener('abort', onAbort, { once: true });
        const request = build(seq);
        start = performance.now();
        this.#worker.postMessage(request, transfer);
        pageSendMs = performance.now() - start;
      }),
    );
  }

  /** Structured clone both ways: the data is copied twice. */
  clone(data: Uint8Array | RecordPayload[], signal: AbortSignal): Promise<RoundTrip> {
    return this.#exchange((seq) => ({ type: 'echo', seq, data, transfer: false }), [], signal);
  }

  /** Transfer both ways: the buffer moves, the sender's view is detached (byteLength 0) until it returns. */
  transfer(data: Uint8Array, signal: AbortSignal): Promise<RoundTrip> {
    return this.#exchange((seq) => ({ type: 'echo', seq, data, transfer: true }), [data.buffer], signal);
  }

  /**
   * Shared memory: the bytes are already visible to both threads; only a signal goes across, carrying a
   * view of the buffer (a handle, not a copy). Word 0 holds the sequence number the worker reads back.
   */
  signal(shared: Int32Array, signal: AbortSignal): Promise<RoundTrip & { seen: number }> {
    let sent = 0;
    return this.#exchange(
      (seq) => {
        sent = seq;
        Atomics.store(shared, 0, seq);
        return { type: 'signal', seq, shared };
      },
      [],
      signal,
    ).then((trip) => ({ ...trip, seen: sent }));
  }

  /** The same clone round trip through Comlink's RPC layer. */
  async comlink(data: Uint8Array, signal: AbortSignal): Promise<RoundTrip> {
    signal.throwIfAborted();
    const start = performance.now();
    const back = await this.#orFailure(this.#comlink.echo(data));
    const roundTripMs = performance.now() - start;
    signal.throwIfAborted();
    return { roundTripMs, pageSendMs: 0, pageReadMs: 0, workerReadMs: 0, data: back };
  }

  /** The worker writes into shared memory; only "done" comes back. Resolves with the reply itself. */
  async fill(shared: Uint8Array, seed: number, signal: AbortSignal): Promise<unknown> {
    let reply: unknown;
    const listener = (event: MessageEvent) => {
      reply = event.data;
    };
    this.#worker.addEventListener('message', listener);
    try {
      await this.#exchange((seq) => ({ type: 'fill', seq, shared, seed }), [], signal);
    } finally {
      this.#worker.removeEventListener('message', listener);
    }
    return reply;
  }

  /** A CPU loop of `ms` in the worker (the page stays free). */
  spin(ms: number, signal: AbortSignal): Promise<RoundTrip> {
    return this.#exchange((seq) => ({ type: 'spin', seq, ms }), [], signal);
  }

  /** The worker builds an object graph of `bytes` and sends it by clone; the page deserialises it. */
  makeClone(bytes: number, signal: AbortSignal): Promise<RoundTrip> {
    return this.#exchange((seq) => ({ type: 'make-clone', seq, bytes }), [], signal);
  }

  close(): void {
    this.#comlinkPort.close();
    this.#worker.terminate();
  }
}
