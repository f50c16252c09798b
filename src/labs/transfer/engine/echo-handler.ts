// What the echo worker does with each request. Realm-neutral: the worker entry passes its own `post`.
import { makeBytes, makeRecords } from './payloads.ts';
import type { EchoReply, EchoRequest } from './transfer-protocol.ts';

type Post = (reply: EchoReply, transfer?: Transferable[]) => void;

function spin(ms: number): void {
  const end = performance.now() + ms;
  let x = 0;
  while (performance.now() < end) x = (x + 1) | 0;
}

/** Handles one message; `readData` is the first access of `event.data`, where the receiver deserialises. */
export function handleEcho(readData: () => EchoRequest, post: Post): void {
  const t0 = performance.now();
  const request = readData();
  const workerReadMs = performance.now() - t0;
  switch (request.type) {
    case 'echo': {
      const transfer =
        request.transfer && request.data instanceof Uint8Array ? [request.data.buffer as ArrayBuffer] : [];
      post({ type: 'echo', seq: request.seq, data: request.data, workerReadMs }, transfer);
      return;
    }
    case 'signal':
      post({ type: 'signal', seq: request.seq, seen: Atomics.load(request.shared, 0) });
      return;
    case 'fill':
      request.shared.set(makeBytes(request.shared.length, request.seed));
      post({ type: 'fill', seq: request.seq });
      return;
    case 'spin':
      spin(request.ms);
      post({ type: 'spin', seq: request.seq });
      return;
    case 'make-clone':
      post({ type: 'make-clone', seq: request.seq, data: makeRecords(request.bytes) });
      return;
  }
}
