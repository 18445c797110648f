import { insertExample, planExampleSheet, rawCellInput } from '../../../src/addin/excel/insertExample';
import { excelSerial } from '../../../src/core';
import { findRanges } from '../../../src/addin/excel/findRanges';
import { readRanges } from '../../../src/addin/excel/readRanges';
import { isInputName } from '../../../src/addin/contractRanges';
import { exampleWorkbook, toRangeData } from '../../../src/example/exampleWorkbook';
import { buildReport } from '../../../src/core/report';
import { FakeExcelHost } from '../fakeExcel';

const FEATURES = { api19: true };

describe('rawCellInput', () => {
  test('strings are text whatever the column format; dates are serials; numbers keep the format', () => {
    expect(rawCellInput('1 234,56', '#,##0.00')).toEqual({ input: '1 234,56', format: '@' });
    expect(rawCellInput(new Date(Date.UTC(2024, 0, 31)), undefined)).toEqual({ input: 45322, format: 'yyyy-mm-dd' });
    expect(rawCellInput(1234.5, '#,##0.00')).toEqual({ input: 1234.5, format: '#,##0.00' });
    expect(rawCellInput(3001, '@')).toEqual({ input: 3001, format: 'General' });
    expect(rawCellInput(null, '#,##0.00')).toEqual({ input: '', format: '#,##0.00' });
  });

  test('excelSerial: 1970-01-01 is 25569 and 2024-02-29 is 45351 (hand-counted from 1899-12-30)', () => {
    expect(excelSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    expect(excelSerial(new Date(Date.UTC(2024, 1, 29)))).toBe(45351);
    // a local midnight in UTC+1 is 23:00 UTC the day before: still the intended day
    expect(excelSerial(new Date(Date.UTC(2024, 1, 28, 23)))).toBe(45351);
  });
});

describe('insertExample', () => {
  test('writes the example into an empty workbook so that the add-in reads back the same report', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Blad1');
    const example = exampleWorkbook();
    const written = await host.run((c) => insertExample(c, example, FEATURES));
    expect(written).toEqual(example.sheets.map((s) => s.name));
    expect(host.workbook.names.map((n) => n.name)).toEqual(example.names.map((n) => n.name));
    // Text stays text, even text that looks like a number in an amount column.
    const ledger = example.sheets.find((s) => s.name === 'Huvudbok');
    const plan = planExampleSheet(ledger!);
    plan.inputs.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === 'string' && v !== '') expect(plan.numberFormats[r][c]).toBe('@');
      }),
    );

    const read = await host.run(async (c) => readRanges(c, (await findRanges(c, isInputName)).found));
    const at = new Date(Date.UTC(2024, 8, 2, 8));
    const fromHost = buildReport({ ranges: read.ranges, generatedAt: at });
    const direct = buildReport({ ranges: toRangeData(example), generatedAt: at });
    expect(fromHost.problems).toEqual(direct.problems);
    expect(fromHost.model?.summary).toEqual(direct.model?.summary);
    expect(fromHost.model?.sheets).toEqual(direct.model?.sheets);
  });

  test('refuses a workbook that is not empty and changes nothing', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Blad1', [['mina data']]);
    const before = host.snapshot();
    await expect(host.run((c) => insertExample(c, exampleWorkbook(), FEATURES))).rejects.toMatchObject({ code: 'WorkbookNotEmpty' });
    expect(host.snapshot()).toEqual(before);
  });
});
