/**
 * Issue 9, points 9 and 11: a cell that holds an Excel error (`#N/A`, `#REF!` …) or a formula
 * with no stored value is an input error at its address, in every column the contract reads
 * of every range — never a cost centre called "#N/A", never "a missing amount".
 */
import { parseWorkbook } from '../../../src/core/input';
import type { FormulaWithoutValue, Problem, RawCell } from '../../../src/core/input';
import { buildReport } from '../../../src/core/report';
import { range, settings } from '../../helpers/ranges';

const formula = (text: string): FormulaWithoutValue => ({ kind: 'formulaWithoutValue', formula: text });
const summary = (problems: Problem[]) => problems.map((p) => `${p.severity}:${p.code}:${p.range}!${p.cell ?? ''}:${p.value ?? ''}`);

const header = ['Datum', 'Verifikation', 'Konto', 'Kostnadsställe', 'Belopp', 'Text'];
const ledger = (...rows: RawCell[][]) =>
  range('Huvudbok', [header, ['2024-01-15', 'A1', 5010, '10', 30000, 'Lön'], ['2024-01-15', 'A1', 1930, '', -30000, ''], ...rows]);

describe('Excel error cells (point 9)', () => {
  it('#N/A in Kostnadsställe is an error at its cell, not a cost centre "#N/A"', () => {
    const result = buildReport({
      ranges: [ledger(['2024-01-20', 'A2', 5010, '#N/A', 30000, 'Lön'], ['2024-01-20', 'A2', 1930, '', -30000, '']), settings({ Period: 1 })],
    });
    expect(summary(result.problems)).toEqual(['error:cellError:Huvudbok!D4:#N/A']);
    expect(result.model).toBeUndefined();
  });

  it('#REF! in the voucher column is an error', () => {
    const result = buildReport({ ranges: [ledger(['2024-01-20', '#REF!', 5010, '10', 5, ''], ['2024-01-20', 'A2', 1930, '', -5, ''])] });
    expect(summary(result.problems)).toEqual(['error:cellError:Huvudbok!B4:#REF!']);
    expect(result.model).toBeUndefined();
  });

  it('an error in Belopp is reported once, as an Excel error (not also as "not an amount")', () => {
    const parsed = parseWorkbook({ ranges: [ledger(['2024-01-20', 'A2', 5010, '10', '#DIV/0!', ''])] });
    expect(summary(parsed.problems)).toEqual(['error:cellError:Huvudbok!E4:#DIV/0!']);
  });

  it('applies to every column the contract reads, in every range, and to the settings', () => {
    const parsed = parseWorkbook({
      ranges: [
        ledger(['#VALUE!', 'A2', '#NAME?', '10', 1, '#SPILL!']),
        range('IngaendeBalans', [
          ['Konto', 'Belopp'],
          [1930, '#NUM!'],
        ]),
        range('Kontoplan', [
          ['Konto', 'Benämning', 'Avsnitt'],
          [5010, '#N/A', 'Kostnader'],
        ]),
        range('Budget', [
          ['Kostnadsställe', 'Konto', 'Helår'],
          ['#NULL!', 5010, 1000],
        ]),
        range('Kostnadsstallen', [
          ['Kostnadsställe', 'Benämning'],
          ['10', '#CALC!'],
        ]),
        settings({ Organisation: '#REF!' }),
      ],
    });
    expect(summary(parsed.problems.filter((p) => p.severity === 'error'))).toEqual([
      'error:cellError:Installningar!B2:#REF!',
      'error:cellError:Huvudbok!A4:#VALUE!',
      'error:cellError:Huvudbok!C4:#NAME?',
      'error:cellError:Huvudbok!F4:#SPILL!',
      'error:cellError:IngaendeBalans!B2:#NUM!',
      'error:cellError:Kontoplan!B2:#N/A',
      'error:cellError:Budget!A2:#NULL!',
      'error:cellError:Kostnadsstallen!B2:#CALC!',
    ]);
  });

  it('leaves text that merely starts with # alone, and columns the contract does not read', () => {
    const parsed = parseWorkbook({
      ranges: [
        range('Huvudbok', [
          [...header, 'Kommentar'],
          ['2024-01-15', '#12', 5010, '#A', 1, 'x', '#N/A'],
        ]),
      ],
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.ledger.voucherIds).toEqual(['#12']);
  });
});

describe('formulas without a stored value (point 11)', () => {
  it('say so at each cell instead of reporting a missing amount', () => {
    const parsed = parseWorkbook({
      ranges: [ledger(['2024-01-20', 'A2', 5010, '10', formula('B7*2'), ''], ['2024-01-20', 'A2', 1930, '', formula(''), ''])],
    });
    expect(summary(parsed.problems)).toEqual(['error:formulaWithoutValue:Huvudbok!E4:=B7*2', 'error:formulaWithoutValue:Huvudbok!E5:=']);
    expect(parsed.problems.some((p) => p.code === 'requiredCellEmpty' || p.code === 'notAmount')).toBe(false);
  });

  it('a whole column of them makes no row look empty', () => {
    const rows: RawCell[][] = [['Datum', 'Konto', 'Belopp']];
    for (let i = 0; i < 3; i++) rows.push(['2024-01-15', 5010, formula(`SUM(X${i + 1}:Y${i + 1})`)]);
    const parsed = parseWorkbook({ ranges: [range('Huvudbok', rows)] });
    expect(parsed.problems.map((p) => `${p.code}:${p.cell}`)).toEqual(['formulaWithoutValue:C2', 'formulaWithoutValue:C3', 'formulaWithoutValue:C4']);
  });
});
