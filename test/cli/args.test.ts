/** The command line read by Node's `parseArgs` (strict), its refusals as the CLI's usage errors. */
import { langOfArgv, parseArgs, readArgs } from '../../src/cli/args';

const error = (argv: string[]) => {
  const parsed = parseArgs(argv);
  return parsed.kind === 'usageError' ? parsed.error : parsed.kind;
};

describe('parseArgs', () => {
  it('reads a whole command line, values after a space or after =', () => {
    expect(parseArgs(['bok.xlsx', '--out', 'r.xlsx', '--year=2024', '--period', '6', '--lang', 'en', '--json=m.json'])).toEqual({
      kind: 'run',
      options: { input: 'bok.xlsx', out: 'r.xlsx', year: 2024, period: 6, lang: 'en', json: 'm.json', inPlace: false },
    });
    expect(parseArgs(['--in-place', '--', '-bok.xlsx'])).toEqual({
      kind: 'run',
      options: { input: '-bok.xlsx', inPlace: true, lang: undefined, out: undefined, json: undefined },
    });
  });

  it('reads --transaction-rows, the limit of the Verifikationer sheet (0 = no sheet)', () => {
    expect(parseArgs(['bok.xlsx', '--transaction-rows', '1000'])).toMatchObject({ kind: 'run', options: { transactionRows: 1000 } });
    expect(parseArgs(['bok.xlsx', '--transaction-rows=0'])).toMatchObject({ kind: 'run', options: { transactionRows: 0 } });
    const plain = parseArgs(['bok.xlsx']);
    expect(plain.kind === 'run' && 'transactionRows' in plain.options).toBe(false);
  });

  it.each([
    [['X', '--transaction-rows', 'många'], { code: 'badTransactionRows', value: 'många' }],
    [['X', '--transaction-rows=-5'], { code: 'badTransactionRows', value: '-5' }],
    [['X', '--transaction-rows', '1000001'], { code: 'badTransactionRows', value: '1000001' }],
    [['X', '--transaction-rows='], { code: 'missingValue', option: '--transaction-rows' }],
    [['X', '--utan'], { code: 'unknownOption', option: '--utan' }],
    [['X', '-x'], { code: 'unknownOption', option: '-x' }],
    [['X', '--in-place=ja'], { code: 'unknownOption', option: '--in-place' }],
    [['X', '--out'], { code: 'missingValue', option: '--out' }],
    [['X', '--out='], { code: 'missingValue', option: '--out' }],
    [['X', '--year='], { code: 'missingValue', option: '--year' }],
    [['X', '--lang='], { code: 'missingValue', option: '--lang' }],
    [['X', '--json', '--in-place'], { code: 'missingValue', option: '--json' }],
    [['X', '--in-place', '--in-place'], { code: 'repeatedOption', option: '--in-place' }],
    // The first problem in the order of the words, whichever kind it is.
    [['X', '--year', '2024', '--year', '2023', '--utan'], { code: 'repeatedOption', option: '--year' }],
    [['X', '--utan', '--year', '2024', '--year', '2023'], { code: 'unknownOption', option: '--utan' }],
    [['X', '--lang', 'de', '--period', '13'], { code: 'badLang', value: 'de' }],
  ])('refuses %j: %j', (argv, expected) => {
    expect(error(argv)).toEqual(expected);
  });

  it('gives --help and --version even beside a refused option, the help in a valid --lang', () => {
    expect(parseArgs(['--utan', '-h', '--lang', 'en'])).toEqual({ kind: 'help', lang: 'en' });
    expect(parseArgs(['--lang', 'de', '--help'])).toEqual({ kind: 'help', lang: 'sv' });
    expect(parseArgs(['X', '--out', '--version'])).toEqual({ kind: 'usageError', error: { code: 'missingValue', option: '--out' }, lang: 'sv' });
    expect(parseArgs(['--version', '--utan'])).toEqual({ kind: 'version' });
    expect(parseArgs(['--utan', '--lang=en'])).toEqual({ kind: 'usageError', error: { code: 'unknownOption', option: '--utan' }, lang: 'en' });
  });
});

describe('readArgs', () => {
  it('names the option Node refused, and where it stands', () => {
    const r = readArgs(['a.se', '--force', '--out'], { out: { type: 'string' }, force: { type: 'boolean' } });
    expect(r.refused).toEqual({ error: { code: 'missingValue', option: '--out' }, index: 2 });
    expect(r.positionals).toEqual(['a.se']);
    const ok = readArgs(['a.se', '--force'], { force: { type: 'boolean' } });
    expect(ok.values).toEqual({ force: true });
    expect(ok.refused).toBeUndefined();
  });
});

describe('langOfArgv', () => {
  it('finds --lang en among any words, else Swedish', () => {
    expect(langOfArgv(['import-sie', 'a.se', '--force', '--lang', 'en'])).toBe('en');
    expect(langOfArgv(['a.xlsx', '--lang=en'])).toBe('en');
    expect(langOfArgv(['a.xlsx', '--lang', 'de'])).toBe('sv');
    expect(langOfArgv(['a.xlsx'])).toBe('sv');
  });
});
