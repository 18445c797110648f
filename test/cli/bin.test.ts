/**
 * The real command: bin/finsam-rapport.js on the compiled build/cli (built here the way
 * `npm ci` builds it through the prepare script), as a child process.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { contractWorkbook, inTempDir } from './workbooks';

const REPO = join(__dirname, '..', '..');
const BIN = join(REPO, 'bin', 'finsam-rapport.js');

beforeAll(() => {
  // Throws (and fails the suite) when the CLI does not compile.
  execFileSync(process.execPath, [join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'], { cwd: REPO, stdio: 'pipe' });
}, 180_000);

const node = (args: string[], cwd = REPO) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });

describe('bin/finsam-rapport.js', () => {
  it('writes the report and exits 0', async () => {
    const input = inTempDir('förbund.xlsx', await contractWorkbook());
    const r = node([BIN, input]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  Periodens resultat: 7\u00a0499,75 kr\n');
    expect(existsSync(join(dirname(input), 'förbund-rapport.xlsx'))).toBe(true);
  });

  it('exits 2 on a usage error and 1 on a missing build, with a hint', () => {
    const usage = node([BIN, '--period', '13']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--period ska vara en månad 1–12');

    const bare = mkdtempSync(join(tmpdir(), 'finsam-bin-'));
    mkdirSync(join(bare, 'bin'));
    copyFileSync(BIN, join(bare, 'bin', 'finsam-rapport.js'));
    const unbuilt = node([join(bare, 'bin', 'finsam-rapport.js'), 'x.xlsx']);
    expect(unbuilt.status).toBe(1);
    expect(unbuilt.stderr).toContain('kör `npm run build:cli`');
  });

  it('answers --version with the package version', () => {
    const r = node([BIN, '--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('the check before publishing on two cores (build/xlsx/parallelCheck.js)', () => {
  // A child process on the compiled code: the worker thread runs only from build/. Each
  // script has the module's functions and `sheet(rows, broken, drawing)`, a sheet part of that many rows.
  const PRELUDE = `
      const { checkEarly, checkParts, stopChecker, usesWorker, warmChecker } = require(${JSON.stringify(join(REPO, 'build', 'xlsx', 'parallelCheck.js'))});
      const sheet = (rows, broken, drawing) => '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>'
        + Array.from({ length: rows }, (_, i) => '<row r="' + (i + 1) + '"><c r="A' + (i + 1) + '" t="inlineStr"><is><t>Lön ' + i + '</t></is></c></row>').join('')
        + (broken ? '<row>' : '') + '</sheetData>' + (drawing ? '<drawing r:id="rId7"/>' : '') + '</worksheet>';`;
  /** Runs a script after the prelude; what it prints, as JSON. */
  const run = (script: string): unknown => JSON.parse(execFileSync(process.execPath, ['-e', PRELUDE + script], { encoding: 'utf8', timeout: 60_000 }));
  const check = (parts: { part: string; rows: number; broken?: boolean; drawing?: boolean }[]) =>
    run(`
      warmChecker();
      const parts = ${JSON.stringify(parts)}.map((p) => ({ part: p.part, xml: sheet(p.rows, p.broken, p.drawing) }));
      checkParts(parts).then(
        (ids) => console.log(JSON.stringify({ worker: usesWorker(), ids: [...ids] })),
        (e) => console.log(JSON.stringify({ worker: usesWorker(), error: e.name, part: e.part, message: e.message })),
      );`) as Record<string, unknown>;

  it('checks the largest parts in a worker and the rest on the main thread, with the same ids', () => {
    const out = check([
      { part: 'xl/worksheets/sheet1.xml', rows: 10 },
      { part: 'xl/worksheets/sheet55.xml', rows: 40_000, drawing: true },
      { part: 'xl/worksheets/sheet56.xml', rows: 30_000 },
    ]);
    expect(out).toEqual({
      worker: true,
      ids: [
        ['xl/worksheets/sheet1.xml', []],
        ['xl/worksheets/sheet55.xml', ['rId7']],
        ['xl/worksheets/sheet56.xml', []],
      ],
    });
  });

  it('takes a check made while the sheet was written only for the very text read back from the package', () => {
    const script = `
      warmChecker();
      const part = 'xl/worksheets/sheet55.xml';
      const good = sheet(30000, false);
      const early = checkEarly(part, good);
      const run = (xml) => checkParts([{ part, xml }], new Map([[part, early]])).then(() => 'ok', (e) => e.name + ' ' + e.part);
      Promise.all([run(good), run(sheet(30000, true))]).then((r) => console.log(JSON.stringify({ early: early !== undefined, results: r })));`;
    const out = run(script);
    // The same text: the early check stands. Another text (the package differs from what was checked): checked again, and refused.
    expect(out).toEqual({ early: true, results: ['ok', 'PartXmlError xl/worksheets/sheet55.xml'] });
  });

  it('when the worker ends with parts still unchecked, the main thread checks them: the check neither hangs nor passes a broken part', () => {
    const script = `
      warmChecker();
      const part = 'xl/worksheets/sheet55.xml';
      const xml = sheet(30000, true);
      const early = checkEarly(part, xml);
      stopChecker().then(() => checkParts([{ part, xml }], new Map([[part, early]])))
        .then(() => 'ok', (e) => e.name + ' ' + e.part)
        .then((r) => console.log(JSON.stringify({ early: early !== undefined, result: r })));`;
    const out = run(script);
    expect(out).toEqual({ early: true, result: 'PartXmlError xl/worksheets/sheet55.xml' });
  });

  it('names the first broken part in the order given, whichever thread found it', () => {
    // sheet55, the largest, goes to the worker; sheet1 and sheet56 are checked on the main thread.
    const out = check([
      { part: 'xl/worksheets/sheet1.xml', rows: 10 },
      { part: 'xl/worksheets/sheet55.xml', rows: 40_000, broken: true },
      { part: 'xl/worksheets/sheet56.xml', rows: 30_000, broken: true },
    ]);
    expect(out).toMatchObject({ worker: true, error: 'PartXmlError', part: 'xl/worksheets/sheet55.xml' });
    expect(out.message).toMatch(/^xl\/worksheets\/sheet55\.xml: \d+:\d+: unexpected close tag/);
  });
});
