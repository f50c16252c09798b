// @ts-check
// The import rules, each shown failing on a deliberate bad import (and passing on the allowed one beside it),
// linted with the repository's own layer configuration. Run by `npm run test:tools` (node --test).
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { layerConfig } from '../../eslint.config.js';
import { findImportCycles, importedSpecifiers } from './import-cycles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx,mjs}'], languageOptions: { parser: tseslint.parser } },
    layerConfig,
  ],
});

/**
 * The `layers/imports` messages for a file at `file` (repository-relative) whose text is `code`.
 * @param {string} file
 * @param {string} code
 */
async function layerErrors(file, code) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'layers/imports')
    .map((m) => m.message);
}

/** [importing file, import statement, the reason the rule must give] */
const FORBIDDEN = [
  ['src/lib/pool/page/x.ts', "import { App } from '../../../app/app.tsx';", /nothing imports the app shell/],
  ['src/lib/pool/page/x.ts', "import { SumLab } from '../../../labs/sum/sum-lab.tsx';", /only the app shell/],
  [
    'src/lib/pool/page/x.ts',
    "import { useI18n } from '../../../ui/i18n-context.tsx';",
    /never imports src\/ui/,
  ],
  [
    'src/lib/pool/page/x.ts',
    "import { palette } from '../../../charts/palette.ts';",
    /never imports src\/charts/,
  ],
  ['src/lib/atomics/x.ts', "import { useState } from 'react';", /has no React/],
  ['src/lib/math/x.ts', "import { Mutex } from '../atomics/mutex.ts';", /leaf/],
  ['src/lib/sum/kernels/x.ts', "import { median } from '../../math/stats.ts';", /leaf/],
  ['src/labs/sum/x.ts', "import { SyncLab } from '../sync/sync-lab.tsx';", /labs never import each other/],
  [
    'src/labs/sum/x.ts',
    "import { runRace } from '../sync/engine/race/run-race.ts';",
    /engine is imported only/,
  ],
  [
    'src/ui/x.ts',
    "import { runRace } from '../labs/sync/engine/race/run-race.ts';",
    /engine is imported only/,
  ],
  [
    'src/app/x.ts',
    "import { runRace } from '../labs/sync/engine/race/run-race.ts';",
    /engine is imported only/,
  ],
  [
    'src/labs/sync/engine/x.ts',
    "import { useI18n } from '../../../ui/i18n-context.tsx';",
    /never imports src\/ui/,
  ],
  ['src/labs/sync/engine/x.ts', "import { SyncLab } from '../sync-lab.tsx';", /only the app shell/],
  ['src/labs/sync/engine/x.ts', "import React from 'react';", /has no React/],
  ['src/charts/x.ts', "import { useI18n } from '../ui/i18n-context.tsx';", /never imports src\/ui/],
  [
    'src/lib/pool/page/x.ts',
    "import { collect } from '../../../test-support/pool-helpers.ts';",
    /tests only/,
  ],
  ['src/lib/sum/x.ts', "import { run } from '../../../bench/page/bench-page.ts';", /never imports the bench/],
  [
    'src/lib/sum/x.ts',
    "const w = new URL('../../labs/sync/engine/race/race.worker.ts', import.meta.url);",
    /only/,
  ],
  ['src/lib/sum/x.ts', "export { App } from '../../app/app.tsx';", /app shell/],
  ['src/lib/sum/x.ts', "const m = import('../../app/app.tsx');", /app shell/],
  [
    'bench/baselines/x.tsx',
    "import { sumRange } from '../../src/lib/sum/kernels/sum-range.ts';",
    /nothing of/,
  ],
  ['bench/page/x.ts', "import { a } from '../baselines/react-only.tsx';", /nothing imports it/],
];

