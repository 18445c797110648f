/**
 * The cover page of a printed report (the CLI's `--pdf`): the organisation, what the report is
 * (a delårsrapport, or an årsredovisning when the period is the whole fiscal year), the period
 * and the date. A sheet of its own, printed before the report's sheets; it is not a report
 * sheet of the workbook.
 */
import type { ReportModel, SheetModel } from '../model/types';
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
