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
import { oreText, plainResult, plainSums } from '../../helpers/siePlainSums';

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

  it("books a BL correction on the copy's date (the voucher's), not the date it was made", () => {
    const r = reportOf('bl-administration-typ4.se');
    // The corrections are dated 20100326–20101007, the vouchers inside the year 20090701–20100630.
    expect(codes(r.problems)).not.toContain('sieVoucherOutsideYear');
    // Its monthly depreciation vouchers are all numbered `# 1`: not duplicates.
    expect(r.imported.file.vouchers.filter((v) => v.series === '#' && v.number === '1')).toHaveLength(2);
    expect(codes(r.problems)).not.toContain('sieDuplicateVoucher');
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

/** `YYYYMM` of the fiscal month `period` (1–12) of a year starting `start` (`YYYYMMDD`). */
function fiscalMonth(start: string, period: number): string {
  const m = Number(start.slice(4, 6)) - 1 + period - 1;
  return `${Number(start.slice(0, 4)) + Math.floor(m / 12)}${String((m % 12) + 1).padStart(2, '0')}`;
}

/** The result (income positive) of the plain #PSALDO 0 totals up to and including `upTo` (`YYYYMM`). */
function psaldoResult(sums: ReturnType<typeof plainSums>, upTo: string, costCentre?: string): string {
  let v = 0;
  for (const p of sums.psaldo) {
    if (p.account >= 3000 && p.account <= 8999 && p.period <= upTo && p.costCentre === costCentre) v += p.ore;
  }
  return oreText(-v);
}

describe('SIE 1, 2 and 3: the report from the balances (BL Administration, Magenta)', () => {
  it.each(['bl-administration-typ2.se', 'bl-administration-typ3.se'])('%s: the income statement from #PSALDO up to the report month', (name) => {
    const whole = reportOf(name);
    expect(errors(whole.problems)).toEqual([]);
    expect(whole.imported.basis).toBe('periods');
    const year = whole.sums.year!;
    expect(model(whole).summary.result).toBe(psaldoResult(whole.sums, year.end.slice(0, 6)));
    expect(model(whole).summary.balanced).toBe(true);
    for (const period of [2, 6, 9]) {
      const r = reportOf(name, { period });
      expect(model(r).summary.result).toBe(psaldoResult(r.sums, fiscalMonth(year.start, period)));
      expect(model(r).summary.balanced).toBe(true);
    }
    // The balance sheet: #IB + the period balances = #UB at the year's end, account by account.
    expect(whole.imported.reconciliation).toEqual([]);
    const checks = model(whole).checks;
    expect(checks.find((c) => c.key === 'sieNoVouchers')).toMatchObject({ status: 'warning', detail: expect.stringContaining('balanserar') });
  });

  it('type 3: the follow-up per cost centre from the object balances', () => {
    const r = reportOf('bl-administration-typ3.se');
    const lines = model(r).statements.find((s) => s.key === 'costCentres')!.lines;
    const year = r.sums.year!;
    for (const cc of ['1', '2']) {
      expect(lines.find((l) => l.key === cc)?.values.actual).toBe(psaldoResult(r.sums, year.end.slice(0, 6), cc));
    }
  });

  it('Visma Avendo type 3: object balances per exact combination, no {} total, add up to the account', () => {
    const r = reportOf('avendo-typ3.se');
    expect(errors(r.problems)).toEqual([]);
    expect(r.imported.reconciliation).toEqual([]);
    const m = model(r);
    const result = (cc?: string | null) => {
      let v = 0;
      for (const p of r.sums.psaldoAll) if (p.account >= 3000 && p.account <= 8999 && (cc === null || p.costCentre === cc)) v += p.ore;
      return oreText(-v);
    };
    expect(m.summary.result).toBe(result(null));
    expect(m.summary.balanced).toBe(true);
    const lines = m.statements.find((s) => s.key === 'costCentres')!.lines;
    for (const cc of ['Nord', 'Syd']) expect(lines.find((l) => l.key === cc)?.values.actual).toBe(result(cc));
    expect(lines.find((l) => l.key === '')?.values.actual).toBe(result(undefined));
  });

  it.each(['bl-administration-typ1.se', 'magenta-typ1.se'])('%s (type 1): the whole year from #RES 0, and no other period', (name) => {
    const r = reportOf(name);
    expect(errors(r.problems)).toEqual([]);
    expect(r.imported.basis).toBe('annual');
    let res = 0;
    for (const [account, v] of r.sums.res) if (account >= 3000 && account <= 8999) res += v;
    expect(model(r).summary.result).toBe(oreText(-res));
    expect(model(r).summary.result).not.toBe('0.00');
    expect(model(r).summary.balanced).toBe(true);
    expect(model(r).checks.find((c) => c.key === 'sieNoVouchers')?.status).toBe('warning');
    const half = reportOf(name, { period: 6 });
    expect(half.built.model).toBeUndefined();
    expect(errors(half.built.problems).map((p) => formatProblem(p, 'sv'))).toEqual([
      'Filen har bara helårssaldon (SIE typ 1), så rapporten kan bara göras för hela räkenskapsåret (period 12), inte för period 6.',
    ]);
  });

  it('refuses a file with neither vouchers nor balances, saying why', () => {
    const imported = importSie(
      new TextEncoder().encode('#FLAGGA 0\n#PROGRAM "BL Administration" "2011.2.102"\n#SIETYP 1\n#RAR 0 20240101 20241231\n#KONTO 1930 "Bank"\n'),
    );
    expect(errors(imported.problems).map((p) => formatProblem(p, 'sv'))).toEqual([
      'Filen har varken verifikationer (#VER) eller saldon för räkenskapsåret (#PSALDO 0, #RES 0, #UB 0 med #RAR 0); det finns inget att göra en rapport av.',
    ]);
  });
});

describe('problems cite the SIE file (Magenta: accounts with a leading zero)', () => {
  it('takes 0351 as a valid account and cites its line, not a sheet cell', () => {
    const r = reportOf('magenta-typ1.se');
    expect(errors(r.problems)).toEqual([]);
    const text = r.problems.map((p) => formatProblem(p, 'sv'));
    const at = text.find((t) => t.includes('Konto 0351'))!;
    const line = readFileSync(join(STYLES, 'magenta-typ1.se'), 'latin1').split('\r\n').indexOf('#RES 0  0351 -104320.00') + 1;
    expect(at).toMatch(new RegExp(`^Rad ${line}: Konto 0351 .* — #RES 0  0351 -104320\\.00$`));
    for (const t of text) expect(t).not.toMatch(/Huvudbok!|Huvudbok \(/);
    // The report's JSON problems say the same.
    expect(model(r).problems.find((p) => p.value === '0351')?.params).toMatchObject({ sieLine: line });
  });

  it('refuses an account of more than four digits in import-sie and the report alike (the same importSie)', () => {
    const bytes = new TextEncoder().encode(
      [
        '#FLAGGA 0',
        '#SIETYP 4',
        '#RAR 0 20240101 20241231',
        '#KONTO 61100 "Lång"',
        '#VER A 1 20240110 "x"',
        '{',
        '#TRANS 61100 {} 10.00',
        '#TRANS 1930 {} -10.00',
        '}',
      ].join('\n'),
    );
    const p = errors(importSie(bytes).problems);
    expect(p.map((x) => formatProblem(x, 'sv'))).toEqual([
      'Rad 4: Konto 61100 har fler än fyra siffror; rapporten och arbetsboken bygger på fyrsiffriga konton (BAS, 0000–9999). Byt till ett fyrsiffrigt konto i ekonomisystemet och exportera igen. — #KONTO 61100 "Lång"',
    ]);
  });
});

describe('smaller points, each in the style of the program that showed it', () => {
  it('BL Administration in ISO 8859-15: å ä ö read right, with a warning at the first line that has them', () => {
    const r = reportOf('bl-administration-latin9.si');
    expect(errors(r.problems)).toEqual([]);
    expect(model(r).summary.organisation).toBe('Övningsbolaget');
    const source = Buffer.from(bytesOf('bl-administration-latin9.si')).toString('latin1').split('\r\n');
    const warning = r.problems.find((p) => p.code === 'sieEncodingGuessed')!;
    expect(warning.params).toMatchObject({ line: source.findIndex((l) => /[\u00c0-\u00ff]/.test(l)) + 1, text: '#FNAMN "Övningsbolaget"' });
    expect(r.imported.ranges.find((x) => x.name === 'Kontoplan')!.values.flat()).toContain('Försäljning');
    // The figures are those of the same file in PC8.
    expect(model(r).summary.result).toBe(model(reportOf('bl-administration-typ4.se')).summary.result);
  });

  it('BL Administration SIE 4I: an empty #RAR 0 is a warning, the vouchers give the year', () => {
    const r = reportOf('bl-administration-typ4i.si');
    expect(errors(r.problems)).toEqual([]);
    expect(r.problems.find((p) => p.code === 'sieRarEmpty')?.params).toMatchObject({ line: 8, text: '#RAR 0  ' });
    expect(model(r).summary.year).toBe(2011);
    expect(model(r).summary.result).toBe(plainResult(r.sums.trans, '20110101', '20111231'));
    // Unnumbered vouchers (`#VER "" 0`) are not duplicates.
    expect(codes(r.problems)).not.toContain('sieDuplicateVoucher');
  });

  it('takes the fiscal year after #RAR -1 when #RAR 0 is empty', () => {
    const imported = importSie(
      new TextEncoder().encode(
        [
          '#FLAGGA 0',
          '#SIETYP 4',
          '#RAR 0',
          '#RAR -1 20220701 20230630',
          '#VER A 1 20231010 "x"',
          '{',
          '#TRANS 3010 {} -10.00',
          '#TRANS 1930 {} 10.00',
          '}',
        ].join('\r\n'),
      ),
    );
    expect(errors(imported.problems)).toEqual([]);
    expect(imported.problems.find((p) => p.code === 'sieFiscalYearFromPrevious')?.params).toMatchObject({ start: '20230701', end: '20240630' });
    expect(imported.ranges.find((x) => x.name === 'Installningar')!.values).toContainEqual(['Första månad', 7]);
  });

  it('names the row outside the fiscal year, by its line and date, not the voucher date', () => {
    const lines = [
      '#FLAGGA 0',
      '#SIETYP 4',
      '#RAR 0 20090701 20100630',
      '#VER A 8 20091210 "Varor"',
      '{',
      '#TRANS 1930 {} -10.00 20091210',
      '#RTRANS 4010 {} 10.00 20101007 "" "" "2 Christer Bengtsson"',
      '}',
    ];
    const p = importSie(new TextEncoder().encode(lines.join('\n'))).problems.find((x) => x.code === 'sieVoucherOutsideYear')!;
    expect(formatProblem(p, 'sv')).toBe('Rad 7: Verifikation A 8: raden är daterad 20101007, utanför räkenskapsåret (#RAR 0) och året före. — ' + lines[6]);
  });

  it('Visma eEkonomi: the result before the closing entry 8999 → 2099, named on the checks sheet; 8910 is tax', () => {
    const r = reportOf('visma-eekonomi-2020.se');
    expect(errors(r.problems)).toEqual([]);
    const m = model(r);
    expect(m.summary.result).toBe(plainResult(r.sums.trans, '20200101', '20201231', (t) => t.account >= 8990));
    expect(m.summary.result).not.toBe('0.00');
    expect(m.summary.balanced).toBe(true);
    const closingLine =
      readFileSync(join(STYLES, 'visma-eekonomi-2020.se'), 'latin1')
        .split('\r\n')
        .findIndex((l) => l.startsWith('#VER "A" "4"')) + 1;
    expect(m.checks.find((c) => c.key === 'sieClosing')?.detail).toContain(`A 4 (rad ${closingLine})`);
    const income = m.statements.find((s) => s.key === 'income')!.lines;
    const tax = income.find((l) => l.label === 'Skatt på årets resultat');
    expect(tax?.values.actual).toBe('-33325.35');
    expect(income.find((l) => l.label === 'Extraordinära intäkter')?.values.actual ?? '0.00').toBe('0.00');
  });
});

describe('issue 9: duplicate vouchers and stray bytes', () => {
  const file = (...body: string[]) => ['#FLAGGA 0', '#SIETYP 4', '#RAR 0 20240101 20241231', ...body];
  const ver = (n: string, amount: string) => [`#VER A ${n} 20240110 "x"`, '{', `#TRANS 3010 {} -${amount}`, `#TRANS 1930 {} ${amount}`, '}'];

  it('warns about a voucher that appears twice, with both lines, also on the checks sheet', () => {
    const bytes = new TextEncoder().encode(file(...ver('5', '12500.50'), ...ver('6', '100.00'), ...ver('5', '12500.50')).join('\n'));
    const imported = importSie(bytes);
    const dup = imported.problems.filter((p) => p.code === 'sieDuplicateVoucher');
    expect(dup.map((p) => formatProblem(p, 'sv'))).toEqual([
      'Rad 14: Verifikation A 5 finns två gånger med samma datum (rad 4 och den här raden); båda räknas — kontrollera om filen har exporterats två gånger. — #VER A 5 20240110 "x"',
    ]);
    const built = buildReport({ ranges: imported.ranges, imported: importedFile(imported, 'x.se') });
    expect(built.model!.checks.find((c) => c.key === 'sieDuplicates')).toMatchObject({ status: 'warning', detail: expect.stringContaining('A 5 (rad 4, 14)') });
  });

  it('reads UTF-8 with one stray Latin-1 byte as UTF-8, and warns at that line', () => {
    const head = new TextEncoder().encode(file('#FNAMN "Testförbundet"', '#KONTO 3010 "Försäljning"').join('\n') + '\n');
    const stray = Uint8Array.from([...head, ...Buffer.from('#KONTO 1930 "F', 'latin1'), 0xf6, ...Buffer.from('retagskonto"\n', 'latin1')]);
    const imported = importSie(stray);
    expect(imported.file.companyName).toBe('Testförbundet');
    expect(imported.file.accounts.find((a) => a.account === 1930)?.name).toBe('Företagskonto');
    expect(imported.problems.find((p) => p.code === 'sieUtf8Stray')?.params).toMatchObject({ line: 6, count: 1 });
  });
});