/** [importing file, import statement]: arrows the house allows. */
const ALLOWED = [
  ['src/app/x.ts', "import { SumLab } from '../labs/sum/sum-lab.tsx';"],
  ['src/labs/sync/x.ts', "import { runRace } from './engine/race/run-race.ts';"],
  ['src/labs/sync/x.ts', "import { Mutex } from '../../lib/atomics/mutex.ts';"],
  ['src/labs/sync/x.ts', "import { useI18n } from '../../ui/i18n-context.tsx';"],
  ['src/labs/sync/engine/x.ts', "import { Mutex } from '../../../lib/atomics/mutex.ts';"],
  ['src/ui/x.ts', "import { palette } from '../charts/palette.ts';"],
  ['src/lib/sum/x.ts', "import { sumRange } from './kernels/sum-range.ts';"],
  ['src/lib/pool/page/x.ts', "import { quantile } from '../../math/stats.ts';"],
  ['src/lib/pool/x.test.ts', "import { collect } from '../../test-support/pool-helpers.ts';"],
  ['bench/page/x.ts', "import { runRace } from '../../src/labs/sync/engine/race/run-race.ts';"],
  ['bench/page/x.ts', "import { speedupChart } from '../../src/charts/speedup-chart.ts';"],
  ['bench/baselines/x.tsx', "import { createRoot } from 'react-dom/client';"],
];

for (const [file, code, reason] of FORBIDDEN) {
  void test(`refused: ${file}: ${code}`, async () => {
    const errors = await layerErrors(/** @type {string} */ (file), /** @type {string} */ (code));
    assert.equal(errors.length, 1, `expected one layers/imports error, got ${JSON.stringify(errors)}`);
    assert.match(/** @type {string} */ (errors[0]), /** @type {RegExp} */ (reason));
  });
}

for (const [file, code] of ALLOWED) {
  void test(`allowed: ${file}: ${code}`, async () => {
    assert.deepEqual(await layerErrors(/** @type {string} */ (file), /** @type {string} */ (code)), []);
  });
}

void test('the cycle check finds a cycle through a type-only import and a worker URL, and only that one', () => {
  const modules = new Map([
    ['src/a.ts', "import { b } from './b.ts';\nexport const a = b;"],
    ['src/b.ts', "import type { C } from './c.ts';\nexport const b = 1 as unknown as C;"],
    [
      'src/c.ts',
      "const w = new Worker(new URL('./a.ts', import.meta.url), { type: 'module' });\nexport type C = 1;",
    ],
    ['src/d.ts', "import { a } from './a.ts';\nexport const d = a;"],
    ['src/e.ts', "// import { d } from './d.ts';\nexport const e = 2;"],
  ]);
  assert.deepEqual(findImportCycles(modules), [['src/a.ts', 'src/b.ts', 'src/c.ts']]);
});

void test('the cycle check finds a module importing itself and passes a tree', () => {
  assert.deepEqual(findImportCycles(new Map([['src/s.ts', "export * from './s.ts';"]])), [['src/s.ts']]);
  const tree = new Map([
    ['src/a.ts', "import './b.ts';\nimport { c } from '../src/c.ts';"],
    ['src/b.ts', "import { c } from './c.ts';"],
    ['src/c.ts', 'export const c = 3;'],
  ]);
  assert.deepEqual(findImportCycles(tree), []);
});

void test('specifiers: static, side-effect, re-export, dynamic and worker URL; queries dropped; comments ignored', () => {
  const text = [
    "import { a } from './a.ts';",
    "import './side.ts';",
    "export { b } from '../b.ts';",
    "const m = await import('./lazy.tsx');",
    "import W from './w.worker.ts?worker';",
    "new Worker(new URL('./x.worker.ts', import.meta.url));",
    "/* import { no } from './no.ts'; */",
    "import fc from 'fast-check';",
  ].join('\n');
  assert.deepEqual(importedSpecifiers(text), [
    './a.ts',
    './side.ts',
    '../b.ts',
    './lazy.tsx',
    './w.worker.ts',
    './x.worker.ts',
  ]);
});
