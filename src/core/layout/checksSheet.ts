/** "Kontroller": every check with status, a live difference where figures must agree, and a detail. */
import type { SheetModel } from '../model/types';
import type { CheckRow } from '../checks/checks';
import type { LayoutInfo } from './common';
import { empty, formula, num, SheetBuilder, text, textFormula } from './sheetBuilder';
import { t } from './texts';

export function checksSheet(info: LayoutInfo, checks: CheckRow[], name: string): SheetModel {
  const L = info.lang;
  const s = new SheetBuilder('checks', name, [58, 10, 16, 90]);
  s.titleRows({ organisation: info.organisation, title: `${t('titleChecks', L)} ${info.periodLabel}`, generatedAt: info.generatedAt, lang: L });
  s.add('header', [text(t('colCheck', L)), text(t('colStatus', L)), text(t('colDifference', L)), text(t('colDetail', L))]);
  const status = { ok: t('statusOk', L), warning: t('statusWarning', L), error: t('statusError', L) };
  for (const c of checks) {
    const row = s.rows.length + 1;
    const d = c.difference;
    const figure = !d ? empty() : d.formula === undefined ? num(d.value, d.style ?? 'kr') : formula(d.formula, d.value, d.style ?? 'kr');
    // A live status: the same rule as the check's, over the figure's cell.
    const statusCell = c.live
      ? textFormula(`IF(${c.live.when.split('{x}').join(`C${row}`)},"${status[c.live.fail]}","${status.ok}")`, status[c.status])
      : text(status[c.status]);
    s.add('line', [text(c.label, true), statusCell, figure, text(c.detail, true)], { highlight: c.status !== 'ok' });
  }
  return s.build({ freeze: { rows: 5, cols: 0 } });
}
