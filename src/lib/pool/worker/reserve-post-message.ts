// Worker side: the pool's channel to the page belongs to the pool. Task code runs in the same global scope,
// so before any task runs the runtime keeps a bound reference to the real postMessage, and postMessage on
// the scope and on the prototypes above it then throws: a task cannot send the page a message that looks
// like the pool's (a forged report would give other items its values). Realm-neutral: a stand-in scope in
// the page realm's tests is treated like a worker's global.

export const RESERVED_POST_MESSAGE =
  'postMessage is reserved for the pool in a pool worker: return the value from the task instead';

interface Poster {
  postMessage(...args: never[]): void;
}

/** What postMessage is on a reserved scope and its prototypes. */
const refuse = function postMessage(this: void): never {
  throw new TypeError(RESERVED_POST_MESSAGE);
};

/** Prototypes other objects share: they get no postMessage (an AbortSignal has none). */
const SHARED_PROTOTYPES: ReadonlySet<unknown> = new Set([
  Object.prototype,
  typeof EventTarget === 'undefined' ? undefined : EventTarget.prototype,
]);

/**
 * Returns `scope.postMessage` bound to `scope`, for the runtime alone. From now on `postMessage` on the
 * scope, and on every prototype above it up to the shared ones (`EventTarget.prototype`), throws a
 * TypeError naming the reservation, however it is reached (`Object.getPrototypeOf(self).postMessage
 * .call(self, ...)`). A worker's global holds postMessage itself (WebIDL puts a global's operations on
 * the object, not on its prototype); a stand-in scope may hold it on its prototype. Call it once, before
 * any task runs.
 */
export function reservePostMessage<S extends Poster>(scope: S): S['postMessage'] {
  // A second runtime in the same scope would keep the refusal as its channel and never be heard.
  if ((scope.postMessage as unknown) === refuse)
    throw new Error('pool worker: postMessage is already reserved');
  const post = scope.postMessage.bind(scope) as S['postMessage'];
  // Neither writable nor configurable, so it stays the refusal.
  const reserved: PropertyDescriptor = {
    value: refuse,
    writable: false,
    enumerable: true,
    configurable: false,
  };
  for (
    let o: object | null = scope;
    o !== null && !SHARED_PROTOTYPES.has(o);
    o = Object.getPrototypeOf(o) as object | null
  )
    Object.defineProperty(o, 'postMessage', reserved);
  return post;
}
