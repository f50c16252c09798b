// A Comlink API exposed on one end of a MessageChannel and wrapped on the other, as a worker contract test
// needs it: every call and reply crosses structured clone as it does to a real worker, with no worker.
import { expose, releaseProxy, wrap, type Remote } from 'comlink';

const open: { channel: MessageChannel; proxy: Remote<unknown> }[] = [];

/** The proxy a page would hold for `api` served by a worker. */
export function exposeOverChannel<T extends object>(api: T): Remote<T> {
  const channel = new MessageChannel();
  expose(api, channel.port1);
  const proxy = wrap<T>(channel.port2);
  open.push({ channel, proxy });
  return proxy;
}

/** Releases every proxy and closes its ports: call it after each test. */
export function closeChannels(): void {
  for (const { channel, proxy } of open.splice(0)) {
    proxy[releaseProxy]();
    channel.port1.close();
    channel.port2.close();
  }
}
