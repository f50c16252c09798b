// Workloads that measure a lab as a learner runs it. Instead of calling a workload inside bench.html, the
// driver opens the app's own page at the lab's link and presses Run: what React renders, the canvas the
// lab draws and the pool it drives all count, as they do for a learner.
import { coursePage } from './course-page.mjs';
import { firstLoad } from './first-load.mjs';
import { poolLab } from './pool-lab.mjs';

/**
 * @typedef {object} LabRunContext
 * @property {import('playwright').Browser} browser
 * @property {string} origin the built site, served with the isolation headers
 * @property {import('../page/bench-types.ts').BenchOptions} options
 * @property {(message: string) => void} progress
 */

/**
 * @typedef {object} LabWorkload
 * @property {string} name
 * @property {string} description one line for `--list`
 * @property {(context: LabRunContext) => Promise<import('../page/bench-types.ts').BenchResult>} run
 */

/** @type {readonly LabWorkload[]} */
export const LAB_WORKLOADS = [poolLab, firstLoad, coursePage];
