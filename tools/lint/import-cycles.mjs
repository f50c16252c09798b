// @ts-check
// No import cycles anywhere in src/ and bench/: run by `npm run lint` after ESLint. A cycle counts type-only
// imports too, because the layers are about what knows what, not only about what runs first.
// Usage: node tools/lint/import-cycles.mjs [root]   (exit 1 and a list of the cycles when there is one)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = /\.(ts|tsx|mjs|js)$/;
// Static and dynamic imports, re-exports, and `new URL('./x.worker.ts', import.meta.url)`.
const SPECIFIER =
  /(?:^|[\s;}])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;}])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/gm;

/**
 * The relative specifiers a module's text imports, without `?query`.
 * @param {string} text
 * @returns {string[]}
 */
export function importedSpecifiers(text) {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const specifiers = [];
  for (const match of withoutComments.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (specifier?.startsWith('.')) specifiers.push(specifier.replace(/\?.*$/, ''));
  }
  return specifiers;
}

/**
 * Every cycle's modules (strongly connected components of two or more modules, or a module importing itself),
 * each sorted, from a map of module path -> module text. Paths use forward slashes.
 * @param {ReadonlyMap<string, string>} modules
 * @returns {string[][]}
 */
export function findImportCycles(modules) {
  /** @type {Map<string, string[]>} */
  const edges = new Map();
  for (const [file, text] of modules) {
    const targets = importedSpecifiers(text)
      .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)))
      .filter((target) => modules.has(target));
    edges.set(file, targets);
  }
  // Tarjan's strongly connected components, iterative so a deep import chain cannot overflow the stack.
  let counter = 0;
  /** @type {Map<string, number>} */ const index = new Map();
  /** @type {Map<string, number>} */ const low = new Map();
  /** @type {string[]} */ const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */ const cycles = [];
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    /** @type {[string, number][]} */ const work = [[root, 0]];
    while (work.length > 0) {
      const frame = /** @type {[string, number]} */ (work[work.length - 1]);
      const [node, next] = frame;
      if (next === 0) {
        index.set(node, counter);
        low.set(node, counter);
        counter++;
        stack.push(node);
        onStack.add(node);
      }
      const targets = edges.get(node) ?? [];
      if (next < targets.length) {
        frame[1] = next + 1;
        const target = /** @type {string} */ (targets[next]);
        if (!index.has(target)) work.push([target, 0]);
        else if (onStack.has(target)) low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0]) ?? 0, low.get(node) ?? 0));
      if (low.get(node) === index.get(node)) {
        /** @type {string[]} */ const component = [];
        let member;
        do {
          member = /** @type {string} */ (stack.pop());
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || targets.includes(node)) cycles.push(component.sort());
      }
    }
  }
  return cycles;
}

/**
 * @param {string} root
 * @param {string[]} folders
 * @returns {Map<string, string>}
 */
function readModules(root, folders) {
  /** @type {Map<string, string>} */ const modules = new Map();
  /** @param {string} folder */
  const walk = (folder) => {
    for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (SOURCE.test(entry.name))
        modules.set(relative, fs.readFileSync(path.join(root, relative), 'utf8'));
    }
  };
  for (const folder of folders) if (fs.existsSync(path.join(root, folder))) walk(folder);
  return modules;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? process.cwd();
  const modules = readModules(root, ['src', 'bench']);
  const cycles = findImportCycles(modules);
  if (cycles.length > 0) {
    console.error(`import cycles: ${cycles.length}`);
    for (const cycle of cycles) console.error(`  ${cycle.join(' <-> ')}`);
    process.exit(1);
  }
  console.log(`import cycles: none among ${modules.size} modules in src/ and bench/`);
}
