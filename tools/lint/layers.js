// @ts-check
// The house's layers and the arrows allowed between them, read by the `layers/imports` ESLint rule and by
// the import-cycle check. docs/architecture.md draws the same table.
//
//   app -> labs -> {ui, charts, lib};  a lab's engine/ -> lib;  ui -> {charts, lib};  charts -> lib;
//   lib/* -> other lib/* (never labs, ui, charts, React); lib/math and lib/sum/kernels import nothing;
//   bench -> {lib, labs' engines, charts};  bench/baselines -> React only;  test-support is for tests only.

/**
 * @typedef {{ kind: string, name?: string }} Layer
 * `kind` is one of app, lab, engine, ui, charts, lib, test-support, bench, bench-baseline, bench-driver;
 * `name` is the lab
 * or library.
 */

/** Libraries that import nothing outside themselves. */
export const LEAF_LIBRARIES = ['math', 'sum-kernels'];

/** Layers whose code runs without React (and in workers, for some of it). */
export const REACT_FREE = ['engine', 'lib', 'charts', 'test-support', 'bench'];

/**
 * Which layer a repository-relative path (forward slashes) belongs to, or undefined outside the checked code.
 * @param {string} path
 * @returns {Layer | undefined}
 */
export function layerOf(path) {
  if (path === 'src/main.tsx' || path.startsWith('src/app/')) return { kind: 'app' };
  let match = /^src\/labs\/([^/]+)\/engine\//.exec(path);
  if (match?.[1]) return { kind: 'engine', name: match[1] };
  match = /^src\/labs\/([^/]+)\//.exec(path);
  if (match?.[1]) return { kind: 'lab', name: match[1] };
  if (path.startsWith('src/lib/sum/kernels/')) return { kind: 'lib', name: 'sum-kernels' };
  match = /^src\/lib\/([^/]+)\//.exec(path);
  if (match?.[1]) return { kind: 'lib', name: match[1] };
  if (path.startsWith('src/ui/')) return { kind: 'ui' };
  if (path.startsWith('src/charts/')) return { kind: 'charts' };
  if (path.startsWith('src/test-support/')) return { kind: 'test-support' };
  if (path.startsWith('bench/driver/')) return { kind: 'bench-driver' };
  if (path.startsWith('bench/baselines/')) return { kind: 'bench-baseline' };
  if (/^bench\/(page|peers|measure)\//.test(path)) return { kind: 'bench' };
  return undefined;
}

/** @param {Layer} layer */
export const layerName = (layer) => (layer.name ? `${layer.kind} ${layer.name}` : layer.kind);

/**
 * Why `from` may not import `to`, or undefined when it may. `fromIsTest`: the importing file is a test.
 * @param {Layer} from
 * @param {Layer} to
 * @param {boolean} fromIsTest
 * @returns {string | undefined}
 */
export function forbiddenImport(from, to, fromIsTest) {
  const same = from.kind === to.kind && from.name === to.name;
  if (same) return undefined;
  // A baseline measures a library alone (React, for the load workload): any code of ours would be in it.
  if (from.kind === 'bench-baseline') return 'a bench baseline imports nothing of the project';
  if (to.kind === 'bench-baseline') return 'a bench baseline is a page of its own: nothing imports it';
  if (from.kind === 'lib' && LEAF_LIBRARIES.includes(from.name ?? '')) {
    return `lib/${from.name} is a leaf: it imports nothing from the rest of the project`;
  }
  if (to.kind === 'test-support') {
    return fromIsTest || from.kind === 'test-support' ? undefined : 'test support is imported by tests only';
  }
  if (to.kind === 'app') return 'nothing imports the app shell';
  if (to.kind === 'bench' || to.kind === 'bench-driver') {
    return from.kind === 'bench' || from.kind === 'bench-driver'
      ? undefined
      : 'the product never imports the bench';
  }
  if (to.kind === 'lab') {
    if (from.kind === 'app') return undefined;
    if (from.kind === 'lab')
      return 'labs never import each other: move shared code to src/ui, src/charts or src/lib';
    return `only the app shell imports a lab page (${layerName(to)})`;
  }
  if (to.kind === 'engine') {
    if (from.kind === 'lab' && from.name === to.name) return undefined;
    if (from.kind === 'bench') return undefined;
    return `the ${to.name} lab's engine is imported only by that lab and by the bench`;
  }
  if (to.kind === 'ui') {
    return ['app', 'lab'].includes(from.kind) ? undefined : `${layerName(from)} never imports src/ui (React)`;
  }
  if (to.kind === 'charts') {
    return ['app', 'lab', 'ui', 'bench'].includes(from.kind)
      ? undefined
      : `${layerName(from)} never imports src/charts`;
  }
  // to.kind === 'lib': every layer may use a library.
  return undefined;
}
