// ESLint keeps two kinds of rules here (STYLE.md 24, docs/conventions.md › Boundaries):
// - type-aware typescript-eslint rules, so a promise nobody awaited or a mistyped `any` is an error, not a bug report;
// - which folder may import which, so the boundaries of docs/architecture.md › Where things live hold without
//   anybody remembering them.
// tests/unit/lint-rules.test.ts proves the rules fire, on the files in tests/lint/fixtures/.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/**
 * An import-boundary rule: the files of `folder` may import only what `allowed` lets through.
 * Patterns are regular expressions on the import as written (relative: `../journey/types`).
 */
function boundary(folder, message, patterns) {
  return {
    files: [`${folder}/**/*.ts`, `${folder}/**/*.svelte`],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns.map((pattern) => ({ message, ...pattern })) }],
    },
  };
}

// Every lib folder sits at lib/<name>/, so a sibling folder is `../<name>/` and lib/i18n.ts is `../i18n`.
// `only('journey', 'errors.ts')` lets through lib/journey/ and lib/errors.ts, and no other sibling.
const sibling = (name) => (name.endsWith('.ts') ? `${name.slice(0, -3)}$` : `${name}/`);
const only = (...siblings) => `^\\.\\./(?!(${siblings.map(sibling).join('|')}))`;

export default defineConfig(
  {
    ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'demo-output/', 'bench-output/', 'dist/', 'tests/lint/fixtures/'],
  },
  js.configs.recommended,
  ts.configs.recommendedTypeChecked,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
  },
  {
    // Components and rune modules: svelte-eslint-parser, with typescript-eslint for <script lang="ts">.
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // In markup svelte-eslint-parser types neither a component's callback props nor generic components
    // (`VList<Step>`), so their values read as `any` here; svelte-check type-checks the markup instead.
    files: ['**/*.svelte'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Tests, benchmarks and scripts read JSON reports and raw IndexedDB rows they made themselves, and reject
    // with IndexedDB's own `request.error` (a DOMException, typed nullable).
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
    },
  },
  {
    // This file and the lock-file script are plain JavaScript outside tsconfig.json: no type information.
    files: ['**/*.js', '**/*.mjs'],
    extends: [ts.configs.disableTypeChecked],
  },
  {
    rules: {
      // TypeScript itself reports undefined names, with the real globals of each context.
      'no-undef': 'off',
      // An `async` function without `await` still turns a throw into a rejection, which callers of a
      // Promise-returning interface (exports' `save`, test fakes) expect.
      '@typescript-eslint/require-await': 'off',
      // `_`-prefixed arguments are kept for their position (callback signatures).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  // Import boundaries (docs/conventions.md › Boundaries). lib/errors.ts imports nothing: every folder may use it.
  // lib/diagnostics.ts writes storage.session, which content scripts cannot: the recorder reports through a message.
  boundary(
    'lib/recorder',
    'The page recorder imports only lib/contract, lib/privacy, lib/journey, lib/dom, lib/errors.ts and wxt/browser; it reports problems with lib/recorder/report.ts, not lib/diagnostics.ts.',
    [{ regex: only('contract', 'privacy', 'journey', 'dom', 'errors.ts') }, { regex: '^(?!\\.|wxt/browser$)' }],
  ),
  boundary('lib/privacy', 'The privacy rules import only lib/journey, lib/dom, lib/errors.ts and (types only) lib/db/bundle.', [
    { regex: `${only('journey', 'dom', 'errors.ts')}(?!db/bundle$)` },
    { regex: '^\\.\\./db/bundle$', allowTypeImports: true },
    { regex: '^(?!\\.)' },
  ]),
  boundary('lib/contract', 'The contracts import only lib/journey, lib/errors.ts, types of lib/privacy, @webext-core/messaging and wxt/browser.', [
    { regex: only('journey', 'privacy', 'errors.ts') },
    { regex: '^\\.\\./privacy/', allowTypeImports: true },
    { regex: '^(?!\\.|@webext-core/messaging$|wxt/browser$)' },
  ]),
  boundary('lib/journey', "The journey's vocabulary imports no other lib folder but lib/i18n.ts, lib/errors.ts and (types only) lib/scorecard/types.", [
    { regex: '^\\.\\./(?!(i18n|errors|scorecard/types)$)' },
    { regex: '^\\.\\./scorecard/types$', allowTypeImports: true },
  ]),
  boundary('components', 'Components reach the store and the edits through the state modules in lib/panel/ and lib/map/ (types may be imported).', [
    { regex: '(^|/)lib/(db|edits)(/|$)', allowTypeImports: true },
  ]),
);
