import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';
import { readRanges } from '../helpers/xlsx';
import { patchZip } from '../xlsx/helpers';
import { contractWorkbook, GOOD_LEDGER, inTempDir } from './workbooks';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], opts: { isTTY?: boolean; cwd?: string } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    isTTY: opts.isTTY ?? false,
    cwd: opts.cwd,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const files = (file: string) => readdirSync(dirname(file)).sort();

describe('finsam-rapport: help, version and usage errors (exit 2)', () => {
  let input: string;
  beforeAll(async () => {
    input = inTempDir('förbund.xlsx', await contractWorkbook());
  });

  it('prints the usage in Swedish on --help / -h, in English with --lang en, and exits 0', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await run([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Användning: finsam-rapport <arbetsbok\.xlsx> \[--out <rapport\.xlsx>\]/);
      expect(r.stderr).toBe('');
    }
    expect((await run(['--help', '--lang', 'en'])).stdout).toMatch(/^Usage: finsam-rapport <workbook\.xlsx>/);
  });

  it('prints the version of package.json on --version', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    const r = await run(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  const cases: [string, string[], RegExp][] = [
    ['no workbook', [], /Ange arbetsboken att läsa\./],
    ['an unknown option', ['X', '--utan'], /Okänt alternativ: --utan/],
    ['an option without its value', ['X', '--out'], /--out behöver ett värde\./],
    ['an option followed by another option', ['X', '--json', '--in-place'], /--json behöver ett värde\./],
    ['a repeated option', ['X', '--year', '2024', '--year=2023'], /--year är angivet mer än en gång\./],
    ['a year that is not four digits', ['X', '--year', '24'], /--year ska vara ett år med fyra siffror, t\.ex\. 2024 \(fick "24"\)\./],
    ['month 13', ['X', '--period', '13'], /--period ska vara en månad 1–12 \(fick "13"\)\./],
    ['month 0', ['X', '--period=0'], /--period ska vara en månad 1–12 \(fick "0"\)\./],
    ['a month name', ['X', '--period', 'mars'], /--period ska vara en månad 1–12 \(fick "mars"\)\./],
    ['a language other than sv/en', ['X', '--lang', 'de'], /--lang ska vara sv eller en \(fick "de"\)\./],
    ['two workbooks', ['X', 'Y'], /Bara en arbetsbok kan anges \(fick även "Y"\)\./],
    ['--out with --in-place', ['X', '--out', 'r.xlsx', '--in-place'], /--out och --in-place kan inte användas tillsammans\./],
  ];
  it.each(cases)('refuses %s with a message and the usage on stderr', async (_what, argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^finsam-rapport: /);
    expect(r.stderr).toContain('Användning: finsam-rapport');
  });

  it('words usage errors in English with --lang en', async () => {
    const r = await run(['--lang', 'en', '--period', '13']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--period must be a month 1–12 \(got "13"\)\./);
    expect(r.stderr).toContain('Usage: finsam-rapport');
  });

  it('refuses a workbook that does not exist, or a directory', async () => {
    const missing = await run([join(dirname(input), 'saknas.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Arbetsboken finns inte: .*saknas\.xlsx/);
    const dir = await run([dirname(input)]);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toMatch(/Inte en fil: /);
  });

  it('refuses --out pointing at the workbook itself (that is what --in-place is for)', async () => {
    const before = sha(input);
    const r = await run(['förbund.xlsx', '--out', './förbund.xlsx'], { cwd: dirname(input) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out pekar på arbetsboken själv .*Ange --in-place/);
    expect(sha(input)).toBe(before);
  });
});

describe('finsam-rapport: input errors (exit 1, nothing written)', () => {
  it('prints every error with its cell address, in Swedish, and writes neither --out nor --json', async () => {
    const ledger = [...GOOD_LEDGER, { date: '2024-02-30', account: 3010, cc: '', amount: 'tolv kronor' }];
    const input = inTempDir('fel.xlsx', await contractWorkbook(ledger));
    const before = files(input);
    const out = join(dirname(input), 'ut.xlsx');
    const json = join(dirname(input), 'ut.json');
    const r = await run([input, '--out', out, '--json', json]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('2 fel i arbetsboken – inget skrevs:');
    expect(r.stderr).toContain('  Huvudbok (Huvudbok!A6): Datumet "2024-02-30" finns inte.');
    expect(r.stderr).toContain('  Huvudbok (Huvudbok!D6): Värdet "tolv kronor" är inte ett belopp.');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(json)).toBe(false);
    expect(files(input)).toEqual(before);
  });

  it('words the errors in English with --lang en', async () => {
    const ledger = [...GOOD_LEDGER, { date: '2024-02-20', account: 3010, cc: '', amount: 'tolv kronor' }];
    const input = inTempDir('fel.xlsx', await contractWorkbook(ledger));
    const r = await run([input, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/One error in the workbook – nothing was written:\n {2}Huvudbok \(Huvudbok!D6\): /);
    expect(existsSync(join(dirname(input), 'fel-rapport.xlsx'))).toBe(false);
  });

  it('says plainly when the file is not an .xlsx workbook', async () => {
    const input = inTempDir('export.xlsx', Buffer.from('Datum;Konto;Belopp\n2024-01-01;1930;100\n'));
    const r = await run([input]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/export\.xlsx är ingen \.xlsx-arbetsbok\./);
    expect(files(input)).toEqual(['export.xlsx']);
  });

  it('fails with exit 1, leaving no temporary file, when the output cannot be written', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    // a folder cannot be made inside a file
    const r = await run([input, '--out', join(input, 'r.xlsx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Kunde inte skriva .*r\.xlsx: .*(ENOTDIR|EEXIST).*Inget skrevs\./);
    expect(files(input)).toEqual(['förbund.xlsx']);
  });

  it('creates the output folder when it does not exist', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const r = await run([input, '--out', join(dirname(input), 'ny-mapp', 'r.xlsx')]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dirname(input), 'ny-mapp', 'r.xlsx'))).toBe(true);
  });

  it('--transaction-rows limits the Verifikationer sheets; 0 leaves them out', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const withSheets = await run([input, '--out', join(dirname(input), 'a.xlsx')]);
    expect(withSheets.stdout).toMatch(/Verifikationer, Verifikationer KST/);
    const without = await run([input, '--out', join(dirname(input), 'b.xlsx'), '--transaction-rows', '0']);
    expect(without.code).toBe(0);
    expect(without.stdout).not.toMatch(/Verifikationer/);
  });

  it('refuses --in-place when the report could only be a workbook of its own, and leaves the input alone', async () => {
    // A style sheet without cell formats cannot take the report's styles: the writer would
    // fall back to a report-only workbook, which must never replace the user's file.
    const odd = await patchZip(await contractWorkbook(), async (zip) => {
      const xml = await zip.file('xl/styles.xml')!.async('string');
      zip.file('xl/styles.xml', xml.replace(/<cellXfs[\s\S]*?<\/cellXfs>/, ''));
    });
    const input = inTempDir('förbund.xlsx', odd);
    const before = sha(input);
    const r = await run([input, '--in-place']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Rapporten kan inte läggas in i arbetsboken eftersom arbetsbokens formatmallar .*--in-place skulle ersätta den .*Inget skrevs\./);
    expect(sha(input)).toBe(before);
    expect(files(input)).toEqual(['förbund.xlsx']);

    // Without --in-place the report is written on its own, and the summary says so.
    const ok = await run([input]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Obs: rapporten skrevs som en egen arbetsbok med bara rapportbladen, eftersom arbetsbokens formatmallar/);
    expect(sha(input)).toBe(before);
  });
});

describe('finsam-rapport: a report written (exit 0)', () => {
  let input: string;
  let before: string;
  let r: Run;
  beforeAll(async () => {
    input = inTempDir('förbund.xlsx', await contractWorkbook());
    before = sha(input);
    r = await run([input]);
  });

  it('writes <name>-rapport.xlsx beside the workbook and leaves the workbook as it was', () => {
    expect(r.code).toBe(0);
    expect(files(input)).toEqual(['förbund-rapport.xlsx', 'förbund.xlsx']);
    expect(sha(input)).toBe(before);
  });

  it('prints the period, the result in Swedish notation, the balance check, the warnings and the ranges', () => {
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Testförbundet – Delårsrapport jan–feb 2024',
      '  Periodens resultat: 7\u00a0499,75 kr',
      '  Balanskontroll: OK',
      '  Varningar: 1',
      // 25 checks (8 reconciliations incl. one note, 11 more, 3 rounding lines of the tkr tables,
      // 3 of the Verifikationer sheets: their two ties and the rows shown);
      // Varning: KST 20 has no name, no Budget range, no 2023 rows, KST 20 spends 2 500,25 kr
      // without budget or forecast.
      '  Kontroller: 21 OK, 4 Varning, 0 Fel',
      'Områden: Huvudbok (Huvudbok!A1:D5), IngaendeBalans (IB!A1:B3), Kostnadsstallen (Kostnadsställen!A1:B2), Installningar (Inställningar!A1:B2)',
    ]);
    expect(r.stdout).toContain(`Skrev: ${join(dirname(input), 'förbund-rapport.xlsx')}\n`);
    expect(r.stdout).toContain(
      'Varningar (1):\n  Huvudbok (Huvudbok!C4): Kostnadsställe 20 används men finns inte i registret över kostnadsställen (området Kostnadsstallen)',
    );
    expect(r.stderr).toBe('');
  });

  it('puts the report sheets into a copy that still holds the user’s ranges', async () => {
    const read = await readRanges(join(dirname(input), 'förbund-rapport.xlsx'));
    expect(read.sheetNames.slice(0, 4)).toEqual(['Huvudbok', 'IB', 'Kostnadsställen', 'Inställningar']);
    expect(read.sheetNames).toContain('Resultaträkning');
    expect(read.sheetNames).toContain('Kontroller');
    expect(read.ranges.find((x) => x.name === 'Huvudbok')!.values[3]).toEqual([new Date(Date.UTC(2024, 1, 10)), 5410, '20', 2500.25]);
  });

  it('shows progress on stderr only when it is a terminal', async () => {
    const tty = await run([input, '--out', join(dirname(input), 'tty.xlsx')], { isTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/^Läser .*förbund\.xlsx …\nBeräknar rapporten …\nSkriver .*tty\.xlsx …\n$/);
  });
});

describe('finsam-rapport: --year, --period, --lang and --json', () => {
  it('--period overrides the period: through January the result is 10 000,00 kr', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const r = await run([input, '--period', '1', '--year', '2024']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Testförbundet – Delårsrapport jan 2024\n {2}Periodens resultat: 10\u00a0000,00 kr\n/);
  });

  it('--period 12 makes the report the annual report: Årsredovisning, Årets resultat (the ledger ends in February)', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const r = await run([input, '--period', '12', '--year', '2024']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Testförbundet – Årsredovisning jan–dec 2024\n {2}Årets resultat: 7\u00a0499,75 kr\n/);
  });

  it('--lang en writes the summary in English', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const r = await run([input, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Testförbundet – Interim report Jan–Feb 2024\n {2}Result for the period: 7,499.75 kr\n {2}Balance check: OK\n/);
  });

  it('--json writes the model with exact decimal strings', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const json = join(dirname(input), 'modell.json');
    const r = await run([input, '--json', json]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Skrev: ${json}\n`);
    const doc = JSON.parse(readFileSync(json, 'utf8'));
    expect(doc.summary).toMatchObject({ organisation: 'Testförbundet', year: 2024, period: 2, result: '7499.75', balanced: true, warnings: 1 });
    expect(doc.statements.length).toBeGreaterThan(0);
    // Every value of every line is an exact decimal string (or null), never a float.
    const values = doc.statements.flatMap((s: { lines: { values: Record<string, unknown> }[] }) => s.lines.flatMap((l) => Object.values(l.values)));
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(v === null || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v))).toBe(true);
    expect(values).toContain('7499.75');
    expect(readFileSync(json, 'utf8')).toMatch(/^\{\n {2}"/);
  });

  it('refuses --json pointing at the workbook', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const r = await run([input, '--json', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--json pekar på arbetsboken/);
  });
});

describe('finsam-rapport --in-place', () => {
  it('replaces the workbook only through a completely written temporary file, and a re-run replaces its own sheets', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const before = sha(input);
    const inode = statSync(input).ino;
    const r = await run([input, '--in-place']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Skrev: ${input}\n`);
    expect(sha(input)).not.toBe(before);
    // A new file was renamed over the old one; the old file was never opened for writing.
    expect(statSync(input).ino).not.toBe(inode);
    // No temporary file is left behind, and no other file appears.
    expect(files(input)).toEqual(['förbund.xlsx']);
    const once = await readRanges(input);
    expect(once.sheetNames).toContain('Resultaträkning');

    const again = await run([input, '--in-place']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/\(ersatte 12 tidigare rapportblad\)/); // with Förvaltningsberättelse and the two Verifikationer sheets
    const twice = await readRanges(input);
    expect(twice.sheetNames).toEqual(once.sheetNames);
    expect(twice.ranges).toEqual(once.ranges);
  });

  it('keeps the file’s permissions', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const { chmodSync } = await import('node:fs');
    chmodSync(input, 0o640);
    expect((await run([input, '--in-place'])).code).toBe(0);
    expect(statSync(input).mode & 0o777).toBe(0o640);
  });

  it('writes nothing when the workbook has input errors', async () => {
    const bad = [...GOOD_LEDGER, { date: '2024-02-20', account: 3010, cc: '', amount: '12 kr' }];
    const input = inTempDir('förbund.xlsx', await contractWorkbook(bad));
    const before = sha(input);
    const r = await run([input, '--in-place']);
    expect(r.code).toBe(1);
    expect(sha(input)).toBe(before);
    expect(files(input)).toEqual(['förbund.xlsx']);
  });
});

