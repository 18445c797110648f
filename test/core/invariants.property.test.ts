/**
 * Property tests: for any balanced ledger and balanced opening balance, the balance sheet
 * balances, RES3 equals the change of equity, the cash flow equals the change of cash and
 * the cost centres add up to the result — and every formula states what it computes.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { buildReport } from '../../src/core/report';
import type { RawCell } from '../../src/core/input/types';
import { ModelEvaluator } from '../helpers/evalModel';
import { range, settings } from '../helpers/ranges';

const ACCOUNTS = [1221, 1511, 1687, 1810, 1920, 2230, 2350, 2411, 2711, 2991, 3740, 3810, 3990, 4010, 5110, 5410, 5539, 6110, 6451, 7619, 7830, 8310, 8410];
const BALANCE_IB = [1221, 1511, 1810, 1920, 2230, 2350, 2411, 2991];

const amount = fc.integer({ min: -5_000_000, max: 5_000_000 }).filter((n) => n !== 0); // öre
const voucher = fc.record({
  year: fc.constantFrom(2023, 2024),
  month: fc.integer({ min: 1, max: 12 }),
  legs: fc.array(fc.record({ account: fc.constantFrom(...ACCOUNTS), ore: amount, cc: fc.constantFrom('', 10, '20', 30) }), { minLength: 1, maxLength: 4 }),
  balancing: fc.constantFrom(...ACCOUNTS),
});
const ledgerArb = fc.record({
  vouchers: fc.array(voucher, { minLength: 1, maxLength: 40 }),
  ib: fc.array(fc.record({ account: fc.constantFrom(...BALANCE_IB), ore: amount }), { maxLength: 8 }),
  period: fc.integer({ min: 1, max: 12 }),
});

const kr = (ore: number) => new Decimal(ore).div(100).toFixed(2);

interface Generated {
  vouchers: { year: number; month: number; legs: { account: number; ore: number; cc: string | number }[]; balancing: number }[];
  ib: { account: number; ore: number }[];
  period: number;
}

function workbook(x: Generated, extra: Record<string, RawCell> = {}) {
  const rows: RawCell[][] = [['Period', 'Verifikation', 'Konto', 'Kostnadsställe', 'Belopp']];
  x.vouchers.forEach((v, i) => {
    let sum = 0;
    for (const l of v.legs) {
      rows.push([`${v.year}-${String(v.month).padStart(2, '0')}`, `V${i}`, l.account, l.cc, kr(l.ore)]);
      sum += l.ore;
    }
    rows.push([v.year * 100 + v.month, `V${i}`, v.balancing, '', kr(-sum)]);
  });
  const ibSum = x.ib.reduce((a, r) => a + r.ore, 0);
  const ib: RawCell[][] = [['Konto', 'Belopp'], ...x.ib.map((r) => [r.account, kr(r.ore)]), [2010, kr(-ibSum)]];
  return [range('Huvudbok', rows), range('IngaendeBalans', ib), settings({ Räkenskapsår: 2024, Period: x.period, ...extra })];
}

const value = (model: NonNullable<ReturnType<typeof buildReport>['model']>, st: string, key: string, col: string) =>
  new Decimal(model.statements.find((s) => s.key === st)!.lines.find((l) => l.key === key)!.values[col] ?? '0');

describe('report invariants on random balanced ledgers', () => {
  it('balances, reconciles and states true formula values', () => {
    fc.assert(
      fc.property(ledgerArb, (x) => {
        const { model, problems } = buildReport({ ranges: workbook(x) });
        if (!model) throw new Error(JSON.stringify(problems));
        // balance sheet balances in opening and closing
        for (const col of ['opening', 'closing']) {
          expect(value(model, 'balance', 'assetsTotal', col).toFixed(2)).toBe(value(model, 'balance', 'equityLiabilitiesTotal', col).toFixed(2));
        }
        const res3 = value(model, 'income', 'RES3', 'actual');
        const eqChange = value(model, 'balance', 'equityTotal', 'closing').minus(value(model, 'balance', 'equityTotal', 'opening'));
        expect(eqChange.toFixed(2)).toBe(res3.toFixed(2));
        const cashLines = model.statements.find((s) => s.key === 'balance')!.lines.filter((l) => l.key.startsWith('cash:'));
        const cashChange = cashLines.reduce((a, l) => a.plus(l.values.closing!).minus(l.values.opening!), new Decimal(0));
        expect(value(model, 'cashflow', 'cashChange', 'amount').toFixed(2)).toBe(cashChange.toFixed(2));
        const ccTotal = model.statements.find((s) => s.key === 'costCentres')!.lines.reduce((a, l) => a.plus(l.values.actual!), new Decimal(0));
        expect(ccTotal.toFixed(2)).toBe(res3.toFixed(2));
        expect(model.summary.balanced).toBe(true);
        expect(model.checks.filter((c) => c.status === 'error')).toEqual([]);
        expect(new ModelEvaluator(model).mismatches()).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('Uppställning LKBR: the same result and cash change as the traditional layout, and last year’s column ends in last year’s cash', () => {
    fc.assert(
      fc.property(ledgerArb, (x) => {
        const lkbr = buildReport({ ranges: workbook(x, { Uppställning: 'LKBR' }) }).model!;
        const traditional = buildReport({ ranges: workbook(x) }).model!;
        expect(value(lkbr, 'income', 'RES3', 'actual').toFixed(2)).toBe(value(traditional, 'income', 'RES3', 'actual').toFixed(2));
        expect(value(lkbr, 'income', 'RES3', 'prev').toFixed(2)).toBe(value(traditional, 'income', 'RES3', 'prev').toFixed(2));
        expect(value(lkbr, 'cashflow', 'cashChange', 'amount').toFixed(2)).toBe(value(traditional, 'cashflow', 'cashChange', 'amount').toFixed(2));
        const hasPrevYear = x.vouchers.some((v) => v.year === 2023);
        expect(lkbr.checks.find((c) => c.key === 'cashFlowPrev')!.status).toBe(hasPrevYear ? 'ok' : 'warning');
        expect(lkbr.checks.filter((c) => c.status === 'error')).toEqual([]);
        expect(new ModelEvaluator(lkbr).mismatches()).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
