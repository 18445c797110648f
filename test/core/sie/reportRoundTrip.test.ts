/**
 * Issue 4's round trip: the example workbook exported to SIE 4 (test helper) and imported back
 * gives the same report. The workbook's own ranges that SIE does not carry (Prognos, Texter) or that the
 * user keeps in preference to the file's (Kontoplan, Kostnadsstallen names) come from the workbook.
 */
import { buildReport } from '../../../src/core/report';
import { importSie } from '../../../src/core/sie';
import type { RangeData } from '../../../src/core/input/types';
import type { ReportModel } from '../../../src/core/model/types';
import { exampleWorkbook, toRangeData } from '../../../src/example/exampleWorkbook';
import { rangesToSie } from '../../helpers/sieExport';

const KEEP_FROM_WORKBOOK = ['Kontoplan', 'Prognos', 'Kostnadsstallen', 'Installningar', 'Medlemsbidrag', 'Deltagare', 'Arsvolym', 'Projekt', 'Texter'];

function report(ranges: RangeData[]): ReportModel {
  const r = buildReport({ ranges, generatedAt: new Date(2024, 8, 15, 12, 0) });
  if (!r.model) throw new Error(JSON.stringify(r.problems.filter((p) => p.severity === 'error')));
  return r.model;
}

describe('example workbook → SIE 4 → import → the same report', () => {
  const original = toRangeData(exampleWorkbook());
  const own = original.filter((r) => KEEP_FROM_WORKBOOK.includes(r.name));
  const before = report(original);

  it.each(['vouchers', 'psaldo'] as const)('with the year before as %s', (comparative) => {
    const imported = importSie(rangesToSie(original, { comparative, checksum: true }));
    expect(imported.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(imported.fromFile).toEqual(expect.arrayContaining(['Huvudbok', 'IngaendeBalans', 'Budget']));
    const fromFile = imported.ranges.filter((r) => !KEEP_FROM_WORKBOOK.includes(r.name));
    const after = report([...fromFile, ...own]);
    expect(after.summary).toEqual(before.summary);
    const income = (m: ReportModel) => m.statements.find((s) => s.key === 'income');
    expect(income(after)).toEqual(income(before));
    const cc = (m: ReportModel) => m.statements.find((s) => s.key === 'costCentres');
    expect(cc(after)).toEqual(cc(before));
    const cashflow = (m: ReportModel) => m.statements.find((s) => s.key === 'cashflow');
    expect(cashflow(after)).toEqual(cashflow(before));
    const balance = (m: ReportModel) => m.statements.find((s) => s.key === 'balance')!.lines.map((l) => [l.label, l.values.opening, l.values.closing]);
    expect(balance(after)).toEqual(balance(before));
    // The voucher texts on Verifikationer went through the SIE file's code page 437, which has
    // no en dash: the export writes '-' for it.
    const cp437 = (m: ReportModel) =>
      m.sheets.map((s) =>
        s.key.startsWith('transactions')
          ? {
              ...s,
              rows: s.rows.map((r) => ({ ...r, cells: r.cells.map((c) => (c.kind === 'text' && c.fromData ? { ...c, text: c.text.replace(/–/g, '-') } : c)) })),
            }
          : s,
      );
    if (comparative === 'vouchers') expect(cp437(after)).toEqual(cp437(before));
  });
});
