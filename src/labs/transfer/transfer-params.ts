// The message-passing lab's inputs and their URL names (README "URL parameters" lists the same).
import { intParam } from '../../lib/url-state/index.ts';

const KB = 1024;
const MB = 1024 * KB;

export const transferParams = {
  /** Smallest payload, bytes. */
  from: intParam(1, 256 * MB, KB),
  /** Largest payload, bytes (sizes double from `from`). */
  to: intParam(1, 1024 * MB, 64 * MB),
  repeats: intParam(1, 50, 5),
  /** CPU loop length for the frame-meter experiment, ms. */
  loop: intParam(50, 10_000, 1000),
  /** Object graph cloned to the page in the frame-meter experiment, bytes. */
  clone: intParam(KB, 512 * MB, 64 * MB),
};
