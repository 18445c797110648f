/**
 * Hostile and unlucky workbooks at the reader (issue 9, points 5, 6 and 15): a name declared
 * over a huge rectangle, zip bombs in each kind of part, and damaged zip entries. Each is
 * refused (or read) with the part named — never an internal error, never gigabytes of memory.
 */
import { deflateRawSync } from 'node:zlib';
import { main } from '../../src/cli/main';
import { INFLATE_LIMITS } from '../../src/xlsx/package';
import { readWorkbookRanges, type WorkbookReadFailure } from '../../src/xlsx/readWorkbook';
import { readRanges } from '../helpers/xlsx';
import { readCentralDirectory, dataSpan } from '../../src/xlsx/zipEntry';
import { contractWorkbook, inTempDir } from '../cli/workbooks';
import { patchZip, withNames } from './helpers';

async function run(file: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main([file], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, isTTY: false });
  return { code, stderr };
}

/** Why the reader refuses `bytes`: its failure (the reader's Result), which must be one of the file's format. */
async function formatError(bytes: Uint8Array): Promise<Extract<WorkbookReadFailure, { kind: 'format' }>> {
  const read = await readWorkbookRanges(bytes);
  if (read.ok) throw new Error('the workbook was read');
  if (read.error.kind !== 'format') throw new Error(`not a format failure: ${JSON.stringify(read.error)}`);
  return read.error;
}

describe('a name over a huge rectangle', () => {
  it('reads $A$1:$XFD$1048576 as the cells that exist, not 17 billion', async () => {
    const bytes = await withNames(await contractWorkbook(), [{ name: 'Huvudbok', ref: 'Huvudbok!$A$1:$XFD$1048576' }]);
    const before = process.memoryUsage().rss;
    const read = await readRanges(bytes);
    const ledger = read.ranges.find((r) => r.name === 'Huvudbok')!;
    expect(ledger.values.length).toBe(5);
    expect(ledger.values[0]).toEqual(['Datum', 'Konto', 'Kostnadsställe', 'Belopp']);
    // Memory follows the cells: far below what 1 048 576 rows of 16 384 columns would take.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('reads $A$1:$CV$1048576 with 7 data rows as 7 rows of the used columns', async () => {
    const bytes = await withNames(await contractWorkbook(), [{ name: 'Huvudbok', ref: 'Huvudbok!$A$1:$CV$1048576' }]);
    const ledger = (await readRanges(bytes)).ranges[0];
    expect([ledger.values.length, ledger.values[0].length]).toEqual([5, 4]);
  });

  it('keeps the declared size of an ordinary rectangle (empty rows and columns inside it as null)', async () => {
    const bytes = await withNames(await contractWorkbook(), [{ name: 'Huvudbok', ref: 'Huvudbok!$A$1:$F$8' }]);
    const ledger = (await readRanges(bytes)).ranges[0];
    expect([ledger.values.length, ledger.values[0].length, ledger.values[7][5]]).toEqual([8, 6, null]);
  });
});

describe('zip bombs', () => {
  const saved = { ...INFLATE_LIMITS };
  // Limits scaled down so that a bomb of a few megabytes shows what one of gigabytes would.
  beforeAll(() => Object.assign(INFLATE_LIMITS, { ratio: 50, allowance: 1024 * 1024 }));
  afterAll(() => Object.assign(INFLATE_LIMITS, saved));

  /** `part` replaced by `head` + 8 MB of `filler` + `tail`: inflates about a thousand times. */
  const bomb = (part: string, head: string, filler: string, tail: string) =>
    contractWorkbook().then((wb) =>
      patchZip(wb, (zip) => {
        zip.file(part, head + filler.repeat(Math.ceil((8 * 1024 * 1024) / filler.length)) + tail);
      }),
    );
  const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

  it.each([
    [
      'the ledger sheet (streamed)',
      'xl/worksheets/sheet1.xml',
      `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`,
      'A',
      '</t></is></c></row></sheetData></worksheet>',
    ],
    ['the shared strings', 'xl/sharedStrings.xml', `<sst ${MAIN}><si><t>`, 'B', '</t></si></sst>'],
    ['the workbook part', 'xl/workbook.xml', `<workbook ${MAIN}><!--`, 'C', '--></workbook>'],
    ['the styles', 'xl/styles.xml', `<styleSheet ${MAIN}><!--`, 'D', '--></styleSheet>'],
  ])('refuses a bomb in %s, naming the part', async (_what, part, head, filler, tail) => {
    const bytes = await bomb(part, head, filler, tail);
    expect(bytes.length).toBeLessThan(200 * 1024);
    const e = await formatError(bytes);
    expect([e.problem, e.part]).toEqual(['tooLarge', part]);
    const r = await run(inTempDir('bomb.xlsx', bytes));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`delen ${part} packas upp till mer än en arbetsbok kan innehålla`);
    expect(r.stderr).not.toMatch(/Internt fel|Internal error/);
  });
});

describe('damaged zip entries', () => {
  /** The workbook with bytes in the middle of `part`'s compressed data overwritten. */
  async function damaged(part: string): Promise<Buffer> {
    const bytes = Buffer.from(await contractWorkbook());
    const entry = readCentralDirectory(bytes).find((e) => e.name === part)!;
    const [start, end] = dataSpan(bytes, entry);
    for (let i = start + Math.floor((end - start) / 3); i < start + Math.floor((end - start) / 3) + 12 && i < end; i++) bytes[i] ^= 0xa5;
    return bytes;
  }

  it.each(['xl/worksheets/sheet1.xml', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml'])('says the file is damaged, naming %s', async (part) => {
    const bytes = await damaged(part);
    const e = await formatError(bytes);
    expect([e.problem, e.part]).toEqual(['damaged', part]);
    const r = await run(inTempDir('skadad.xlsx', bytes));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`är skadad (delen ${part} går inte att läsa)`);
  });

  it('says the file is damaged when a part is not well-formed XML', async () => {
    const bytes = await patchZip(await contractWorkbook(), (zip) => {
      zip.file('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets>');
    });
    const r = await run(inTempDir('trasig.xlsx', bytes));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/skadad: delen xl\/workbook\.xml är inte giltig XML|är skadad \(delen xl\/workbook\.xml/);
  });

  it('says the file is damaged when a sheet the workbook lists is missing from the zip, and writes nothing', async () => {
    // The Inställningar sheet is xl/worksheets/sheet4.xml: read as an empty sheet, its settings
    // were lost and the report's summary sheet took its part, under the user's sheet name.
    const bytes = await patchZip(await contractWorkbook(), (zip) => {
      zip.remove('xl/worksheets/sheet4.xml');
    });
    const e = await formatError(bytes);
    expect([e.problem, e.part]).toEqual(['damaged', 'xl/worksheets/sheet4.xml']);
    const input = inTempDir('utan-blad.xlsx', bytes);
    const r = await run(input);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('är skadad (delen xl/worksheets/sheet4.xml går inte att läsa)');
  });

  it('writes a deflate stream that the test itself can read (the helper is sound)', () => {
    expect(deflateRawSync(Buffer.from('ok')).length).toBeGreaterThan(0);
  });
});