describe('finsam-rapport: a workbook with macros', () => {
  it('keeps .xlsm for the default copy and refuses an .xlsx name for it', async () => {
    const withMacros = await patchZip(await contractWorkbook(), (zip) => {
      zip.file('xl/vbaProject.bin', 'VBA');
    });
    const input = inTempDir('förbund.xlsm', withMacros);
    const ok = await run([input]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Arbetsbokens makron finns kvar oförändrade i kopian.');
    expect(files(input)).toEqual(['förbund-rapport.xlsm', 'förbund.xlsm']);
    const refused = await run([input, '--out', join(dirname(input), 'r.xlsx')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/innehåller makron, så kopian måste sluta på \.xlsm/);
    expect(files(input)).toEqual(['förbund-rapport.xlsm', 'förbund.xlsm']);
  });
});

describe('finsam-rapport: relative paths', () => {
  it('resolves the workbook, --out and --json against the working directory', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const dir = dirname(input);
    mkdirSync(join(dir, 'ut'));
    writeFileSync(join(dir, 'ut', '.keep'), '');
    const r = await run(['förbund.xlsx', '--out', 'ut/r.xlsx', '--json', 'ut/m.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'ut')).sort()).toEqual(['.keep', 'm.json', 'r.xlsx']);
  });
});
