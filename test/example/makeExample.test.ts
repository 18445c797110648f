import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { RawCell } from '../../src/core/input/types';
import { exampleWorkbook, parseRef, toRangeData, type ExampleWorkbook } from '../../src/example/exampleWorkbook';
import { DEFAULT_OUT, definedNameRange, writeExampleXlsx } from '../../scripts/make-example';
import { readCentralDirectory } from '../../src/xlsx/zipEntry';

const ROOT = path.join(__dirname, '..', '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'finsam-example-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** `'Sheet''s name'!$A$3:$G$10` → sheet and `A3:G10`. */
function splitRange(text: string): { sheet: string; ref: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(text);
  if (!m) throw new Error(`not a sheet range: ${text}`);
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), ref: m[3].replace(/\$/g, '') };
}

/** The cell values of a read workbook's range, empty cells as null. */
function readRange(ws: ExcelJS.Worksheet, ref: string): RawCell[][] {
  const { top, left, bottom, right } = parseRef(ref);
  const out: RawCell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: RawCell[] = [];
    for (let c = left; c <= right; c++) {
      const v = ws.getCell(r + 1, c + 1).value;
      row.push(v === undefined ? null : (v as RawCell));
    }
    out.push(row);
  }
  return out;
}

/** Every defined name of `file` resolves to the sheet and cells `wb` intends, with the same values. */
async function expectSameNamedRanges(file: string, wb: ExampleWorkbook): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(file);
  const model = read.definedNames.model as { name: string; ranges: string[] }[];
  expect(model.map((n) => n.name).sort()).toEqual(wb.names.map((n) => n.name).sort());
  const expected = toRangeData(wb);
  for (const n of wb.names) {
    const entry = model.find((m) => m.name === n.name)!;
    expect(entry.ranges).toHaveLength(1);
    expect(splitRange(entry.ranges[0])).toEqual({ sheet: n.sheet, ref: n.ref });
    const ws = read.getWorksheet(n.sheet);
    expect(ws).toBeDefined();
    expect(readRange(ws!, n.ref)).toEqual(expected.find((r) => r.name === n.name)!.values);
  }
  return read;
}

describe('make-example', () => {
  test('defined-name ranges are quoted and absolute', () => {
    expect(definedNameRange('Huvudbok', 'A3:G2412')).toBe("'Huvudbok'!$A$3:$G$2412");
    expect(definedNameRange("Ann's data", 'G1:H4')).toBe("'Ann''s data'!$G$1:$H$4");
    expect(splitRange("'Ann''s data'!$G$1:$H$4")).toEqual({ sheet: "Ann's data", ref: 'G1:H4' });
  });

  test('the written file reads back with ExcelJS: every name resolves to its cells, values unchanged', async () => {
    const wb = exampleWorkbook();
    const file = path.join(tmp, 'example.xlsx');
    await writeExampleXlsx(wb, file);
    const read = await expectSameNamedRanges(file, wb);

    const ledger = read.getWorksheet('Huvudbok')!;
    expect(ledger.getCell('A1').value).toMatch(/^Huvudbok 2023–2024/);
    expect(ledger.getCell('A3').font?.bold).toBe(true);
    expect(ledger.getCell('A4').value).toBeInstanceOf(Date);
    expect(ledger.getCell('A4').numFmt).toBe('yyyy-mm-dd');
    expect(ledger.getCell('G4').numFmt).toBe('#,##0.00');
    expect(ledger.getColumn(6).width).toBe(60);
    // A text that begins with "=" is a string cell, not a formula.
    let found = 0;
    ledger.eachRow((row) => {
      const cell = row.getCell(6);
      if (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value)) {
        found++;
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.formula).toBeUndefined();
      }
    });
    expect(found).toBeGreaterThanOrEqual(4);
    expect(read.getWorksheet('Inställningar')!.getCell('B10').numFmt).toBe('0 %');
  });

  test('the same workbook gives the same bytes: every zip entry carries the fixed date 2024-09-01, not the time of writing', async () => {
    const wb = exampleWorkbook();
    const first = path.join(tmp, 'first.xlsx');
    const second = path.join(tmp, 'second.xlsx');
    await writeExampleXlsx(wb, first);
    await writeExampleXlsx(wb, second);
    const bytes = fs.readFileSync(first);
    expect(bytes.equals(fs.readFileSync(second))).toBe(true);
    const entries = readCentralDirectory(bytes);
    expect(entries.length).toBeGreaterThan(10);
    // MS-DOS date: years since 1980 << 9 | month << 5 | day; time 00:00:00.
    const dosDate = ((2024 - 1980) << 9) | (9 << 5) | 1;
    for (const e of entries) expect({ name: e.name, date: e.date, time: e.time }).toEqual({ name: e.name, date: dosDate, time: 0 });
    expect(readCentralDirectory(fs.readFileSync(DEFAULT_OUT)).every((e) => e.date === dosDate && e.time === 0)).toBe(true);
  });

  test('the committed examples/exempelforbundet.xlsx is what the generator makes now', async () => {
    expect(DEFAULT_OUT).toBe(path.join(ROOT, 'examples', 'exempelforbundet.xlsx'));
    await expectSameNamedRanges(DEFAULT_OUT, exampleWorkbook());
  });

  test('the command line writes a larger ledger with --rows and --out, and rejects a bad argument', () => {
    const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
    const out = path.join(tmp, 'big.xlsx');
    const stdout = execFileSync(tsx, ['scripts/make-example.ts', '--rows', '6000', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(stdout).toContain(out);
    const rows = Number(/(\d+) huvudboksrader/.exec(stdout)![1]);
    expect(Math.abs(rows - 6000)).toBeLessThan(6000 * 0.03);
    expect(fs.statSync(out).size).toBeGreaterThan(100_000);
    let status = 0;
    try {
      execFileSync(tsx, ['scripts/make-example.ts', '--rows', 'många'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
    }
    expect(status).toBe(2);
  });
});
