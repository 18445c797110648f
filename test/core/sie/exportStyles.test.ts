/**
 * Issue 14: SIE files written in the styles of the accounting programs that showed each
 * problem (synthetic files, see test/fixtures/sie/styles/make-styles.py and the README there).
 * Every report is checked against an independent plain sum of the file's rows
 * (test/helpers/siePlainSums.ts), never against figures copied from the product's output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../../src/core/report';
import { importedFile, importSie } from '../../../src/core/sie';
import type { ReportModel } from '../../../src/core/model/types';
import type { Problem } from '../../../src/core/input/types';
import { formatProblem } from '../../../src/core/messages';
import { plainResult, plainSums } from '../../helpers/siePlainSums';

const STYLES = join(__dirname, '..', '..', 'fixtures', 'sie', 'styles');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(STYLES, name)));

function reportOf(name: string, overrides: { period?: number } = {}) {
  const bytes = bytesOf(name);
  const imported = importSie(bytes);
  const built = buildReport({ ranges: imported.ranges, imported: importedFile(imported, name), overrides, generatedAt: new Date(2024, 0, 1) });
  return { imported, built, sums: plainSums(bytes), problems: [...imported.problems, ...built.problems] };
}

const codes = (problems: readonly Problem[]) => problems.map((p) => p.code);
const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');
const model = (r: { built: { model?: ReportModel; problems: Problem[] } }): ReportModel => {
  if (!r.built.model) throw new Error(r.built.problems.map((p) => formatProblem(p, 'sv')).join('\n'));
  return r.built.model;
};

describe('#RTRANS and its #TRANS compatibility copy count once', () => {
  it.each([
    ['fortnox-2020.se', 'Fortnox: the copy lacks the signature'],
    ['bl-administration-typ4.se', 'BL Administration: the copy has another transdat'],
  ])('%s (%s)', (name) => {
    const r = reportOf(name);
    expect(errors(r.problems)).toEqual([]);
    const m = model(r);
    const year = r.sums.year!;
    expect(m.summary.result).toBe(plainResult(r.sums.trans, year.start, year.end));
    expect(m.summary.balanced).toBe(true);
    expect(codes(r.problems)).not.toContain('sieVoucherUnbalanced');
    expect(codes(r.problems)).not.toContain('voucherUnbalanced');
    expect(codes(r.problems)).not.toContain('sieRtransWithoutTrans');
    // The file's own #UB 0 / #RES 0 agree with the rows as counted.
    expect(r.imported.reconciliation).toEqual([]);
    // Every account's total over the year is the plain sum.
    const ledger = r.imported.ranges.find((x) => x.name === 'Huvudbok')!.values.slice(1);
    const byAccount = new Map<number, number>();
    for (const row of ledger) byAccount.set(Number(row[2]), (byAccount.get(Number(row[2])) ?? 0) + Math.round(Number(String(row[6]).replace(',', '.')) * 100));
    const plain = new Map<number, number>();
    for (const t of r.sums.trans) plain.set(t.account, (plain.get(t.account) ?? 0) + t.ore);
    expect(byAccount).toEqual(plain);
  });

  it('books a BL correction on the copy\'s date (the voucher\'s), not the date it was made', () => {
    const r = reportOf('bl-administration-typ4.se');
    // The corrections are dated 20100326–20101007, the vouchers inside the year 20090701–20100630.
    expect(codes(r.problems)).not.toContain('sieVoucherOutsideYear');
    const a25 = r.imported.file.vouchers.find((v) => v.number === '25')!;
    expect(a25.rows.filter((t) => t.kind === 'added').map((t) => t.date)).toEqual(['20100122', '20100122']);
  });

  it('never counts a #BTRANS row (Fortnox and BL write it without a copy)', () => {
    for (const name of ['fortnox-2020.se', 'bl-administration-typ4.se']) {
      const file = importSie(bytesOf(name)).file;
      const removed = file.vouchers.flatMap((v) => v.removedRows);
      expect(removed.length).toBeGreaterThan(0);
      for (const v of file.vouchers) expect(v.rows.reduce((s, t) => s + t.amount, 0)).toBe(0);
    }
  });
});
