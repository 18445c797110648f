/**
 * Tried as a new user would: seed 004 (Vänersborg/Mellerud, jan–mars 2007) rebuilt as a
 * contract workbook (test/fixtures/seed004.ts); the report must reproduce its income
 * statement, balance sheet, cash flow and notes to the öre, and its summary and
 * cost-centre tables to the tkr.
 */
import Decimal from 'decimal.js';
import { buildReport } from '../../src/core/report';
import type { ReportModel, StatementData } from '../../src/core/model/types';
import { ModelEvaluator } from '../helpers/evalModel';
import { SEED004_EXPECTED, seed004Ranges } from '../fixtures/seed004';

const E = SEED004_EXPECTED;
const tkr = (v: string | null | undefined) => new Decimal(v ?? '0').div(1000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0);

describe('seed 004 reproduced from its ledger', () => {
  const { model, problems } = buildReport({ ranges: seed004Ranges() });
  const m = model as ReportModel;
  const statement = (key: string) => m.statements.find((s) => s.key === key) as StatementData;
  // The seed repeats the heading "Eget kapital" as the line under it; the report calls that
  // line "Övrigt eget kapital" (RKR R14), so the heading is not read twice.
  const ours = (label: string) => (label === 'Eget kapital' ? 'Övrigt eget kapital' : label);
  const lineOf = (key: string, label: string) => {
    const found = statement(key).lines.filter((l) => l.label === ours(label));
    if (found.length === 0)
      throw new Error(
        `${key}: no line "${label}" among ${statement(key)
          .lines.map((l) => l.label)
          .join(' | ')}`,
      );
    return found[found.length - 1];
  };

  it('builds without errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(m.summary.organisation).toBe(E.organisation);
    expect(m.summary.periodLabel).toBe('jan–mar 2007');
  });

  it('income statement to the öre', () => {
    for (const e of E.incomeStatement) {
      const l = lineOf('income', e.line);
      expect([e.line, l.values.budget, l.values.actual]).toEqual([e.line, e.budget, e.actual]);
    }
  });

  it('note Övriga kostnader lists the seed accounts', () => {
    const l = lineOf('income', 'Övriga kostnader');
    const accounts = Object.fromEntries((l.accounts ?? []).map((a) => [a.account, a.values.actual]));
    for (const e of E.otherCostsNote) expect([e.account, accounts[e.account]]).toEqual([e.account, e.actual]);
  });

  it('balance sheet to the öre, change = closing − opening', () => {
    for (const e of E.balanceSheet) {
      const l = lineOf('balance', e.line);
      const change = new Decimal(l.values.closing!).minus(l.values.opening!).toFixed(2);
      expect([e.line, l.values.opening, change, l.values.closing]).toEqual([e.line, e.opening, e.change, e.closing]);
    }
  });

  it('balance-sheet notes to the öre', () => {
    for (const e of E.balanceNotes) {
      const acc = lineOf('balance', e.line).accounts!.find((a) => a.account === e.account);
      expect([e.account, acc?.values.closing]).toEqual([e.account, e.closing]);
    }
  });

  it('cash flow to the öre', () => {
    const labels: Record<string, string> = {
      'Kortfristiga fordringar': 'Kortfristiga fordringar (ökning −, minskning +)',
      'Kortfristiga skulder': 'Kortfristiga skulder (ökning +, minskning −)',
    };
    for (const e of E.cashFlow) expect([e.line, lineOf('cashflow', labels[e.line] ?? e.line).values.amount]).toEqual([e.line, e.amount]);
  });

  it('summary and cost-centre follow-up to the tkr', () => {
    const sheet = m.sheets.find((s) => s.key === 'summary')!;
    const ev = new ModelEvaluator(m);
    const rowByLabel = (label: string) => sheet.rows.findIndex((r) => r.cells[0]?.kind === 'text' && r.cells[0].text === label) + 1;
    const val = (col: string, row: number) => {
      const v = ev.valueOf('summary', `${col}${row}`);
      return v instanceof Decimal ? tkr(v.toFixed()) : null;
    };
    for (const e of E.summaryTkr) {
      const r = rowByLabel(e.line);
      expect([e.line, val('B', r)]).toEqual([e.line, e.actual]);
      expect([e.line, val('E', r)]).toEqual([e.line, e.forecast]);
      if ('budget' in e) expect([e.line, val('C', r), val('D', r), val('F', r)]).toEqual([e.line, e.budget, e.variance, e.budgetYear]);
    }
    const cc = statement('costCentres');
    for (const e of E.costCentresTkr.filter((x) => x.costCentre !== null)) {
      const l = cc.lines.find((x) => x.key === String(e.costCentre))!;
      expect([e.name, tkr(l.values.actual), tkr(l.values.budget), tkr(l.values.forecast), tkr(l.values.budgetYear)]).toEqual([
        e.name,
        e.actual,
        e.budget,
        e.forecast,
        e.budgetYear,
      ]);
    }
  });

  it('every check reconciles; the missing comparative year is a warning', () => {
    expect(m.checks.filter((c) => c.status === 'error')).toEqual([]);
    expect(m.checks.find((c) => c.key === 'prevYear')!.status).toBe('warning');
    expect(new ModelEvaluator(m).mismatches()).toEqual([]);
  });
});
