// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Libraries and leaves: no React, no labs, no app (STYLE habit 7: app -> labs -> {pool, sum, sync, charts, ui} -> kernels). */
const LIBRARY_FOLDERS = [
  'pool',
  'kernels',
  'sum',
  'sync',
  'url-state',
  'charts',
  'measure',
  'sweep',
  'transfer',
  'sim',
  'race',
  'lock-demos',
];
const LABS = ['sum', 'pool', 'speedup', 'sync', 'transfer'];

/**
 * @param {{ group: string[], message: string }[]} patterns
 * @returns {import('eslint').Linter.RuleEntry}
 */
const restrictImports = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
      // TypeScript already checks names (checkJs too); the rule cannot see declared globals.
      'no-undef': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.{js,mjs}', 'scripts/**', 'bench/**', 'e2e/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  ...LIBRARY_FOLDERS.map((folder) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': restrictImports([
        {
          group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
          message: `src/${folder} is a library: no React.`,
        },
        {
          group: ['**/labs/**', '**/app/**'],
          message: `src/${folder} is a library: it never imports labs or the app.`,
        },
      ]),
    },
  })),
  ...LABS.map((lab) => ({
    files: [`src/labs/${lab}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': restrictImports([
        {
          group: LABS.filter((other) => other !== lab).flatMap((other) => [
            `**/labs/${other}`,
            `**/labs/${other}/**`,
          ]),
          message: 'Labs never import each other: move shared code to src/ui, src/charts or a library.',
        },
        { group: ['**/app/**'], message: 'Labs do not import the app shell.' },
      ]),
    },
  })),
  {
    files: ['src/**/*.worker.ts'],
    languageOptions: { globals: { ...globals.worker } },
  },
);
