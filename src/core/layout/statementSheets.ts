/** The income statement, balance sheet, cash-flow and notes sheets. */
import type { SheetModel } from '../model/types';
import type { Statement, StatementRow } from '../statements/types';
import type { LayoutInfo } from './common';
import { empty, num, formula, SheetBuilder, sumFormula, text } from './sheetBuilder';
import { placeStatement, type ColumnDef, type PlacedStatement } from './statementSheet';
import { t } from './texts';

export interface PlacedSheet {
  sheet: SheetModel;
  placed: PlacedStatement;
}

/** Note numbers: lines flagged for a note that have accounts, income statement first. */
export function assignNotes(statements: Statement[]): Map<StatementRow, number> {
  const notes = new Map<StatementRow, number>();
  for (const s of statements) {
    for (const row of s.rows) {
      if (row.kind === 'line' && row.note && (row.accounts ?? []).some((a) => a.account !== 0)) notes.set(row, notes.size + 1);
    }
  }
  return notes;
}

/** Resultaträkning's columns: budget and actual for the period, variance, same period last year, full-year budget. */
export function incomeColumns(info: LayoutInfo): ColumnDef[] {
  const L = info.lang;
  return [
    { key: 'budget', header: t('colBudgetPeriod', L, { period: info.periodLabel }), style: 'kr' },
    { key: 'actual', header: t('colActualPeriod', L, { period: info.periodLabel }), style: 'kr' },
    { key: 'variance', header: t('colVariance', L), style: 'kr', minus: ['actual', 'budget'] },
    { key: 'prev', header: t('colActualPeriod', L, { period: info.prevPeriodLabel }), style: 'kr' },
    { key: 'budgetYear', header: t('colBudgetYear', L, { year: info.yearLabel }), style: 'kr' },
  ];
}

export function incomeSheet(info: LayoutInfo, income: Statement, notes: Map<StatementRow, number>, name: string): PlacedSheet {
  const s = new SheetBuilder('income', name, [46, 18, 18, 16, 18, 18, 8]);
  s.titleRows({
    organisation: info.organisation,
    title: `${t('titleIncome', info.lang)} ${info.periodLabel}`,
    generatedAt: info.generatedAt,
    lang: info.lang,
    unitNote: t('amountsInKr', info.lang),
  });
  const placed = placeStatement(s, income, incomeColumns(info), info.lang, { noteOf: (r) => notes.get(r) });
  return { sheet: s.build({ freeze: { rows: 5, cols: 1 } }), placed };
}

export function balanceSheet(info: LayoutInfo, balance: Statement, notes: Map<StatementRow, number>, name: string): PlacedSheet {
  const L = info.lang;
  const s = new SheetBuilder('balance', name, [46, 20, 18, 20, 8]);
  s.titleRows({
    organisation: info.organisation,
    title: `${t('titleBalance', L)} ${info.periodLabel}`,
    generatedAt: info.generatedAt,
    lang: L,
    unitNote: t('amountsInKr', L),
  });
  const cols: ColumnDef[] = [
    { key: 'opening', header: t('colOpening', L, { date: info.openingDate }), style: 'kr' },
    { key: 'change', header: t('colChange', L), style: 'kr', minus: ['closing', 'opening'] },
    { key: 'closing', header: t('colClosing', L, { date: info.closingDate }), style: 'kr' },
  ];
  const placed = placeStatement(s, balance, cols, L, { noteOf: (r) => notes.get(r) });
  return { sheet: s.build({ freeze: { rows: 5, cols: 1 } }), placed };
}

/** The cash-flow statement's title: *Kassaflödesanalys* in the LKBR layout, else *Finansieringsanalys*. */
export function cashFlowTitle(info: Pick<LayoutInfo, 'lang' | 'layout'>): string {
  return t(info.layout === 'lkbr' ? 'titleCashflowLkbr' : 'titleCashflow', info.lang);
}

