/** "Kontroller": every check with status, a live difference where figures must agree, and a detail. */
import type { SheetModel } from '../model/types';
import type { CheckRow } from '../checks/checks';
import type { LayoutInfo } from './common';
import { empty, formula, SheetBuilder, text } from './sheetBuilder';
import { t } from './texts';

export function checksSheet(info: LayoutInfo, checks: CheckRow[], name: string): SheetModel {
  const L = info.lang;
  const s = new SheetBuilder('checks', name, [58, 10, 16, 90]);
  s.titleRows({ organisation: info.organisation, title: `${t('titleChecks', L)} ${info.periodLabel}`, generatedAt: info.generatedAt, lang: L });
  s.add('header', [text(t('colCheck', L)), text(t('colStatus', L)), text(t('colDifference', L)), text(t('colDetail', L))]);
  const status = { ok: t('statusOk', L), warning: t('statusWarning', L), error: t('statusError', L) };
  for (const c of checks) {
    s.add(
      'line',
      [text(c.label, true), text(status[c.status]), c.difference ? formula(c.difference.formula, c.difference.value, 'kr') : empty(), text(c.detail, true)],
      { highlight: c.status !== 'ok' },
    );
  }
  return s.build({ freeze: { rows: 5, cols: 0 } });
}
