// The Comlink side of the echo worker: the same clone round trip, through Comlink's RPC layer.
export const comlinkEchoApi = {
  echo<T>(data: T): T {
    return data;
  },
};
export type ComlinkEchoApi = typeof comlinkEchoApi;