/** The cash-flow statement's columns: the period, and in the LKBR layout the same period last year. */
export function cashFlowColumns(info: LayoutInfo): ColumnDef[] {
  const cols: ColumnDef[] = [{ key: 'amount', header: info.periodLabel, style: 'kr' }];
  if (info.layout === 'lkbr') cols.push({ key: 'prev', header: info.prevPeriodLabel, style: 'kr' });
  return cols;
}

export function cashFlowSheet(info: LayoutInfo, cashflow: Statement, name: string): PlacedSheet {
  const L = info.lang;
  const cols = cashFlowColumns(info);
  const s = new SheetBuilder('cashflow', name, [52, ...cols.map(() => 20)]);
  s.titleRows({
    organisation: info.organisation,
    title: `${cashFlowTitle(info)} ${info.periodLabel}`,
    generatedAt: info.generatedAt,
    lang: L,
    unitNote: t('amountsInKr', L),
  });
  const placed = placeStatement(s, cashflow, cols, L);
  if (cols.some((c) => c.key === 'prev') && cashflow.rows.every((r) => r.values.prev === null || r.values.prev === undefined)) {
    // Last year's opening cash is unknown: the column stays empty and says why.
    s.add('blank', []);
    s.add('subtitle', [text(t('lkcfPrevMissing', L, { period: info.prevPeriodLabel }))]);
  }
  return { sheet: s.build({ freeze: { rows: 5, cols: 1 } }), placed };
}

export interface PlacedNote {
  no: number;
  statement: 'income' | 'balance';
  row: StatementRow;
  /** sheet row of the note's sum */
  sumRow: number;
}

/**
 * One block per note: its accounts with name and two columns, and a sum equal to the line.
 * An income-statement note compares the period with the same period last year, as the
 * income statement does; a balance-sheet note the closing balance with the opening balance
 * at the start of the fiscal year — the two dates the balance sheet shows.
 */
export function notesSheet(info: LayoutInfo, notes: Map<StatementRow, number>, income: Statement, name: string): { sheet: SheetModel; placed: PlacedNote[] } {
  const L = info.lang;
  const s = new SheetBuilder('notes', name, [10, 46, 20, 20]);
  s.titleRows({
    organisation: info.organisation,
    title: `${t('titleNotes', L)} ${info.periodLabel}`,
    generatedAt: info.generatedAt,
    lang: L,
    unitNote: t('amountsInKr', L),
  });
  const placed: PlacedNote[] = [];
  for (const [row, no] of notes) {
    const isIncome = income.rows.includes(row);
    const cols = isIncome ? (['actual', 'prev'] as const) : (['closing', 'opening'] as const);
    const headers = isIncome
      ? [t('colActualPeriod', L, { period: info.periodLabel }), t('colActualPeriod', L, { period: info.prevPeriodLabel })]
      : [t('colClosing', L, { date: info.closingDate }), t('colOpening', L, { date: info.openingDate })];
    s.add('section', [text(`${t('noteLabel', L, { n: no })} ${row.label}`, row.fromData)]);
    s.add('header', [text(t('colAccount', L)), text(t('colAccountName', L)), text(headers[0]), text(headers[1])]);
    const first = s.rows.length + 1;
    const accounts = (row.accounts ?? []).filter((a) => a.account !== 0);
    for (const a of accounts) {
      s.add('detail', [text(String(a.account)), text(a.name, true), num(a.values[cols[0]], 'kr'), num(a.values[cols[1]], 'kr')]);
    }
    const rows = accounts.map((_, i) => first + i);
    const sumRow = s.add('total', [
      text(t('sum', L)),
      empty(),
      formula(sumFormula('C', rows), row.values[cols[0]], 'kr'),
      row.values[cols[1]] === null ? empty() : formula(sumFormula('D', rows), row.values[cols[1]], 'kr'),
    ]);
    s.add('blank', []);
    placed.push({ no, statement: isIncome ? 'income' : 'balance', row, sumRow });
  }
  return { sheet: s.build({ freeze: { rows: 4, cols: 0 } }), placed };
}
