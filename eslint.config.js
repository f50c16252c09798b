// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layersPlugin from './tools/lint/imports-rule.js';

/**
 * The house's import arrows (tools/lint/layers.js, drawn in docs/architecture.md), for every file they govern.
 * Exported so tools/lint/imports-rule.test.mjs lints deliberate bad imports with exactly this configuration.
 */
/** @type {import('eslint').Linter.Config} */
export const layerConfig = {
  files: ['src/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx,mjs}'],
  plugins: { layers: layersPlugin },
  rules: { 'layers/imports': 'error' },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // public/*.js (embed.js) is served to other sites as it is, outside every tsconfig: the type-aware
        // rules check it with typescript-eslint's default project instead of being turned off for it.
        projectService: { allowDefaultProject: ['public/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
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
    files: ['src/**/*.{ts,tsx}', 'bench/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.{js,mjs}', 'scripts/**', 'tools/**', 'bench/driver/**', 'e2e/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts served as they are to other sites' pages (public/embed.js): classic scripts in the browser.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  layerConfig,
  {
    files: ['src/**/*.worker.ts', 'bench/**/*.worker.ts'],
    languageOptions: { globals: { ...globals.worker } },
  },
);
