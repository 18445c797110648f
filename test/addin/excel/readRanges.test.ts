import { readRanges } from '../../../src/addin/excel/readRanges';
import type { FoundRange } from '../../../src/addin/excel/types';
import { FakeExcelHost } from '../fakeExcel';

function ledgerRows(n: number, text = 'Lön'): unknown[][] {
  return [['Datum', 'Konto', 'Belopp', 'Text'], ...Array.from({ length: n }, (_, i) => [45300 + (i % 28), 5000 + (i % 50), i - 100, `${text} ${i}`])];
}

const found = (name: string, sheet: string, rowCount: number, columnCount: number, row = 0, col = 0): FoundRange => ({
  name,
  source: 'name',
  sheet,
  row,
  col,
  rowCount,
  columnCount,
  address: `${sheet}!A1`,
});

describe('readRanges', () => {
  test('reads a 45 000-row ledger in 3 blocks of at most 20 000 rows, cells unchanged', async () => {
    const host = new FakeExcelHost();
    const rows = ledgerRows(44_999);
    host.addSheet('Data', rows);
    const progress: [number, number][] = [];
    const result = await host.run((c) => readRanges(c, [found('Huvudbok', 'Data', 45_000, 4)], { onProgress: (a, b) => progress.push([a, b]) }));
    expect(host.stats.syncs).toBe(3);
    expect(progress).toEqual([
      [20_000, 45_000],
      [40_000, 45_000],
      [45_000, 45_000],
    ]);
    const values = result.ranges[0].values;
    expect(values).toHaveLength(45_000);
    expect(values[0]).toEqual(['Datum', 'Konto', 'Belopp', 'Text']);
    expect(values[44_999]).toEqual(rows[44_999]);
    expect(result.ranges[0]).toMatchObject({ name: 'Huvudbok', sheet: 'Data', row: 0, col: 0 });
  });

  test('small ranges share a block with the ledger', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', ledgerRows(99));
    host.addSheet('IB', [[], [], ['', 'Konto', 'Belopp'], ['', 1930, 1000]]);
    const result = await host.run((c) => readRanges(c, [found('Huvudbok', 'Data', 100, 4), found('IB', 'IB', 2, 2, 2, 1)]));
    expect(host.stats.syncs).toBe(1);
    expect(result.ranges[1]).toEqual({
      name: 'IB',
      sheet: 'IB',
      row: 2,
      col: 1,
      values: [
        ['Konto', 'Belopp'],
        [1930, 1000],
      ],
    });
  });

  test('halves the block when Excel on the web refuses the response, and still reads every row once', async () => {
    const host = new FakeExcelHost();
    const rows = ledgerRows(29_999, 'En lång verifikationstext från ekonomisystemet som tar plats '.repeat(10));
    host.addSheet('Data', rows);
    const result = await host.run((c) => readRanges(c, [found('Huvudbok', 'Data', 30_000, 4)]));
    expect(result.halvings).toBeGreaterThan(0);
    expect(result.blockRows).toBeLessThan(10_000);
    const failed = host.stats.history.filter((h) => !h.ok);
    expect(failed.length).toBe(result.halvings);
    expect(failed.every((h) => h.code === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(host.stats.maxResponseBytes).toBeGreaterThan(5 * 1024 * 1024); // the refused ones
    expect(host.stats.history.filter((h) => h.ok).every((h) => h.responseBytes <= 5 * 1024 * 1024)).toBe(true);
    expect(result.ranges[0].values).toHaveLength(30_000);
    expect(result.ranges[0].values.map((r) => r[3])).toEqual(rows.map((r) => r[3]));
  });

  test('halves the block when Excel says the range has too many cells (RangeExceedsLimit)', async () => {
    const host = new FakeExcelHost({ rangeCellLimit: 12_000 });
    const rows = ledgerRows(9_999);
    host.addSheet('Data', rows);
    const result = await host.run((c) => readRanges(c, [found('Huvudbok', 'Data', 10_000, 4)]));
    // blocks of 20 000 → 10 000 → 5 000 rows are refused (the 10 000-row range: 40 000 and 20 000
    // cells, over 12 000); 2 500 rows (10 000 cells) pass
    expect(result.halvings).toBe(3);
    expect(result.blockRows).toBe(2_500);
    expect(host.stats.history.filter((h) => !h.ok).every((h) => h.code === 'RangeExceedsLimit')).toBe(true);
    expect(result.ranges[0].values.map((r) => r[3])).toEqual(rows.map((r) => r[3]));
  });

  test('another error is not retried', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data', ledgerRows(10));
    await expect(host.run((c) => readRanges(c, [found('Huvudbok', 'Borta', 11, 4)]))).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(host.stats.syncs).toBe(1);
  });

  test('an empty range gives no values and costs no sync', async () => {
    const host = new FakeExcelHost();
    host.addSheet('Data');
    const result = await host.run((c) => readRanges(c, [found('Budget', 'Data', 0, 0)]));
    expect(result.ranges[0].values).toEqual([]);
    expect(host.stats.syncs).toBe(0);
  });
});
