/**
 * ESLint flat config. Besides typescript-eslint's recommended rules it guards the shape of
 * the program (shared/docs/style.md): the core stays pure (no Office.js, React, Fluent UI,
 * ExcelJS or Node I/O), and the task pane's components never reach Office.js themselves.
 */
const tseslint = require('typescript-eslint');

const NODE_GLOBALS = { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' };

/** What src/core must not import. */
const CORE_FORBIDDEN = {
  paths: [
    { name: 'office-js', message: 'The core is pure: Office.js belongs in src/addin/excel.' },
    { name: '@microsoft/office-js', message: 'The core is pure: Office.js belongs in src/addin/excel.' },
    { name: 'react', message: 'The core is pure: React belongs in src/addin/taskpane.' },
    { name: 'react-dom', message: 'The core is pure: React belongs in src/addin/taskpane.' },
    { name: 'exceljs', message: 'The core is pure: ExcelJS belongs in src/xlsx.' },
    { name: 'fs', message: 'The core is pure: files belong in src/cli.' },
    { name: 'fs/promises', message: 'The core is pure: files belong in src/cli.' },
    { name: 'path', message: 'The core is pure: paths belong in src/cli.' },
    { name: 'os', message: 'The core is pure.' },
    { name: 'child_process', message: 'The core is pure.' },
  ],
  patterns: [
    { group: ['node:*'], message: 'The core is pure: no Node built-ins.' },
    { group: ['@fluentui/*'], message: 'The core is pure: Fluent UI belongs in src/addin/taskpane.' },
    { group: ['react/*', 'react-dom/*'], message: 'The core is pure: React belongs in src/addin/taskpane.' },
    { group: ['**/addin/**', '**/cli/**', '**/xlsx/**'], message: 'The core depends on nothing outside it; the renderers depend on the core.' },
  ],
};

/**
 * Texts in two languages are chosen in one place: a catalogue made with `defineCatalogue`
 * (src/core/text). A comparison with a language code elsewhere is a text choice that has
 * escaped its catalogue.
 */
const LANGUAGE_CHOICE_MESSAGE =
  'Choose texts by language in a catalogue, not inline: add a { sv, en } entry with defineCatalogue (src/core/text) and read it with t(key, lang); to check a language from input, use isLang.';
const LANGUAGE_CODE = '/^(sv|en)$/';
const LANGUAGE_CHOICES = [
  { selector: `BinaryExpression[operator=/^[!=]==?$/][left.value=${LANGUAGE_CODE}]`, message: LANGUAGE_CHOICE_MESSAGE },
  { selector: `BinaryExpression[operator=/^[!=]==?$/][right.value=${LANGUAGE_CODE}]`, message: LANGUAGE_CHOICE_MESSAGE },
  { selector: `SwitchCase[test.value=${LANGUAGE_CODE}]`, message: LANGUAGE_CHOICE_MESSAGE },
];

module.exports = tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'build/**', 'out/**', 'coverage/**', 'test-artifacts/**', 'bin/**', '**/*.d.ts'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: NODE_GLOBALS },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: { 'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }] },
  },
  // The product's code gets typescript-eslint's type-checked strict set. Left out, and why:
  // - no-non-null-assertion: `!` marks invariants the types cannot carry (a Map entry made two
  //   lines up, a regex group that matched); each is local and read at a glance.
  // - no-unnecessary-condition: without `noUncheckedIndexedAccess` an index read is typed as
  //   always defined, so the rule calls the deliberate guards against short rows and missing
  //   cells "unnecessary" — exactly the guards bad input needs.
  // Numbers may stand in template strings (restrict-template-expressions allowNumber): they are
  // counts and indices, never amounts (amounts go through the money module's formatter).
  // The tests keep the recommended set: they assert through `!` and loose fixtures by design.
  ...tseslint.configs.strictTypeChecked.map((c) => ({ ...c, files: ['src/**/*.ts', 'src/**/*.tsx'] })),
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', CORE_FORBIDDEN] },
  },
  {
    // The shells see the core through its entry point only.
    files: ['src/addin/**/*.{ts,tsx}', 'src/cli/**/*.ts', 'src/xlsx/**/*.ts', 'src/example/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/**', '!**/core/index'],
              message:
                "Import the core from its entry point (src/core/index.ts): the core's folders are its inside, the shells see one public surface. Export what you need there.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: [
      // the catalogue module itself
      'src/core/text/**',
      // number notation (decimal mark, digit grouping): the one amount formatter
      'src/core/money.ts',
    ],
    rules: { 'no-restricted-syntax': ['error', ...LANGUAGE_CHOICES] },
  },
  {
    // Components get their actions as props: no Office.js globals, no adapter calls.
    files: ['src/addin/taskpane/components/**/*.tsx', 'src/addin/taskpane/App.tsx'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Components get their actions as props; Office.js stays in src/addin/excel.' },
        { name: 'Office', message: 'Components get their actions as props; Office.js stays in src/addin/excel.' },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/excel/*', '!**/excel/officeErrors', '!**/excel/types'],
              message: 'Components get their actions as props (TaskpaneActions); only types and error descriptions come from src/addin/excel.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
);
