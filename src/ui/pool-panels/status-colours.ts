import type { Status } from './results-store.ts';

/** Okabe–Ito colours per status, distinguishable under colour-vision deficiencies (text labels say it too). */
export const STATUS_COLOURS: Record<Status, string> = {
  pending: '#999999',
  ok: '#0072B2',
  error: '#D55E00',
  timeout: '#E69F00',
  cancelled: '#8c8c8c',
};
