/**
 * The fake host must be as strict as Excel, or the adapter's tests prove nothing. These tests
 * show that it fails where Excel fails.
 */
import { FakeExcelHost, PAYLOAD_LIMIT, parseInput } from './fakeExcel';

const ctxOf = (c: Excel.RequestContext) => c;

describe('load/sync discipline', () => {
  test('reading a property before load and sync throws PropertyNotLoaded', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', [['a']]);
    await host.run(async (context) => {
      const range = ctxOf(context).workbook.worksheets.getItem('Data').getRange('A1');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['a']]);
      expect(() => range.address).toThrow(/address/); // loaded 'values' only
    });
  });

  test('collections need load + sync before items', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data');
    await host.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/items/);
      sheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Data']);
    });
  });

  test('isNullObject is known only after sync', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data');
    await host.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      missing.load('name');
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  test('members outside the modelled subset throw', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data');
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Data') as unknown as Record<string, unknown>;
      expect(() => ws.tabColor).toThrow(/not in the fake's API subset/);
    });
  });

  test('counts syncs, including the implicit one at the end of Excel.run', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data');
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem('Data').getRange('A2').values = [[2]];
    });
    expect(host.stats.syncs).toBe(2);
    expect(host.cell('Data', 'A2')).toBe(2);
  });

  test('objects die with their Excel.run', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data');
    let leaked: Excel.Range | undefined;
    await host.run(async (context) => {
      leaked = context.workbook.worksheets.getItem('Data').getRange('A1');
    });
    expect(() => {
      (leaked as Excel.Range).values = [[1]];
    }).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  test('a failing command stops the batch; earlier commands stay applied', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data');
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').values = [[1]];
        context.workbook.worksheets.getItem('Missing').getRange('A1').values = [[2]];
        context.workbook.worksheets.getItem('Data').getRange('A3').values = [[3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(host.cell('Data', 'A1')).toBe(1);
    expect(host.cell('Data', 'A3')).toBe('');
  });
});

describe('payload limits like Excel on the web', () => {
  test('a request over 5 MB is refused as a whole', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data');
    const rows = 60_000;
    const big = Array.from({ length: rows }, () => ['x'.repeat(100)]);
    expect(JSON.stringify(big).length).toBeGreaterThan(PAYLOAD_LIMIT);
    await expect(
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Data');
        ws.getRange('B1').values = [['small']];
        ws.getRangeByIndexes(0, 0, rows, 1).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.cell('Data', 'B1')).toBe(''); // nothing of the request was applied
  });

  test('a response over 5 MB is refused', async () => {
    const host = new FakeExcelHost();
    host.addSheet(
      'Data',
      Array.from({ length: 60_000 }, () => ['y'.repeat(100)]),
    );
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:A60000').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });
});

describe('strings written to cells are parsed like typed input', () => {
  test.each([
    ['=1+2', 'General', { formula: '=1+2' }],
    ['=1+2', '@', { value: '=1+2' }],
    ['+A1', 'General', { formula: '=+A1' }],
    ['-A1', 'General', { formula: '=-A1' }],
    ['@A1', 'General', { formula: '=A1' }],
    ['-12.5', 'General', { value: -12.5 }],
    ['-12.5', '@', { value: '-12.5' }],
    ["'=1+2", 'General', { value: '=1+2' }],
    ['2024-03-31', 'General', { value: 45382 }],
    ['TRUE', 'General', { value: true }],
    ['Konsulter', 'General', { value: 'Konsulter' }],
  ])('%s in a %s cell', (input, format, expected) => {
    expect(parseInput(input, format)).toEqual(expected);
  });

  test('a formula string becomes a live formula; the same string in a text cell stays text', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data');
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('Data');
      ws.getRange('A1:A2').values = [[2], [3]];
      ws.getRange('B1').values = [['=SUM(A1:A2)']];
      const c = ws.getRange('C1');
      c.numberFormat = [['@']];
      c.values = [['=SUM(A1:A2)']];
      await context.sync();
    });
    expect(host.cell('Data', 'B1')).toBe(5);
    expect(host.formula('Data', 'B1')).toBe('=SUM(A1:A2)');
    expect(host.cell('Data', 'C1')).toBe('=SUM(A1:A2)');
    expect(host.formula('Data', 'C1')).toBeUndefined();
  });
});

