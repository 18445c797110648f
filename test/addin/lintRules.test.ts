/**
 * The lint rules that keep the program's shape (eslint.config.js) fire on a violation and stay
 * quiet on clean code.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

/**
 * ESLint loads its flat config with a dynamic import, which Jest's sandbox does not allow, so
 * the probes are linted by ESLint's API in a child Node process.
 */
const LINT_SCRIPT = `
const { ESLint } = require('eslint');
let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', async () => {
  // The probes are not files of the TypeScript project: the type-checked rules are off for them
  // (the rules these tests are about need no type information).
  const { configs } = require('typescript-eslint');
  const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [configs.disableTypeChecked, { languageOptions: { parserOptions: { projectService: false } } }] });
  const out = [];
  for (const { filePath, code } of JSON.parse(input)) {
    const [result] = await eslint.lintText(code, { filePath });
    out.push(result.messages.map((m) => m.ruleId + ': ' + m.message));
  }
  process.stdout.write(JSON.stringify(out));
});`;

function lintAll(probes: { filePath: string; code: string }[]): string[][] {
  const run = spawnSync(process.execPath, ['-e', LINT_SCRIPT], {
    cwd: ROOT,
    input: JSON.stringify(probes.map((p) => ({ ...p, filePath: resolve(ROOT, p.filePath) }))),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const probes: { filePath: string; code: string }[] = [];
const results = new Map<number, string[]>();
/** Registers a probe now; its messages are there once `beforeAll` has linted them all. */
function lint(filePath: string, code: string): () => string[] {
  const index = probes.push({ filePath, code }) - 1;
  return () => results.get(index) ?? [];
}

beforeAll(() => {
  lintAll(probes).forEach((messages, i) => results.set(i, messages));
}, 120_000);

describe('src/core stays pure', () => {
  const cases = [
    ["import * as fs from 'node:fs';", 'fs', 'no Node built-ins'],
    ["import { readFileSync } from 'fs';", 'readFileSync', 'files belong in src/cli'],
    ["import * as p from 'path';", 'p', 'paths belong in src/cli'],
    ["import React from 'react';", 'React', 'React belongs in src/addin/taskpane'],
    ["import { Button } from '@fluentui/react-components';", 'Button', 'Fluent UI belongs'],
    ["import ExcelJS from 'exceljs';", 'ExcelJS', 'ExcelJS belongs in src/xlsx'],
    ["import { createActions } from '../addin/workflow';", 'createActions', 'depends on nothing outside it'],
  ].map(([line, name, why]) => ({ line, why, messages: lint('src/core/probe.ts', `${line}\nexport const used = [${name}];\n`) }));

  test.each(cases)('$line is refused', ({ why, messages }) => {
    expect(messages().join('\n')).toContain(why);
  });

  const clean = lint('src/core/probe.ts', "import { cellAddress } from './input/cellAddress';\nexport const a = cellAddress(0, 0);\n");
  test('core-internal imports pass', () => {
    expect(clean()).toEqual([]);
  });
});

describe('components get their actions as props', () => {
  const excelRun = lint('src/addin/taskpane/components/Probe.tsx', 'export const f = () => Excel.run(async () => 1);\n');
  test('Excel.run inside a component is refused', () => {
    expect(excelRun()).toEqual([expect.stringContaining("no-restricted-globals: Unexpected use of 'Excel'")]);
  });

  const adapter = lint(
    'src/addin/taskpane/components/Probe.tsx',
    "import { writeReport } from '../../excel/writeReport';\nimport type { WriteResult } from '../../excel/types';\nexport const x: WriteResult | typeof writeReport | undefined = undefined;\n",
  );
  test('calling the adapter from a component is refused; its types are fine', () => {
    expect(adapter()).toEqual([expect.stringContaining('Components get their actions as props')]);
  });
});

describe('the shells see the core through its entry point', () => {
  const deep = [
    ['src/addin/excel/probe.ts', "import { uniqueSheetName } from '../../core/model/sheetNames';", 'uniqueSheetName'],
    ['src/addin/taskpane/components/Probe.tsx', "import type { Lang } from '../../../core/input/types';", 'undefined as Lang | undefined'],
    ['src/cli/probe.ts', "import { Dec } from '../core/money';", 'Dec'],
    ['src/xlsx/probe.ts', "import { isMarkerName } from '../core/model/markers';", 'isMarkerName'],
    ['src/example/probe.ts', "import { columnLetters } from '../core/input/cellAddress';", 'columnLetters'],
  ].map(([file, line, name]) => ({ file, line, messages: lint(file, `${line}\nexport const used = [${name}];\n`) }));

  test.each(deep)('$line in $file is refused', ({ messages }) => {
    expect(messages()).toEqual([expect.stringContaining("the core's folders are its inside")]);
  });

  const entry = lint('src/cli/probe.ts', "import { Dec, type Lang } from '../core';\nexport const used: [typeof Dec, Lang | undefined] = [Dec, undefined];\n");
  const test_ = lint('test/core/probe.test.ts', "import { Dec } from '../../src/core/money';\nexport const used = [Dec];\n");
  test('the entry point passes, and tests may still reach inside', () => {
    expect(entry()).toEqual([]);
    expect(test_()).toEqual([]);
  });
});

describe('texts are chosen by language only in catalogues', () => {
  const inline = lint('src/cli/probe.ts', "import type { Lang } from '../core';\nexport const f = (lang: Lang) => (lang === 'sv' ? 'Skrev' : 'Wrote');\n");
  test("an inline lang === 'sv' choice is refused, saying where texts go", () => {
    expect(inline()).toEqual([expect.stringContaining('no-restricted-syntax: Choose texts by language in a catalogue')]);
  });

  const switched = lint(
    'src/core/probe.ts',
    "export function f(l: string): number {\n  switch (l) {\n    case 'en':\n      return 1;\n    default:\n      return 2;\n  }\n}\n",
  );
  test('a switch on a language code is refused', () => {
    expect(switched()).toEqual([expect.stringContaining('defineCatalogue (src/core/text)')]);
  });

  const catalogue = lint(
    'src/cli/probe.ts',
    "import { defineCatalogue, isLang, type Lang } from '../core';\nconst TEXTS = defineCatalogue({ wrote: { sv: 'Skrev', en: 'Wrote' } });\nexport const f = (lang: Lang) => TEXTS.t('wrote', lang);\nexport const g = (v: string) => isLang(v);\n",
  );
  test('a catalogue entry and isLang pass', () => {
    expect(catalogue()).toEqual([]);
  });
});
