/**
 * The footing of tkr tables (issue 12 §2): money.roundThousands and money.roundToTotal, the
 * model's formula reader (model/formulaEval.ts) and the step itself (layout/footing.ts), by hand.
 */
import fc from 'fast-check';
import { Dec, ore, oreOfText, oreText, roundThousands, roundToTotal, THOUSAND_KR, type Ore } from '../../src/core/money';
import { evaluateFormula, referencesOf, signedTerms } from '../../src/core/model/formulaEval';
import { footTkrTables } from '../../src/core/layout/footing';
import type { CellValue, ReportModel, SheetModel } from '../../src/core/model/types';
import { ModelEvaluator } from '../helpers/evalModel';

const d = (s: string | number) => new Dec(s);
/** Kronor as öre, and öre back as kronor text. */
const o = (kr: string | number): Ore => oreOfText(String(kr))!;
const kr = (x: Ore[]) => x.map((p) => oreText(p));
const n = (value: string, style: 'tkr' | 'kr' = 'tkr'): CellValue => ({ kind: 'number', value: value as never, style });
const f = (formula: string, value: string, style: 'tkr' | 'kr' | 'percent' = 'tkr'): CellValue => ({ kind: 'formula', formula, value: value as never, style });
const sheet = (key: string, rows: CellValue[][]): SheetModel => ({ key, name: key, columns: [], rows: rows.map((cells) => ({ role: 'line', cells })) });
const value = (s: SheetModel, row: number, col = 0) => {
  const c = s.rows[row - 1].cells[col];
  return c.kind === 'number' || c.kind === 'formula' ? c.value : c.kind;
};

describe('money.roundThousands', () => {
  it('rounds kronor to whole thousands, half away from zero, never −0', () => {
    expect(oreText(roundThousands(o('1976489.59')))).toBe('1976000');
    expect(oreText(roundThousands(o('1500')))).toBe('2000');
    expect(oreText(roundThousands(o('-1500')))).toBe('-2000');
    expect(oreText(roundThousands(o('-1499.99')))).toBe('-1000');
    expect(Object.is(roundThousands(o('-400')), 0)).toBe(true);
    expect(oreText(roundThousands(o('937500')))).toBe('938000');
  });
});

