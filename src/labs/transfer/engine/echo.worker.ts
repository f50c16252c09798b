// The echo worker of the message-passing lab: answers each request (echo, signal, spin, make-clone).
import { expose } from 'comlink';
import { comlinkEchoApi } from './comlink-echo-api.ts';
import { handleEcho } from './echo-handler.ts';
import type { EchoRequest } from './transfer-protocol.ts';

self.onmessage = (event: MessageEvent) => {
  // Comlink calls come on a MessagePort the page sends once, so the two protocols never mix.
  const port = event.ports[0];
  if (port) {
    expose(comlinkEchoApi, port);
    return;
  }
  // Pass the getter, not the value: the first read of event.data is where deserialising happens.
  handleEcho(
    () => event.data as EchoRequest,
    (reply, transfer = []) => self.postMessage(reply, transfer),
  );
};
