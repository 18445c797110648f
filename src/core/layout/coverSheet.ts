/**
 * The cover page of a printed report (the CLI's `--pdf`): the organisation, what the report is
 * (a delårsrapport, or an årsredovisning when the period is the whole fiscal year), the period
 * and the date. A sheet of its own, printed before the report's sheets; it is not a report
 * sheet of the workbook.
 */
import type { CellValue, ModelRow, ReportModel, SheetModel } from '../model/types';
import { SheetBuilder, text } from './sheetBuilder';
import { t } from './texts';

/** The report's kind for a period of `months` fiscal months. */
export function reportKind(months: number): 'coverAnnual' | 'coverInterim' {
  return months === 12 ? 'coverAnnual' : 'coverInterim';
}

export function coverSheet(model: Pick<ReportModel, 'lang' | 'summary' | 'generatedAt'>): SheetModel {
  const L = model.lang;
  const s = new SheetBuilder('cover', t('sheetCover', L), [90]);
  for (let i = 0; i < 8; i++) s.add('blank', []);
  s.add('organisation', [text(model.summary.organisation, true)]);
  s.add('blank', []);
  s.add('title', [text(t(reportKind(model.summary.period), L))]);
  s.add('blank', []);
  s.add('section', [text(t('coverPeriod', L, { period: model.summary.periodLabel }))]);
  s.add('line', [text(t('coverDate', L, { date: model.generatedAt.slice(0, 10) }))]);
  const sheet = s.build();
  // A cover has no headings to repeat and no footer of its own.
  return { ...sheet, print: { orientation: 'portrait' } };
}

/** Sheets kept out of the printed report: the ledger rows behind the lines are the auditor's, not the board's. */
const APPENDIX_SHEETS: ReadonlySet<string> = new Set(['transactions', 'transactionsCc']);

/**
 * The printed report (`--pdf`): the cover, then the report's sheets in report order without the
 * Verifikationer sheets (tens of pages of ledger rows; they stay in the workbook, where the lines
 * link to them). Links to a sheet left out are dropped and formulas over it print their stated
 * value, so the printed workbook has nothing that leads nowhere.
 */
export function printedSheets(model: Pick<ReportModel, 'lang' | 'summary' | 'generatedAt' | 'sheets'>): SheetModel[] {
  const kept = model.sheets.filter((s) => !APPENDIX_SHEETS.has(s.key));
  const keys = new Set(kept.map((s) => s.key));
  const readsLeftOut = (c: CellValue) => c.kind === 'formula' && [...c.formula.matchAll(/\{\{([^}]+)\}\}/g)].some((m) => !keys.has(m[1]));
  // A formula over a sheet left out (the checks' tie to Verifikationer) prints its stated value.
  const asValue = (c: CellValue): CellValue => {
    if (c.kind !== 'formula' || !readsLeftOut(c)) return c;
    if (c.value !== '') return { kind: 'number', value: c.value, style: c.style };
    return c.text !== undefined ? { kind: 'text', text: c.text } : { kind: 'empty' };
  };
  const printed = (r: ModelRow): ModelRow => {
    const cells = r.cells.some(readsLeftOut) ? r.cells.map(asValue) : r.cells;
    if (r.link && !keys.has(r.link.sheet)) {
      const { link: _dropped, ...rest } = r;
      return { ...rest, cells };
    }
    return cells === r.cells ? r : { ...r, cells };
  };
  return [coverSheet(model), ...kept.map((s) => ({ ...s, rows: s.rows.map(printed) }))];
}
