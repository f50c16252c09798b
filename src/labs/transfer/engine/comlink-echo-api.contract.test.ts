// The echo worker's Comlink API as the lab sees it: exposed on one end of a MessageChannel and wrapped on
// the other. Its round trip is a structured clone each way, which is what the lab measures.
import { transfer } from 'comlink';
import { afterEach, expect, test } from 'vitest';
import { comlinkEchoApi } from './comlink-echo-api.ts';
import { closeChannels, exposeOverChannel } from '../../../test-support/comlink-channel.ts';

const connect = () => exposeOverChannel(comlinkEchoApi);

afterEach(closeChannels);

test('echo returns an equal copy: a cloned buffer, never the same object, the sender keeps its own', async () => {
  const sent = new Uint8Array([1, 2, 3, 250]).buffer;
  // Comlink's Remote type does not carry echo's type parameter through: the reply is typed unknown.
  const back = (await connect().echo(sent)) as ArrayBuffer;
  expect(back).not.toBe(sent);
  expect(sent.byteLength).toBe(4);
  expect([...new Uint8Array(back)]).toEqual([1, 2, 3, 250]);
});

test('echo with the buffer marked for transfer detaches the sender’s buffer', async () => {
  const sent = new Float64Array([0.5, 1.5]).buffer;
  const back = (await connect().echo(transfer(sent, [sent]))) as ArrayBuffer;
  expect(sent.byteLength).toBe(0);
  expect([...new Float64Array(back)]).toEqual([0.5, 1.5]);
});

test('echo clones objects, BigInts and nested structure', async () => {
  const value = { name: 'x', big: 2n ** 70n, list: [1, { deep: true }], when: new Date(0) };
  const back = await connect().echo(value);
  expect(back).toEqual(value);
  expect(back).not.toBe(value);
});
