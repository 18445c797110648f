/** SIE 4 on the command line: `import-sie` writes the ranges as a workbook; a .se file gives a report directly. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';
import { sieSheets } from '../../src/cli/sie';
import { buildReport } from '../../src/core/report';
import { importSie } from '../../src/core/sie';
import { readRanges } from '../helpers/xlsx';
import { rangesToSie } from '../helpers/sieExport';
import { exampleWorkbook, toRangeData } from '../../src/example/exampleWorkbook';

const FIXTURES = join(__dirname, '..', 'fixtures', 'sie');

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, isTTY: false, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

describe('finsam-rapport and SIE 4', () => {
  let dir: string;
  let sieFile: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'finsam-sie-'));
    sieFile = join(dir, 'exempel.se');
    writeFileSync(sieFile, rangesToSie(toRangeData(exampleWorkbook()), { comparative: 'vouchers' }));
  });

  it("import-sie writes the file's ranges as named ranges that give the same report", async () => {
    const r = await run(['import-sie', 'exempel.se', '--out', 'importerad.xlsx'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Från SIE-filen: .*Huvudbok.*IngaendeBalans/m);
    const read = await readRanges(join(dir, 'importerad.xlsx'));
    expect(read.ranges.map((x) => x.name).sort()).toEqual(
      importSie(readFileSync(sieFile))
        .ranges.map((x) => x.name)
        .sort(),
    );
    const viaWorkbook = buildReport({ ranges: read.ranges });
    const direct = buildReport({ ranges: importSie(readFileSync(sieFile)).ranges });
    expect(viaWorkbook.model!.summary).toEqual(direct.model!.summary);
    expect(viaWorkbook.model!.statements).toEqual(direct.model!.statements);
  });

  it('import-sie writes the ledger dates as real dates (yyyy-mm-dd) that give the same figures as the file', async () => {
    const r = await run(['import-sie', 'exempel.se', '--out', 'datum.xlsx'], dir);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const ledger = importSie(readFileSync(sieFile)).ranges.find((x) => x.name === 'Huvudbok')!;
    // openpyxl, not our reader: what Excel and other programs see in the cells.
    const script = [
      'import sys, json, openpyxl',
      'wb = openpyxl.load_workbook(sys.argv[1])',
      'cells = [[c.is_date, c.number_format, c.value.strftime("%Y-%m-%d") if c.is_date else c.value] for (c,) in wb[sys.argv[2]].iter_rows(min_row=2, max_col=1)]',
      'print(json.dumps({"epoch": wb.epoch.strftime("%Y-%m-%d"), "cells": cells}))',
    ].join('\n');
    const seen = JSON.parse(
      execFileSync(existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3', ['-c', script, join(dir, 'datum.xlsx'), ledger.sheet], {
        encoding: 'utf8',
      }),
    ) as { epoch: string; cells: unknown[][] };
    expect(seen.epoch).toBe('1899-12-30'); // the 1900 date system
    expect(seen.cells).toEqual(ledger.values.slice(1).map((row) => [true, 'yyyy-mm-dd', row[0]]));
    expect(seen.cells.length).toBeGreaterThan(100);
    // The report of the imported workbook has the figures of the report made from the file itself.
    const fromWorkbook = await run(['datum.xlsx', '--out', 'datum-rapport.xlsx', '--json', 'datum.json'], dir);
    const fromFile = await run(['exempel.se', '--out', 'direkt-rapport.xlsx', '--json', 'direkt.json'], dir);
    expect([fromWorkbook.code, fromFile.code]).toEqual([0, 0]);
    const figures = (file: string) => {
      const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { statements: unknown; summary: { checks: unknown } };
      // The checks differ by the report from the file's own: it also reconciles the file's balances.
      return { statements: json.statements, summary: { ...json.summary, checks: undefined } };
    };
    expect(figures('datum.json')).toEqual(figures('direkt.json'));
  });

  it('builds the report straight from a .se file into a new workbook', async () => {
    const r = await run(['exempel.se', '--json', 'modell.json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'modell.json'), 'utf8'));
    expect(json.checks.find((c: { key: string }) => c.key === 'sieFile')).toMatchObject({ status: 'ok', label: expect.stringContaining('exempel.se') });
    expect(existsSync(join(dir, 'exempel-rapport.xlsx'))).toBe(true);
    expect(r.stdout).toContain('Periodens resultat');
    expect(r.stdout).toContain('Från SIE-filen');
    const read = await readRanges(join(dir, 'exempel-rapport.xlsx'));
    expect(read.sheetNames).toEqual(expect.arrayContaining(['Resultaträkning', 'Balansräkning', 'Kontroller']));
  });

  it('writes nothing and exits 1 for a SIE file with errors, naming the line', async () => {
    const bad = join(dir, 'trasig.se');
    copyFileSync(join(FIXTURES, 'truncated-ver.se'), bad);
    const before = readdirSync(dir).sort();
    for (const argv of [['trasig.se'], ['import-sie', 'trasig.se']]) {
      const r = await run(argv, dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/Fel i SIE-filen \(\d+\):\n {2}Rad \d+: /);
      expect(readdirSync(dir).sort()).toEqual(before);
    }
  });

  it('refuses --in-place with a SIE file and bad import-sie arguments (exit 2)', async () => {
    expect((await run(['exempel.se', '--in-place'], dir)).code).toBe(2);
    expect((await run(['import-sie'], dir)).code).toBe(2);
    expect((await run(['import-sie', 'exempel.se', '--lang', 'fi'], dir)).code).toBe(2);
  });

  it('names the refused import-sie argument, in the language of --lang, and prints the usage', async () => {
    const cases: [string[], string][] = [
      [['import-sie', 'exempel.se', '--lang', 'fi'], 'finsam-rapport import-sie: felaktigt argument --lang fi\nAnvändning:'],
      [['import-sie', 'exempel.se', '--out', '--force'], 'finsam-rapport import-sie: felaktigt argument --out\nAnvändning:'],
      [['import-sie', 'exempel.se', '--out='], 'felaktigt argument --out\n'],
      [['import-sie', 'exempel.se', '--utan', '--lang', 'en'], 'finsam-rapport import-sie: bad argument --utan\nUsage:'],
      [['import-sie', 'exempel.se', 'andra.se'], 'felaktigt argument andra.se\n'],
      [['import-sie', '--force'], 'felaktigt argument \n'],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, dir);
      expect({ argv, code: r.code, stdout: r.stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(r.stderr).toContain(message);
    }
    const help = await run(['import-sie', '-h', '--lang', 'en'], dir);
    expect(help).toEqual({ code: 0, stdout: expect.stringMatching(/^Usage: finsam-rapport import-sie <file\.se>/), stderr: '' });
    // Refused before anything is written: no workbook at import-sie's default name.
    expect(existsSync(join(dir, 'exempel.xlsx'))).toBe(false);
  });

  describe('issue 14 and 9: the same file the same way in import-sie and the report', () => {
    const STYLES = join(FIXTURES, 'styles');
    const copy = (name: string) => copyFileSync(join(STYLES, name), join(dir, name));

    it("a Magenta SIE 1 file: both accept 0351; the report cites the file's lines, never a sheet", async () => {
      copy('magenta-typ1.se');
      const imp = await run(['import-sie', 'magenta-typ1.se', '--out', 'magenta-import.xlsx'], dir);
      expect(imp.code).toBe(0);
      expect(imp.stdout).toContain('huvudboken av årets saldon');
      const rep = await run(['magenta-typ1.se', '--out', 'magenta-rapport.xlsx', '--json', 'magenta.json'], dir);
      expect(rep.code).toBe(0);
      expect(rep.stdout).toMatch(/^ {2}Rad \d+: Konto 0351 .* — #RES 0 {2}0351 -104320\.00$/m);
      expect(rep.stdout).not.toMatch(/Huvudbok!|Huvudbok \(/);
      const json = JSON.parse(readFileSync(join(dir, 'magenta.json'), 'utf8'));
      expect(Number(json.summary.result)).not.toBe(0);
      expect(json.checks.find((c: { key: string }) => c.key === 'sieNoVouchers')?.status).toBe('warning');
      // The workbook import-sie wrote gives the same figures.
      const read = await readRanges(join(dir, 'magenta-import.xlsx'));
      expect(buildReport({ ranges: read.ranges }).model!.summary.result).toBe(json.summary.result);
    });

    it('a SIE 1 file asked for period 6: exit 1 and why, nothing written', async () => {
      copy('bl-administration-typ1.se');
      const before = readdirSync(dir).sort();
      const r = await run(['bl-administration-typ1.se', '--period', '6'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('kan bara göras för hela räkenskapsåret (period 12)');
      expect(readdirSync(dir).sort()).toEqual(before);
    });

    it('an account of five digits (61100): both refuse with the same line', async () => {
      writeFileSync(
        join(dir, 'lang.se'),
        ['#FLAGGA 0', '#SIETYP 4', '#RAR 0 20240101 20241231', '#VER A 1 20240110 "x"', '{', '#TRANS 61100 {} 10.00', '#TRANS 1930 {} -10.00', '}'].join(
          '\r\n',
        ),
      );
      const a = await run(['import-sie', 'lang.se'], dir);
      const b = await run(['lang.se'], dir);
      expect([a.code, b.code]).toEqual([1, 1]);
      expect(a.stderr).toMatch(/Rad 6: Konto 61100 har fler än fyra siffror/);
      expect(b.stderr).toBe(a.stderr);
    });
  });
});

describe('sieSheets on a large ledger (issue 9, point 4)', () => {
  it('lays out 200 000 ledger rows without exhausting the stack', () => {
    const values = [
      ['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Projekt', 'Text', 'Belopp'],
      ...Array.from({ length: 200_000 }, (_, i) => ['2024-01-15', `A ${i}`, 5010, '10', '', 'x', '100,00']),
    ];
    const book = sieSheets([{ name: 'Huvudbok', sheet: 'Huvudbok', row: 0, col: 0, values }]);
    expect(book.names[0].ref).toBe('A1:G200001');
    expect(book.sheets[0].rows).toHaveLength(200_001);
  });
});
