import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { FIRST_RENDER_MARK } from './first-load.mjs';

void test("the load workload looks for the mark main.tsx sets, spelled as the app's module spells it", () => {
  // Read as text (Node cannot import a .ts module), from the repository root.
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const source = readFileSync(join(root, 'src/app/first-render-mark.ts'), 'utf8');
  const declared = /export const FIRST_RENDER_MARK = '([^']+)';/.exec(source)?.[1];
  assert.equal(declared, FIRST_RENDER_MARK);
});
