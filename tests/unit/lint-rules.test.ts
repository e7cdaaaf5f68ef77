import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rules of eslint.config.js fire: each file in tests/lint/fixtures/ breaks (or keeps) a boundary of
 * docs/conventions.md › Boundaries, and is linted as if it lived in the folder it names. The fixtures stay out
 * of `npm run lint`, tsc and svelte-check; a file that is not on disk is type-checked in TypeScript's default
 * project, with this repository's tsconfig.json.
 */
const eslint = new ESLint({
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['lib/*/lint-fixture.ts', 'components/LintFixture.svelte'], defaultProject: 'tsconfig.json' },
      },
    },
  },
});

/** The rule ids and the imports (or lines) ESLint reports for `fixture`, linted as `path`. */
async function lint(fixture: string, path: string): Promise<string[]> {
  const [result] = await eslint.lintText(readFileSync(`tests/lint/fixtures/${fixture}`, 'utf8'), { filePath: path });
  return result.messages.map((message) => `${message.ruleId ?? message.message}: ${/^'([^']+)' import/.exec(message.message)?.[1] ?? `line ${message.line}`}`);
}

const restricted = '@typescript-eslint/no-restricted-imports';

describe('lint rules', { timeout: 120_000 }, () => {
  it('the page recorder may not import the store, the background, the diagnostics log or a library other than wxt/browser', async () => {
    expect(await lint('recorder-imports.ts', 'lib/recorder/lint-fixture.ts')).toEqual([
      `${restricted}: ../db`,
      `${restricted}: idb`,
      `${restricted}: ../recording/state`,
      `${restricted}: ../diagnostics`,
    ]);
  });

  it('the privacy rules may not import the recorder, nor code of the store', async () => {
    expect(await lint('privacy-imports.ts', 'lib/privacy/lint-fixture.ts')).toEqual([`${restricted}: ../recorder/deliver`, `${restricted}: ../db/bundle`]);
  });

  it('the privacy rules may import the journey, DOM helpers, the error model and the type of a stored bundle', async () => {
    expect(await lint('privacy-allowed.ts', 'lib/privacy/lint-fixture.ts')).toEqual([]);
  });

  it('the contracts may not import code of the privacy rules, nor the store, nor translations', async () => {
    expect(await lint('contract-imports.ts', 'lib/contract/lint-fixture.ts')).toEqual([`${restricted}: ../privacy/field-rules`, `${restricted}: ../db`, `${restricted}: ../i18n`]);
  });

  it('the contracts may import the journey, the error model, types of the privacy rules and @webext-core/messaging', async () => {
    expect(await lint('contract-allowed.ts', 'lib/contract/lint-fixture.ts')).toEqual([]);
  });

  it("the journey's vocabulary may not import other lib folders, not even a type, but the scorecard's types", async () => {
    expect(await lint('journey-imports.ts', 'lib/journey/lint-fixture.ts')).toEqual([
      `${restricted}: ../db/bundle`,
      `${restricted}: ../privacy/address`,
      `${restricted}: ../scorecard/score`,
    ]);
  });

  it('components may not call the store or the edits directly', async () => {
    expect(await lint('ComponentImports.svelte', 'components/LintFixture.svelte')).toEqual([`${restricted}: ../lib/db`, `${restricted}: ../lib/edits/journeys`]);
  });

  it('a promise nobody awaits, a promise used as a boolean or a void callback, an await of a value and an any are errors', async () => {
    expect(await lint('promises.ts', 'lib/recording/lint-fixture.ts')).toEqual([
      '@typescript-eslint/no-floating-promises: line 6',
      '@typescript-eslint/no-misused-promises: line 10',
      '@typescript-eslint/no-misused-promises: line 10',
      '@typescript-eslint/await-thenable: line 14',
      '@typescript-eslint/no-explicit-any: line 17',
    ]);
  });
});