describe('money.oreOfText and oreText', () => {
  it('read and write whole öre exactly, in the shortest form decimalOf gives', () => {
    expect(['-1234.5', '1234.50', '0.01', '-0.10', '12', '1000.000'].map((t) => oreOfText(t))).toEqual([-123450, 123450, 1, -10, 1200, 100000]);
    expect(['0.125', '1e5', '', '12.', '99999999999999999'].map((t) => oreOfText(t))).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect([-123450, 123450, 1, -10, 1200, 0, -100000].map((n) => oreText(n))).toEqual(['-1234.5', '1234.5', '0.01', '-0.1', '12', '0', '-1000']);
    fc.assert(
      fc.property(fc.integer({ min: -9e14, max: 9e14 }), (n) => {
        expect(oreText(n)).toBe(d(n).div(100).toFixed());
        expect(oreOfText(oreText(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});

describe('money.roundToTotal', () => {
  it('the issue’s C12: rows −187 050,67 … −117 337,53, total −1 976 489,59 → −1 976; the thousand goes to the largest remainder', () => {
    const rows = ['-187050.67', '-1324762.61', '-184750.33', '-162588.45', '-117337.53'].map(o);
    // own roundings −187 −1 325 −185 −163 −117 = −1 977; the total −1 976 needs one thousand up.
    // Nearest to rounding up is −162 588,45 (88,45 kr past −162 500; −1 324 762,61 is 262,61 past).
    const parts = kr(roundToTotal(rows, [1, 1, 1, 1, 1], o('-1976000'), THOUSAND_KR));
    expect(parts).toEqual(['-187000', '-1325000', '-185000', '-162000', '-117000']);
    expect(parts.reduce((a, p) => a.plus(p), d(0)).toFixed()).toBe('-1976000');
  });

  it('a planned zero result: 5 889 333,33 − 5 889 333,33 → 5 889 and −5 889, not 5 889 and −5 890', () => {
    const parts = roundToTotal([o('5889333.33'), o('-5889333.33')], [1, 1], ore(0), THOUSAND_KR);
    expect(kr(parts)).toEqual(['5889000', '-5889000']);
  });

  it('signs: a difference a − b meets its total by moving a part the right way', () => {
    // 1.6 − 0.6 = 1.0: own roundings 2 − 1 = 1 already meet it; to meet 2, b moves to 0 (nearer than a to 3)
    expect(kr(roundToTotal([o(1600), o(600)], [1, -1], o(1000), THOUSAND_KR))).toEqual(['2000', '1000']);
    expect(kr(roundToTotal([o(1600), o(600)], [1, -1], o(2000), THOUSAND_KR))).toEqual(['2000', '0']);
    expect(roundToTotal([], [], o(5000), THOUSAND_KR)).toEqual([]);
  });

  it('property: the parts meet the rounded exact total and each is its exact amount rounded down or up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), { minLength: 1, maxLength: 20 }), (exact) => {
        const total = roundThousands(ore(exact.reduce((a, e) => a + e, 0)));
        // the same total by decimal.js, half away from zero: the integer rounding is exact
        const byDecimal = d(exact.reduce((a, e) => a + e, 0))
          .div(100000)
          .toDecimalPlaces(0, Dec.ROUND_HALF_UP)
          .times(100000);
        expect(total).toBe(byDecimal.isZero() ? 0 : byDecimal.toNumber());
        const parts = roundToTotal(
          exact.map((e) => ore(e)),
          exact.map(() => 1 as const),
          total,
          THOUSAND_KR,
        );
        expect(parts.reduce((a, p) => a + p, 0)).toBe(total);
        parts.forEach((p, i) => {
          expect(Math.abs(p % 100000)).toBe(0);
          expect(Math.abs(p - exact[i])).toBeLessThan(100000);
        });
      }),
    );
  });
});

describe('model/formulaEval', () => {
  const cells: Record<string, Dec | string | null> = { 's!A1': d(2), 's!A2': d(3), 's!B1': 'x', 't!C5': d(10) };
  const lookup = (sh: string, row: number, col: number) => cells[`${sh}!${String.fromCharCode(65 + col)}${row + 1}`] ?? null;
  const ev = (formula: string) => {
    const v = evaluateFormula(formula, 's', lookup);
    return v instanceof Dec ? v.toFixed() : v;
  };

  it('computes the model’s formulas exactly', () => {
    expect(ev('SUM(A1:A3)+{{t}}!C5')).toBe('15');
    expect(ev('-A1-(A2*2)/4')).toBe('-3.5');
    expect(ev('IF(ABS(A1)<109561,"",A2/ABS(A1))')).toBe('');
    expect(ev('IF(ABS(A1)<1,"",A2/ABS(A1))')).toBe('1.5');
    expect(ev('ROUND({{t}}!C5*150,-3)')).toBe('2000');
    expect(ev('AND(ISNUMBER(B1),A1<0)')).toBe(false);
    expect(() => ev('VLOOKUP(A1)')).toThrow(/VLOOKUP/);
  });

  it('reads references and the signed terms of a sum or difference', () => {
    expect(referencesOf('SUM(C7:C11)-{{income}}!$D$40', 's')).toEqual([
      { sheet: 's', row1: 6, col1: 2, row2: 10, col2: 2 },
      { sheet: 'income', row1: 39, col1: 3, row2: 39, col2: 3 },
    ]);
    expect(signedTerms('SUM(C12,C21)-C33', 's')?.map((t) => [t.sign, t.range.row1])).toEqual([
      [1, 11],
      [1, 20],
      [-1, 32],
    ]);
    expect(signedTerms('-C7', 's')?.map((t) => t.sign)).toEqual([-1]);
    expect(signedTerms('C7*2', 's')).toBeUndefined();
    expect(signedTerms('ABS(C7)+C8', 's')).toBeUndefined();
  });
});

describe('layout/footing', () => {
  it('the issue’s C12: parts rounded, the total keeps its own rounding −1 976 and the displayed rows add up to it', () => {
    const s = sheet('cc', [
      [n('-187050.67'), n('-209074')],
      [n('-1324762.61'), n('-1341066.67')],
      [n('-184750.33'), n('-207274')],
      [n('-162588.45'), n('-176000')],
      [n('-117337.53'), n('-173333.33')],
      [f('SUM(A1:A5)', '-1976489.59'), f('SUM(B1:B5)', '-2106748')],
      [f('A6-B6', '130258.41'), f('IF(ABS(B6)<1000,"",A7/ABS(B6))', '0.0618', 'percent')],
    ]);
    const footed = footTkrTables([s]);
    const out = footed.sheets[0];
    expect([1, 2, 3, 4, 5].map((r) => value(out, r))).toEqual(['-187000', '-1325000', '-185000', '-162000', '-117000']);
    expect(value(out, 6)).toBe('-1976000');
    // B: own roundings −209 −1 341 −207 −176 −173 = −2 106; the exact −2 106 748 rounds to −2 107:
    // the thousand down goes to −173 333,33 (nearest to rounding down)
    expect([1, 2, 3, 4, 5].map((r) => value(out, r, 1))).toEqual(['-209000', '-1341000', '-207000', '-176000', '-174000']);
    expect(value(out, 6, 1)).toBe('-2107000');
    expect(value(out, 7)).toBe('131000');
    expect(value(out, 7, 1)).toBe(d(131000).div(2107000).toFixed());
    expect(footed.valueOf('cc', 'A6')?.toFixed()).toBe('-1976000');
    expect(footed.roundedParts('cc', 'A6')).toBe(5);
    expect(footed.roundedParts('cc', 'A7')).toBe(10);
    // the input is not changed, and footing again changes nothing
    expect(value(s, 1)).toBe('-187050.67');
    expect(footTkrTables(out ? [out] : []).sheets[0]).toEqual(out);
    expect(new ModelEvaluator({ sheets: [out] } as ReportModel).mismatches()).toEqual([]);
  });

  it('nested totals: the top keeps its rounding, a subtotal is its exact amount rounded down or up', () => {
    const s = sheet('x', [[n('400')], [n('400')], [f('A1+A2', '800')], [n('-300')], [f('A3+A4', '500')]]);
    const out = footTkrTables([s]).sheets[0];
    // top 500 → 1 000 (half away from zero); A3 (800) gets 1 000; its rows 400 + 400 → 1 000 and 0
    expect([1, 2, 3, 4, 5].map((r) => value(out, r))).toEqual(['1000', '0', '1000', '0', '1000']);
  });

  it('a tkr link to a kr statement is wrapped in ROUND(…,-3); formulas on other sheets that read a part are restated', () => {
    const income = sheet('income', [[n('2282425.69', 'kr')]]);
    const summary = sheet('summary', [[f('{{income}}!A1', '2282425.69')], [n('2538471.1')], [f('A1+A2', '4820896.79')]]);
    const checks = sheet('checks', [[f('{{summary}}!A3-4820896.79', '0', 'kr')], [f('{{income}}!A1-2282425.69', '0', 'kr')]]);
    const out = footTkrTables([income, summary, checks]).sheets;
    expect(out[1].rows[0].cells[0]).toEqual(f('ROUND({{income}}!A1,-3)', '2282000'));
    expect(value(out[1], 3)).toBe('4821000');
    expect(value(out[2], 1)).toBe('103.21');
    expect(out[2].rows[1]).toEqual(checks.rows[1]); // no tkr part below it: untouched
    expect(value(out[0], 1)).toBe('2282425.69'); // kr stays exact
    expect(footTkrTables(out).sheets).toEqual(out);
    expect(new ModelEvaluator({ sheets: out } as ReportModel).mismatches()).toEqual([]);
  });

  it('never stops the report over a formula it cannot read: that formula keeps its stated value', () => {
    const s = sheet('x', [[n('1400')], [f('TEXT(A1,"0")', '1400', 'kr')]]);
    const out = footTkrTables([s]).sheets[0];
    expect(value(out, 1)).toBe('1000');
    expect(value(out, 2)).toBe('1400');
  });
});
