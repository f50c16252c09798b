// One side of a ping-pong: the page starts two of these and gives them a MessagePort pair or a shared flag.
import { pingAtomics, pingMessages, pongAtomics, pongMessages, type PingPongRequest } from './ping-pong.ts';

self.onmessage = async (event: MessageEvent<PingPongRequest>) => {
  const request = event.data;
  if (request.role === 'pong') {
    if (request.mode === 'atomics' && request.flag) pongAtomics(request.flag);
    else if (request.port) pongMessages(request.port);
    return;
  }
  const samples =
    request.mode === 'atomics' && request.flag
      ? pingAtomics(request.flag, request.rounds, request.block)
      : request.port
        ? await pingMessages(request.port, request.rounds, request.block)
        : [];
  self.postMessage({ mode: request.mode, microsPerRoundTrip: samples });
};
