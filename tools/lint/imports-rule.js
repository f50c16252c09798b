// @ts-check
// ESLint rule `layers/imports`: every import, re-export, dynamic import and `new URL(..., import.meta.url)`
// (how workers are started) must follow the arrows in layers.js, and React-free layers never import React.
import path from 'node:path';
import { forbiddenImport, layerName, layerOf, REACT_FREE } from './layers.js';

const REACT = /^react(-dom)?(\/|$)/;
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

/**
 * @param {string} cwd
 * @param {string} file
 */
const relativeToRoot = (cwd, file) => path.relative(cwd, file).split(path.sep).join('/');

/** @type {import('eslint').Rule.RuleModule} */
export const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers of docs/architecture.md' },
    schema: [],
  },
  create(context) {
    const file = relativeToRoot(context.cwd, context.filename);
    const from = layerOf(file);
    if (!from) return {};
    const isTest = TEST_FILE.test(file);

    /** @param {import('estree').Node} node @param {unknown} value */
    const check = (node, value) => {
      if (typeof value !== 'string') return;
      if (REACT.test(value)) {
        if (REACT_FREE.includes(from.kind)) {
          context.report({ node, message: `${layerName(from)} has no React: it cannot import '${value}'.` });
        }
        return;
      }
      if (!value.startsWith('.')) return;
      const target = relativeToRoot(
        context.cwd,
        path.resolve(path.dirname(context.filename), value.replace(/\?.*$/, '')),
      );
      const to = layerOf(target);
      if (!to) return;
      const why = forbiddenImport(from, to, isTest);
      if (why)
        context.report({ node, message: `${layerName(from)} -> ${layerName(to)} ('${value}'): ${why}.` });
    };

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      NewExpression(node) {
        const [first, second] = node.arguments;
        const isImportMetaUrl =
          second?.type === 'MemberExpression' &&
          second.object.type === 'MetaProperty' &&
          second.property.type === 'Identifier' &&
          second.property.name === 'url';
        if (node.callee.type === 'Identifier' && node.callee.name === 'URL' && isImportMetaUrl) {
          if (first?.type === 'Literal') check(first, first.value);
        }
      },
    };
  },
};

export default { rules: { imports: importsRule } };
