/** SIE 4 on the command line: `import-sie` writes the ranges as a workbook; a .se file gives a report directly. */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIO } from '../../src/cli/main';
import { buildReport } from '../../src/core/report';
import { importSie } from '../../src/core/sie';
import { readWorkbookRanges } from '../../src/xlsx/readWorkbook';
import { rangesToSie } from '../helpers/sieExport';
import { exampleWorkbook, toRangeData } from '../../src/example/exampleWorkbook';
import { writeFileSync } from 'node:fs';

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

  it('import-sie writes the file\'s ranges as named ranges that give the same report', async () => {
    const r = await run(['import-sie', 'exempel.se', '--out', 'importerad.xlsx'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Från SIE-filen: .*Huvudbok.*IngaendeBalans/m);
    const read = await readWorkbookRanges(join(dir, 'importerad.xlsx'));
    expect(read.ranges.map((x) => x.name).sort()).toEqual(importSie(readFileSync(sieFile)).ranges.map((x) => x.name).sort());
    const viaWorkbook = buildReport({ ranges: read.ranges });
    const direct = buildReport({ ranges: importSie(readFileSync(sieFile)).ranges });
    expect(viaWorkbook.model!.summary).toEqual(direct.model!.summary);
    expect(viaWorkbook.model!.statements).toEqual(direct.model!.statements);
  });

  it('builds the report straight from a .se file into a new workbook', async () => {
    const r = await run(['exempel.se', '--json', 'modell.json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'modell.json'), 'utf8'));
    expect(json.checks.find((c: { key: string }) => c.key === 'sieFile')).toMatchObject({ status: 'ok', label: expect.stringContaining('exempel.se') });
    expect(existsSync(join(dir, 'exempel-rapport.xlsx'))).toBe(true);
    expect(r.stdout).toContain('Periodens resultat');
    expect(r.stdout).toContain('Från SIE-filen');
    const read = await readWorkbookRanges(join(dir, 'exempel-rapport.xlsx'));
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
});
