// The wire protocol between the page and the echo worker for the cost-of-moving-data measurements.
// Plain postMessage, not Comlink: Comlink's own overhead is one of the things measured, so it must not
// sit under the others. Realm-neutral.

export const TRANSPORTS = ['clone', 'clone-object', 'transfer', 'shared', 'comlink'] as const;
export type Transport = (typeof TRANSPORTS)[number];

/** A payload of plain objects with about `bytes` bytes of content: numbers, strings and arrays. */
export interface RecordPayload {
  readonly id: number;
  readonly name: string;
  readonly values: number[];
}

export type EchoRequest =
  /** Send the payload back the same way it came (clone or transfer). */
  | { readonly type: 'echo'; readonly seq: number; readonly data: unknown; readonly transfer: boolean }
  /** Shared memory: the data is already visible; reply with the sequence number read from the buffer. */
  | { readonly type: 'signal'; readonly seq: number; readonly shared: Int32Array }
  /** Write `seed`-patterned bytes into shared memory; the reply carries no data, only that it is done. */
  | { readonly type: 'fill'; readonly seq: number; readonly shared: Uint8Array; readonly seed: number }
  /** Run a CPU loop for `ms` in the worker (frame-meter experiment). */
  | { readonly type: 'spin'; readonly seq: number; readonly ms: number }
  /** Build a payload of `bytes` in the worker and send it to the page by structured clone. */
  | { readonly type: 'make-clone'; readonly seq: number; readonly bytes: number };

export type EchoReply =
  | {
      readonly type: 'echo';
      readonly seq: number;
      readonly data: unknown;
      /** ms the worker spent on its first read of event.data: deserialising the request. */
      readonly workerReadMs: number;
    }
  | { readonly type: 'signal'; readonly seq: number; readonly seen: number }
  | { readonly type: 'fill'; readonly seq: number }
  | { readonly type: 'spin'; readonly seq: number }
  | { readonly type: 'make-clone'; readonly seq: number; readonly data: unknown };
