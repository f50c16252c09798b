// Whether this thread may block in Atomics.wait. Browsers forbid it on the page's main thread (a blocked
// main thread freezes the page), allow it in dedicated workers, and there is no API that says which: so
// ask once with a wait that cannot sleep. Realm-neutral.

let answer: boolean | undefined;

/** True in dedicated workers; false on the page's main thread and where SharedArrayBuffer is missing. */
export function threadCanBlock(): boolean {
  if (answer === undefined) {
    try {
      // Expects 1 where 0 is stored: returns 'not-equal' at once where waiting is allowed, throws where not.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 1, 0);
      answer = true;
    } catch {
      answer = false;
    }
  }
  return answer;
}