describe('sheets and names', () => {
  test('renaming a sheet rewrites formulas that refer to it; deleting one turns its names into #REF!', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Old one', [[7]]);
    host.addSheet('Other');
    host.addName('Keep', 'Old one', 'A1');
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Other').getRange('A1').formulas = [["='Old one'!A1*2"]];
      await context.sync();
      context.workbook.worksheets.getItem('Old one').name = 'New';
      await context.sync();
    });
    expect(host.formula('Other', 'A1')).toBe('=New!A1*2');
    expect(host.cell('Other', 'A1')).toBe(14);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('New').delete();
      const names = context.workbook.names.load('items/name,items/type,items/value');
      await context.sync();
      expect(names.items.map((n) => [n.name, n.type, n.value])).toEqual([['Keep', 'Error', '#REF!']]);
    });
    expect(host.formula('Other', 'A1')).toBe('=#REF!*2');
  });

  test('sheet names are validated and unique (case-insensitive)', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data');
    await expect(host.run(async (c) => void c.workbook.worksheets.add('data'))).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(host.run(async (c) => void c.workbook.worksheets.add('a/b'))).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(host.run(async (c) => void c.workbook.worksheets.add('x'.repeat(32)))).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  test('getRange on a name that is not a range fails, as in Excel', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data');
    host.addConstantName('Huvudbok', 'hej');
    await expect(
      host.run(async (context) => {
        context.workbook.names.getItem('Huvudbok').getRange().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
  });
});

describe('what real Excel does that a naive fake would hide', () => {
  test('a table: getRange holds the header and total rows; the data body holds neither', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', [
      ['Konto', 'Belopp'],
      [3000, 5],
      [4000, 7],
      ['Summa', 12],
    ]);
    host.addTable('T', 'Data', 'A1:B4', { totals: true });
    await host.run(async (context) => {
      const t = context.workbook.tables.getItemOrNullObject('T');
      const whole = t.getRange().load('address');
      const body = t.getDataBodyRange().load('address');
      const header = t.getHeaderRowRange().load('address');
      const total = t.getTotalRowRange().load('values');
      await context.sync();
      expect([whole.address, header.address, body.address, total.values]).toEqual(['Data!A1:B4', 'Data!A1:B1', 'Data!A2:B3', [['Summa', 12]]]);
    });
  });

  test('names getRange cannot take fail the whole request; getRangeOrNullObject gives a null object', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', [[1]]);
    host.addOddName('Ext', 'external', "'[Bok 2.xlsx]Data'!$A$1:$B$5");
    host.addOddName('Two', 'multiArea', 'Data!$A$1;Data!$C$1');
    await expect(
      host.run(async (context) => {
        context.workbook.names.getItem('Ext').getRange().load('address');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidReference' });
    await host.run(async (context) => {
      const names = context.workbook.names.load('items/name,items/type');
      const a = context.workbook.names.getItem('Two').getRangeOrNullObject();
      a.load('address');
      await context.sync();
      expect(names.items.map((n) => n.type)).toEqual(['Range', 'Range']); // Excel calls both ranges
      expect(a.isNullObject).toBe(true);
    });
  });

  test('a sheet-scoped name is listed under its sheet, not the workbook', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', [[1]]);
    host.addSheetName('Huvudbok', 'Data', 'A1');
    await host.run(async (context) => {
      const wb = context.workbook.names.load('items/name');
      const sheet = context.workbook.worksheets.getItem('Data').names.load('items/name');
      await context.sync();
      expect([wb.items.length, sheet.items.map((n) => n.name)]).toEqual([0, ['Huvudbok']]);
    });
  });

  test('formulas written while calculation is suspended show stale values until calculate', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', [[2, 3]]);
    await host.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem('Data').getRange('C1').formulas = [['=A1+B1']];
      await context.sync();
    });
    expect(host.cell('Data', 'C1')).toBe(0);
    await host.run(async (context) => {
      context.workbook.application.calculate('Full');
      await context.sync();
    });
    expect(host.cell('Data', 'C1')).toBe(5);
  });

  test('deleting a sheet turns references to it into #REF!', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Mitt', []);
    host.addSheet('Rapport', [[7]]);
    host.sheet('Mitt').formulas[0] = ['=Rapport!A1'];
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Rapport').delete();
      await context.sync();
    });
    expect(host.formula('Mitt', 'A1')).toBe('=#REF!');
  });

  test('a protected sheet refuses changes with AccessDenied; its protection is loadable', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Skyddat', [[1]]).protected = true;
    host.addSheet('Annat');
    await host.run(async (context) => {
      const p = context.workbook.worksheets.getItem('Skyddat').protection.load('protected');
      await context.sync();
      expect(p.protected).toBe(true);
    });
    for (const change of [
      (ws: Excel.Worksheet) => {
        ws.getRange('A1').values = [[2]];
      },
      (ws: Excel.Worksheet) => ws.getRange().clear('All'),
      (ws: Excel.Worksheet) => ws.delete(),
    ]) {
      await expect(
        host.run(async (context) => {
          change(context.workbook.worksheets.getItem('Skyddat'));
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    expect(host.cell('Skyddat', 'A1')).toBe(1);
  });

  test('cell edit mode fails a request unless the run asked to wait (delayForCellEdit)', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data');
    host.cellEditMode = true;
    const write = async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').values = [[1]];
      await context.sync();
    };
    await expect(host.run(write)).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    await host.run({ delayForCellEdit: true }, write);
    expect([host.cell('Data', 'A1'), host.cellEditWaits]).toEqual([1, 1]);
  });

  test('a range over the cell limit is refused with RangeExceedsLimit, a request over it with OperationCellsExceedLimit', async () => {
    const host = new FakeExcelHost({ rangeCellLimit: 100, operationCellLimit: 150 });
    host.addSheet('Data');
    const fill = (rows: number) => Array.from({ length: rows }, () => Array.from({ length: 10 }, () => 1));
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 0, 11, 10).values = fill(11);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
    await expect(
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('Data');
        ws.getRangeByIndexes(0, 0, 8, 10).values = fill(8);
        ws.getRangeByIndexes(8, 0, 8, 10).values = fill(8);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'OperationCellsExceedLimit' });
  });

  test('the 1904 date system is readable only with ExcelApi 1.16', async () => {
    const host = new FakeExcelHost({ api116: false });
    host.addSheet('Data');
    host.workbook.date1904 = true;
    await expect(
      host.run(async (context) => {
        context.workbook.load('use1904DateSystem');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    host.options.api116 = true;
    const is1904 = await host.run(async (context) => {
      const wb = context.workbook as unknown as { load(p: string): void; use1904DateSystem: boolean };
      wb.load('use1904DateSystem');
      await context.sync();
      return wb.use1904DateSystem;
    });
    expect(is1904).toBe(true);
  });
});
